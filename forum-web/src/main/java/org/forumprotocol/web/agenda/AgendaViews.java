package org.forumprotocol.web.agenda;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.agenda.AgendaEntry;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.agenda.ChangeLog;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.rest.Inputs;

/** Turns an event's programme (working copy or a release) into API views in one language, with speakers' names. */
@ApplicationScoped
public class AgendaViews {

    @Inject
    AgendaItems agenda;

    @Inject
    Delegations delegations;

    @Inject
    Events events;

    @Inject
    AgendaReleases releases;

    /**
     * The programme in time order: the working copy with its warnings ({@code release} absent or
     * {@code working}), or a published release ({@code latest} or its number), cancelled items included so
     * that readers see what was withdrawn. {@code lang} defaults to the host language and must be a working
     * language of the event.
     */
    public List<?> agenda(long eventId, String lang, String release) {
        Event event = events.get(eventId);
        FieldChecks checks = new FieldChecks();
        Language language = Inputs.workingLanguage(checks, event, lang);
        String which = release == null || release.isBlank() ? "working" : release.strip().toLowerCase(java.util.Locale.ROOT);
        Integer number = null;
        if (!which.equals("working") && !which.equals("latest")) {
            try {
                number = Integer.valueOf(which);
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1) {
                checks.add("release", "'" + release + "' is not 'working', 'latest' or a release number (1, 2, …)");
            }
        }
        checks.throwIfAny("The agenda cannot be shown");
        Map<Long, Delegate> delegates = delegatesOf(eventId);
        if (which.equals("working")) {
            return agenda.agendaOf(eventId).stream()
                    .map(e -> AgendaItemView.of(e.item(), language, delegates, e.warnings())).toList();
        }
        AgendaRelease r = number == null ? latest(eventId) : releases.release(eventId, number);
        return released(r, r.getItems(), language, delegates);
    }

    /** The newest release; 404 while the programme was never published. */
    public AgendaRelease latest(long eventId) {
        return releases.latest(eventId).orElseThrow(() -> ForumException.notFound(
                "Event " + eventId + " has no published programme yet: publish the working copy first"));
    }

    /** Released items in one language, speakers named in it. */
    public List<ReleasedItemView> released(AgendaRelease r, List<ReleasedItem> items, Language language,
                                           Map<Long, Delegate> delegates) {
        Language host = r.getEvent().hostLanguage();
        return items.stream().map(i -> ReleasedItemView.of(i, r.getNumber(), language, host, id -> name(delegates, id, language)))
                .toList();
    }

    /** Publishes the working copy and returns the new release with its change log in {@code lang}. */
    public ReleaseView publish(long eventId, String lang, ReleaseBody body) {
        Language language = checkedLanguage(eventId, lang);
        AgendaRelease r = releases.publish(eventId, body == null ? null : body.expectedLatestNumber,
                body == null ? null : body.note);
        return withChanges(r, language);
    }

    /** The event's releases, newest first, without their change logs. */
    public List<ReleaseView> releases(long eventId, String lang) {
        Language language = checkedLanguage(eventId, lang);
        return releases.releases(eventId).stream().map(r -> ReleaseView.of(r, language.code(), null)).toList();
    }

    /** One release with its change log in {@code lang}. */
    public ReleaseView release(long eventId, int number, String lang) {
        Language language = checkedLanguage(eventId, lang);
        return withChanges(releases.release(eventId, number), language);
    }

    private ReleaseView withChanges(AgendaRelease r, Language language) {
        Event event = r.getEvent();
        ChangeLog log = ChangeLog.of(language, event.hostLanguage(), delegations.delegatesOf(event.getId()));
        List<ReleaseView.ChangeView> changes = releases.changes(r).stream()
                .map(c -> ReleaseView.change(c, c.after().title().in(language, event.hostLanguage()), log.sentence(c)))
                .toList();
        return ReleaseView.of(r, language.code(), changes);
    }

    private Language checkedLanguage(long eventId, String lang) {
        Event event = events.get(eventId);
        FieldChecks checks = new FieldChecks();
        Language language = Inputs.workingLanguage(checks, event, lang);
        checks.throwIfAny("The release cannot be shown");
        return language;
    }

    private static String name(Map<Long, Delegate> delegates, long id, Language language) {
        Delegate d = delegates.get(id);
        return d == null ? "" : d.displayName(language);
    }

    /** One item in the host language, with its current warnings. */
    public AgendaItemView item(AgendaItem item) {
        long eventId = item.getEvent().getId();
        List<AgendaEntry> entries = agenda.agendaOf(eventId);
        var warnings = entries.stream().filter(e -> e.item().getId().equals(item.getId())).findFirst()
                .map(AgendaEntry::warnings).orElse(List.of());
        return AgendaItemView.of(item, item.getEvent().hostLanguage(), delegatesOf(eventId), warnings);
    }

    public Map<Long, Delegate> delegatesOf(long eventId) {
        Map<Long, Delegate> delegates = new HashMap<>();
        delegations.delegatesOf(eventId).forEach(d -> delegates.put(d.getId(), d));
        return delegates;
    }
}
