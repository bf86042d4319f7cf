package org.forumprotocol.web.event;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.page.ShownText;

/**
 * A line of the events list. {@code search} holds the texts in all languages, lower case, so that the
 * filter finds "Туркестан" as well as "Turkestan" whatever the page language is.
 */
public record EventRow(long id, EventKind kind, ShownText title, ShownText city, LocalDate startsOn, LocalDate endsOn,
                       List<String> languages, String search) implements Serializable {

    public EventRow {
        languages = List.copyOf(languages);
    }

    static EventRow of(Event e, Language page, String kindLabel) {
        Language host = e.hostLanguage();
        String search = Stream.of(e.getTitle().asMap().values().stream(), e.getCity().asMap().values().stream(),
                        e.getHostOrganisation().asMap().values().stream(),
                        Stream.of(kindLabel, e.getStartsOn().toString(), e.getEndsOn().toString()))
                .flatMap(s -> s).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return new EventRow(e.getId(), e.getKind(), ShownText.of(e.getTitle(), page, host), ShownText.of(e.getCity(), page, host),
                e.getStartsOn(), e.getEndsOn(), e.getLanguages().stream().map(Language::code).toList(), search);
    }

    boolean matches(String filter) {
        return filter == null || filter.isBlank() || search.contains(filter.strip().toLowerCase(Locale.ROOT));
    }
}
