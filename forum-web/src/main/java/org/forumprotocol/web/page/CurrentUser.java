package org.forumprotocol.web.page;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forumprotocol.core.account.Role;

/** The signed-in person as the pages need them: name, roles, and the administrator check. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(this::has).toList();
    }

    public boolean has(Role role) {
        return request.isUserInRole(role.name());
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Protocol officers register events and delegations; administrators may do everything officers do. */
    public boolean isOfficer() {
        return has(Role.OFFICER) || isAdmin();
    }

    /**
     * Archivists keep the archive of signed memoranda. Administrators are not archivists by virtue of their role:
     * archive reads are the record keeper's, audited per download (see the API's ArchiveResource).
     */
    public boolean isArchivist() {
        return has(Role.ARCHIVIST);
    }

    /** Answers 403 unless the caller is an archivist; the archive's searches and reads call it first. */
    public boolean requireArchivist() {
        return isArchivist() || ErrorResponses.send(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * Answers 403 unless the caller is an administrator. The services do not check roles themselves,
     * so every administrator page calls this before it shows or changes anything.
     */
    public boolean requireAdmin() {
        return isAdmin() || ErrorResponses.send(HttpServletResponse.SC_FORBIDDEN);
    }

    /** Answers 403 unless the caller is an officer or administrator; the event and delegation pages call it first. */
    public boolean requireOfficer() {
        return isOfficer() || ErrorResponses.send(HttpServletResponse.SC_FORBIDDEN);
    }

    /** For {@code f:viewAction}. */
    public void checkOfficer() {
        requireOfficer();
    }

    /** For {@code f:viewAction}, which wants a method without a result. */
    public void checkAdmin() {
        requireAdmin();
    }
}
