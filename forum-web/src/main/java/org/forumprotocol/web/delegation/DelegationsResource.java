package org.forumprotocol.web.delegation;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.forumprotocol.core.delegation.Delegations;

/** A delegation and its members. */
@Path("delegations")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegationsResource {

    @Inject
    Delegations delegations;

    @GET
    @Path("{id}")
    public DelegationView delegation(@PathParam("id") long id) {
        return DelegationView.of(delegations.delegation(id));
    }

    @PUT
    @Path("{id}")
    public DelegationView updateDelegation(@PathParam("id") long id, @NotNull(message = "a JSON body is required") DelegationBody body) {
        return DelegationView.of(delegations.updateDelegation(id, body.details()));
    }

    @GET
    @Path("{id}/members")
    public List<DelegateView> members(@PathParam("id") long id) {
        return delegations.membersOf(id).stream().map(DelegateView::of).toList();
    }

    @POST
    @Path("{id}/members")
    public Response addMember(@PathParam("id") long id, @NotNull(message = "a JSON body is required") DelegateBody body) {
        DelegateView view = DelegateView.of(delegations.addDelegate(id, body.details()));
        return Response.created(URI.create("delegates/" + view.id())).entity(view).build();
    }
}
