package org.forumprotocol.web.event;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.delegation.DelegationBody;
import org.forumprotocol.web.delegation.DelegationView;

/** Officers create and edit the events the office hosts, their delegations and participant lists. */
@Path("events")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    Events events;

    @Inject
    Delegations delegations;

    @GET
    public List<EventView> list() {
        return events.list().stream().map(EventView::of).toList();
    }

    @GET
    @Path("{id}")
    public EventView get(@PathParam("id") long id) {
        return EventView.of(events.get(id));
    }

    @POST
    public Response create(@NotNull(message = "a JSON body is required") EventBody body) {
        EventView view = EventView.of(events.create(body.details()));
        return Response.created(UriBuilder.fromResource(EventsResource.class).path(String.valueOf(view.id())).build())
                .tag(String.valueOf(view.version())).entity(view).build();
    }

    @PUT
    @Path("{id}")
    public EventView update(@PathParam("id") long id, @NotNull(message = "a JSON body is required") EventBody body) {
        return EventView.of(events.update(id, body.details()));
    }

    @GET
    @Path("{event}/delegations")
    public List<DelegationView> delegationsOf(@PathParam("event") long event) {
        return delegations.delegationsOf(event).stream().map(DelegationView::of).toList();
    }

    @POST
    @Path("{event}/delegations")
    public Response addDelegation(@PathParam("event") long event, @NotNull(message = "a JSON body is required") DelegationBody body) {
        DelegationView view = DelegationView.of(delegations.addDelegation(event, body.details()));
        return Response.created(URI.create("delegations/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{event}/participants")
    public List<Participant> participants(@PathParam("event") long event, @QueryParam("lang") String lang,
                                          @QueryParam("order") @DefaultValue("name") String order) {
        FieldChecks checks = new FieldChecks();
        Language language = lang == null ? events.get(event).hostLanguage() : checks.language("lang", lang);
        ParticipantOrder sort = checks.choice("order", order, ParticipantOrder.class);
        checks.throwIfAny("The participant list cannot be made");
        return delegations.participants(event, language, sort == null ? ParticipantOrder.NAME : sort);
    }
}
