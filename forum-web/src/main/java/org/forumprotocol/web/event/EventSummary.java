package org.forumprotocol.web.event;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.page.ShownText;

/**
 * An event as the pages below it (its delegations, a delegation, the participant list) show it in their
 * heading: texts already chosen for the page language, so that the view state holds no entity.
 */
public record EventSummary(long id, EventKind kind, ShownText title, ShownText city, ShownText hostOrganisation,
                           LocalDate startsOn, LocalDate endsOn, String timeZone, List<String> languages)
        implements Serializable {

    public EventSummary {
        languages = List.copyOf(languages);
    }

    public static EventSummary of(Event e, Language page) {
        Language host = e.hostLanguage();
        return new EventSummary(e.getId(), e.getKind(), ShownText.of(e.getTitle(), page, host),
                ShownText.of(e.getCity(), page, host), ShownText.of(e.getHostOrganisation(), page, host),
                e.getStartsOn(), e.getEndsOn(), e.getTimeZone().getId(), e.getLanguages().stream().map(Language::code).toList());
    }

    /** The first working language: documents and texts fall back to it. */
    public String hostLanguage() {
        return languages.get(0);
    }

    public Language host() {
        return Language.of(hostLanguage()).orElseThrow();
    }

    public boolean uses(String code) {
        return code != null && languages.contains(code);
    }
}
