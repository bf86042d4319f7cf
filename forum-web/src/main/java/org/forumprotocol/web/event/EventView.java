package org.forumprotocol.web.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.rest.Texts;

/** An event as the API shows it. */
public record EventView(long id, long version, String kind, Map<String, String> title, Map<String, String> city,
                        Map<String, String> hostOrganisation, LocalDate startsOn, LocalDate endsOn, String timeZone,
                        List<String> languages) {

    public static EventView of(Event e) {
        return new EventView(e.getId(), e.getVersion(), e.getKind().name(), Texts.json(e.getTitle()), Texts.json(e.getCity()),
                Texts.json(e.getHostOrganisation()), e.getStartsOn(), e.getEndsOn(), e.getTimeZone().getId(),
                e.getLanguages().stream().map(Language::code).toList());
    }
}
