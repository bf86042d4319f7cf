package org.forumprotocol.web.agenda;

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

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.minutes.Minutes;

/**
 * One agenda item: read, change (send the {@code version} read to be told, with 409, when someone else
 * changed it meanwhile) and remove. Items are added under their event, {@code /api/events/{id}/agenda}.
 */
@Path("agenda")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgendaResource {

    @Inject
    AgendaItems agenda;

    @Inject
    AgendaViews views;

    @Inject
    Minutes minutes;

    @GET
    @Path("{id}")
    public AgendaItemView item(@PathParam("id") long id) {
        return views.item(agenda.item(id));
    }

    @PUT
    @Path("{id}")
    public AgendaItemView update(@PathParam("id") long id, @NotNull(message = "a JSON body is required") AgendaItemBody body) {
        return views.item(agenda.update(id, body.details()));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        agenda.remove(id);
        return Response.noContent().build();
    }

    /** The minutes an officer entered for the item; 404 while there are none. */
    @GET
    @Path("{id}/minutes")
    public MinutesView minutes(@PathParam("id") long id) {
        return MinutesView.of(minutes.of(id).orElseThrow(() -> ForumException.notFound("Minutes of agenda item " + id)));
    }

    /** Enters or replaces the item's minutes: {"topics":{"ru":"…"},"agreements":{"ru":"…"}}. */
    @PUT
    @Path("{id}/minutes")
    public MinutesView saveMinutes(@PathParam("id") long id, @NotNull(message = "a JSON body is required") MinutesBody body) {
        return MinutesView.of(minutes.save(id, body.topics, body.agreements));
    }
}
