package org.forumprotocol.web.agenda;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.agenda.AgendaEntry;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;

/** Turns an event's programme into API views in one language, with speakers' names and warnings. */
@ApplicationScoped
public class AgendaViews {

    @Inject
    AgendaItems agenda;

    @Inject
    Delegations delegations;

    @Inject
    Events events;

    /**
     * The working copy in time order. {@code release} may only be absent or {@code working} until releases
     * exist; {@code lang} defaults to the host language and must be a working language of the event.
     */
    public List<AgendaItemView> agenda(long eventId, String lang, String release) {
        Event event = events.get(eventId);
        FieldChecks checks = new FieldChecks();
        Language language = language(checks, event, lang);
        if (release != null && !release.isBlank() && !release.strip().equalsIgnoreCase("working")) {
            checks.add("release", "only 'working' (the working copy) can be shown yet; published releases come later");
        }
        checks.throwIfAny("The agenda cannot be shown");
        Map<Long, Delegate> delegates = delegatesOf(eventId);
        return agenda.agendaOf(eventId).stream()
                .map(e -> AgendaItemView.of(e.item(), language, delegates, e.warnings())).toList();
    }

    /** One item in the host language, with its current warnings. */
    public AgendaItemView item(AgendaItem item) {
        long eventId = item.getEvent().getId();
        List<AgendaEntry> entries = agenda.agendaOf(eventId);
        var warnings = entries.stream().filter(e -> e.item().getId().equals(item.getId())).findFirst()
                .map(AgendaEntry::warnings).orElse(List.of());
        return AgendaItemView.of(item, item.getEvent().hostLanguage(), delegatesOf(eventId), warnings);
    }

    private Map<Long, Delegate> delegatesOf(long eventId) {
        Map<Long, Delegate> delegates = new HashMap<>();
        delegations.delegatesOf(eventId).forEach(d -> delegates.put(d.getId(), d));
        return delegates;
    }

    private static Language language(FieldChecks checks, Event event, String lang) {
        if (lang == null || lang.isBlank()) {
            return event.hostLanguage();
        }
        Language language = checks.language("lang", lang);
        if (language != null && !event.isWorkingLanguage(language)) {
            checks.add("lang", "is not a working language of this event");
            return event.hostLanguage();
        }
        return language == null ? event.hostLanguage() : language;
    }
}
