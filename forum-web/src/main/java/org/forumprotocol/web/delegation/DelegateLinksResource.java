package org.forumprotocol.web.delegation;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.delegation.DelegateLinks;

/** Officers issue and revoke a delegate's private link. */
@Path("delegates/{id}/link")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class DelegateLinksResource {
    /** Where the private page lives, below the public address. */
    public static final String PAGE_PATH = "/d/";

    /** Optional body: when the link stops working. */
    public static class Expiry {
        public String expiresAt;
    }

    @Inject
    DelegateLinks links;

    @Inject
    ForumSettings settings;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response issue(@PathParam("id") long id, Expiry body) {
        Instant expires = null;
        if (body != null && body.expiresAt != null && !body.expiresAt.isBlank()) {
            try {
                expires = Instant.parse(body.expiresAt.strip());
            } catch (DateTimeParseException e) {
                throw ForumException.invalid("expiresAt", "must be an ISO-8601 instant such as 2025-09-20T18:00:00Z");
            }
        }
        DelegateLinks.Issued issued = links.issue(id, expires);
        String base = settings.publicUrl().toString().replaceAll("/+$", "");
        LinkView view = new LinkView(base + PAGE_PATH + issued.token(), issued.link().getExpiresAt());
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @DELETE
    public Response revoke(@PathParam("id") long id) {
        links.revoke(id);
        return Response.noContent().build();
    }
}
