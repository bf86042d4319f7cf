package org.forumprotocol.web.agenda;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.i18n.Language;

/**
 * A day of a released programme as a delegate reads it, in one language: no ids, no staff notes, no
 * warnings; just when, what, where and who.
 */
public record ProgrammeDay(LocalDate date, List<Line> items) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One item; {@code kind} is the enum name, for the page's translated label. */
    public record Line(String uid, String time, String kind, String title, String lang, String place, String speakers,
                       String interpretation, String dressCode, String description) {
    }

    public ProgrammeDay {
        items = List.copyOf(items);
    }

    /** The items (in time order, none cancelled) grouped by the day they start on. */
    public static List<ProgrammeDay> of(List<ReleasedItem> items, Language lang, Language host, LongFunction<String> names) {
        Map<LocalDate, List<Line>> days = new LinkedHashMap<>();
        for (ReleasedItem i : items) {
            if (i.cancelled()) {
                continue;
            }
            String place = Stream.of(i.venueName().in(lang, host), i.room().in(lang, host))
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
            String speakers = i.speakers().stream().map(names::apply).filter(Objects::nonNull)
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
            String interpretation = i.interpretationFrom() == null ? null : i.interpretationFrom().code() + " → "
                    + i.interpretationTo().stream().map(Language::code).collect(Collectors.joining(", "));
            String time = TIME.format(i.startsAt()) + "–" + TIME.format(i.endsAt());
            days.computeIfAbsent(i.startsAt().toLocalDate(), d -> new ArrayList<>()).add(new Line(i.uid(), time,
                    i.kind().name(), i.title().in(lang, host), i.title().get(lang).isPresent() ? lang.code() : host.code(),
                    place, speakers, interpretation, i.dressCode(), i.description().in(lang, host)));
        }
        return days.entrySet().stream().map(e -> new ProgrammeDay(e.getKey(), e.getValue())).toList();
    }
}
