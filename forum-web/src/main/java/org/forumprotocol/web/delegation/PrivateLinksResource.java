package org.forumprotocol.web.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateLinks;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.calendar.ProgrammeCalendar;
import org.forumprotocol.web.agenda.AgendaCalendars;
import org.forumprotocol.web.agenda.AgendaViews;
import org.forumprotocol.web.agenda.ReleasedItemView;

/**
 * What a delegate sees through a private link, without an account: their own details, delegation and
 * event, in their language, and nobody else's contact data. Unknown, revoked and expired links are 404.
 */
@Path("links/{token}")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PrivateLinksResource {

    public record OwnPage(String language, String name, String position, String delegation, String country,
                          String event, String city, LocalDate startsOn, LocalDate endsOn, String attendance,
                          String arrivalDetails, String dietaryNeeds) {

        static OwnPage of(Delegate d) {
            Language l = d.correspondenceLanguage();
            Event e = d.getDelegation().getEvent();
            return new OwnPage(l.code(), d.displayName(l), d.getPosition().in(l, e.hostLanguage()),
                    d.getDelegation().getName().in(l, e.hostLanguage()), Countries.name(d.getDelegation().getCountry(), l),
                    e.getTitle().in(l, e.hostLanguage()), e.getCity().in(l, e.hostLanguage()), e.getStartsOn(), e.getEndsOn(),
                    d.getAttendance().name(), d.getArrivalDetails(), d.getDietaryNeeds());
        }
    }

    /** The delegate's answer. */
    public static class Answer {
        public String attendance;
        public String arrivalDetails;
        public String dietaryNeeds;
    }

    /**
     * The delegate's own programme from the latest release, in their language: items that are public or that
     * they take part in, and what the latest release changed for them. {@code release} is null (and the lists
     * empty) while nothing has been published.
     */
    public record OwnProgramme(String language, Integer release, Instant publishedAt, List<ReleasedItemView> items,
                               List<String> changes) {
    }

    @Inject
    DelegateLinks links;

    @Inject
    AgendaReleases releases;

    @Inject
    AgendaViews agendaViews;

    @Inject
    AgendaCalendars calendars;

    /** The delegate's own programme as an iCalendar file, to subscribe to or import. */
    @GET
    @Path("programme.ics")
    @Produces(ProgrammeCalendar.MEDIA_TYPE)
    public Response programmeCalendar(@PathParam("token") String token) {
        return calendars.personal(links.open(token));
    }

    @GET
    @Path("programme")
    public OwnProgramme programme(@PathParam("token") String token) {
        Delegate d = links.open(token);
        Language l = d.correspondenceLanguage();
        long eventId = d.getDelegation().getEvent().getId();
        return releases.latest(eventId)
                .map(r -> new OwnProgramme(l.code(), r.getNumber(), r.getPublishedAt(),
                        agendaViews.released(r, releases.personalProgramme(d.getId(), r), l, agendaViews.delegatesOf(eventId)),
                        releases.personalChangeLog(d.getId(), r, l)))
                .orElseGet(() -> new OwnProgramme(l.code(), null, null, List.of(), List.of()));
    }

    @GET
    public OwnPage page(@PathParam("token") String token) {
        return OwnPage.of(links.open(token));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnPage answer(@PathParam("token") String token, @NotNull(message = "a JSON body is required") Answer body) {
        return OwnPage.of(links.answer(token, body.attendance, body.arrivalDetails, body.dietaryNeeds));
    }
}
