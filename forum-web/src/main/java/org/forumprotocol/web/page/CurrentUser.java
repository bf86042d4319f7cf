package org.forumprotocol.web.page;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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

    /**
     * Answers 403 unless the caller is an administrator. The services do not check roles themselves,
     * so every administrator page calls this before it shows or changes anything.
     */
    public boolean requireAdmin() {
        if (isAdmin()) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        } catch (IOException e) {
            // The client has gone; there is nobody left to refuse.
        }
        faces.responseComplete();
        return false;
    }

    /** For {@code f:viewAction}, which wants a method without a result. */
    public void checkAdmin() {
        requireAdmin();
    }
}
