package org.forumprotocol.web.delegation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.forumprotocol.core.delegation.Delegations;

/** One delegate: details, removal and a fixed place in the order of precedence. */
@Path("delegates")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegatesResource {

    /** Position in the order of precedence to pin, or null to use the computed one. */
    public static class Pin {
        public Integer position;
    }

    @Inject
    Delegations delegations;

    @GET
    @Path("{id}")
    public DelegateView delegate(@PathParam("id") long id) {
        return DelegateView.of(delegations.delegate(id));
    }

    @PUT
    @Path("{id}")
    public DelegateView updateDelegate(@PathParam("id") long id, @NotNull(message = "a JSON body is required") DelegateBody body) {
        return DelegateView.of(delegations.updateDelegate(id, body.details()));
    }

    @DELETE
    @Path("{id}")
    public Response removeDelegate(@PathParam("id") long id) {
        delegations.removeDelegate(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/precedence")
    public DelegateView pin(@PathParam("id") long id, @NotNull(message = "a JSON body is required") Pin body) {
        return DelegateView.of(delegations.pinPrecedence(id, body.position));
    }
}
