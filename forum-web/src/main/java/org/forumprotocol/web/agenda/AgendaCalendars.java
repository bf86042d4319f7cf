package org.forumprotocol.web.agenda;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.calendar.ProgrammeCalendar;
import org.forumprotocol.web.rest.Downloads;
import org.forumprotocol.web.rest.Inputs;

/**
 * The released programme as iCalendar files: the whole event's for officers to share, and each delegate's
 * own behind their private link. Only released items ever go out; the working copy never does.
 */
@ApplicationScoped
public class AgendaCalendars {

    @Inject
    Events events;

    @Inject
    AgendaReleases releases;

    @Inject
    AgendaViews views;

    @Inject
    ForumSettings settings;

    @Inject
    Clock clock;

    /**
     * The latest release of the whole event in {@code lang} (default the host language) for an audience:
     * {@code delegates} (default: all but staff-only items), {@code public}, or {@code staff} (everything).
     */
    public Response programme(long eventId, String lang, String audience) {
        Event event = events.get(eventId);
        FieldChecks checks = new FieldChecks();
        Language language = Inputs.workingLanguage(checks, event, lang);
        Visibility who = Visibility.DELEGATES;
        if (audience != null && !audience.isBlank()) {
            who = checks.choice("audience", audience.strip().toUpperCase(Locale.ROOT), Visibility.class);
        }
        checks.throwIfAny("The calendar cannot be made");
        AgendaRelease release = views.latest(eventId);
        Map<Long, Delegate> delegates = views.delegatesOf(eventId);
        Visibility shown = who == null ? Visibility.DELEGATES : who;
        StreamingOutput body = out -> calendar(event).writeProgramme(release.getItems(), shown, language,
                id -> name(delegates, id, language), out);
        return file(body, event.getTitle().in(language, event.hostLanguage()));
    }

    /** A delegate's own programme from the latest release, in their language; empty before the first release. */
    public Response personal(Delegate delegate) {
        Event event = delegate.getDelegation().getEvent();
        Language language = delegate.correspondenceLanguage();
        Map<Long, Delegate> delegates = views.delegatesOf(event.getId());
        List<ReleasedItem> items = releases.latest(event.getId())
                .map(r -> releases.personalCalendar(delegate.getId(), r)).orElse(List.of());
        StreamingOutput body = out -> calendar(event).writePersonalProgramme(items, delegate.getId(),
                delegate.getDelegation().getId(), delegate.displayName(language), language,
                id -> name(delegates, id, language), out);
        return file(body, event.getTitle().in(language, event.hostLanguage()));
    }

    private ProgrammeCalendar calendar(Event event) {
        return ProgrammeCalendar.of(event, organizer(), clock);
    }

    /** The bare address of the configured sender: calendars name the protocol office as organiser. */
    private String organizer() {
        return settings.mail().from().getAddress();
    }

    private static Response file(StreamingOutput body, String title) {
        return Response.ok(body, ProgrammeCalendar.MEDIA_TYPE)
                .header("Content-Disposition", Downloads.attachment(title + ".ics")).build();
    }

    private static String name(Map<Long, Delegate> delegates, long id, Language language) {
        Delegate d = delegates.get(id);
        return d == null ? null : d.displayName(language);
    }
}
