package org.forumprotocol.core.agenda;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * The change log of a release in one working language, as delegates read it: each {@link AgendaChange} as a
 * sentence, e.g. «Перенесено: «Открытие форума», 18.09 10:00–11:30 → 18.09 11:00–12:30». The wording and the
 * date patterns are in {@code ChangeLog_*.properties}; an item's texts missing in the language come from the
 * fallback (the event's host language).
 */
public final class ChangeLog {
    private static final String BUNDLE = "org.forumprotocol.core.agenda.ChangeLog";
    private static final String SEPARATOR = "; ";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Language language;
    private final Language fallback;
    private final LongFunction<String> names;
    private final ResourceBundle texts;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    /**
     * @param language the language to write in
     * @param fallback where an item's texts missing in {@code language} are taken from, usually the host language
     * @param names    a person's name in {@code language} by delegate id
     */
    public ChangeLog(Language language, Language fallback, LongFunction<String> names) {
        this.language = language;
        this.fallback = fallback;
        this.names = names;
        // No fallback to the JVM's default locale: every working language has its own file.
        this.texts = ResourceBundle.getBundle(BUNDLE, language.javaLocale(), ChangeLog.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(texts.getString("date"), language.javaLocale());
        this.time = DateTimeFormatter.ofPattern(texts.getString("time"), language.javaLocale());
    }

    /** The change log of an event with these delegates: speakers named as {@link Delegate#displayName} has them. */
    public static ChangeLog of(Language language, Language host, Collection<Delegate> delegates) {
        Map<Long, Delegate> byId = new HashMap<>();
        delegates.forEach(d -> byId.put(d.getId(), d));
        return new ChangeLog(language, host, id -> {
            Delegate d = byId.get(id);
            if (d == null) {
                return null;
            }
            String name = d.displayName(language);
            return name.isBlank() ? d.displayName(host) : name;
        });
    }

    /** The language the sentences are written in. */
    public Language language() {
        return language;
    }

    /** One line per change, in the order given. */
    public List<String> lines(List<AgendaChange> changes) {
        return changes.stream().map(this::sentence).toList();
    }

    /** The change as one line: the sentences of all its aspects, joined. */
    public String sentence(AgendaChange change) {
        return String.join(SEPARATOR, sentences(change));
    }

    /** The change as sentences: one for an added or removed item, one per aspect of a changed one. */
    public List<String> sentences(AgendaChange change) {
        ReleasedItem after = change.after();
        return switch (change.kind()) {
            case ADDED -> List.of(fill("added", "title", title(after), "at", at(after)));
            case REMOVED -> List.of(fill("removed", "title", title(change.before()), "when", when(change.before())));
            case CHANGED -> changed(change.before(), after, change);
        };
    }

    private List<String> changed(ReleasedItem before, ReleasedItem after, AgendaChange change) {
        List<String> sentences = new ArrayList<>();
        String title = title(after);
        for (AgendaChange.Aspect aspect : AgendaChange.Aspect.values()) {
            if (!change.aspects().contains(aspect)) {
                continue;
            }
            sentences.add(switch (aspect) {
                case TIME -> fill("moved", "title", title, "from", when(before), "to", when(after));
                case PLACE -> fill("place", "title", title, "from", place(before), "to", place(after));
                case SPEAKERS -> fill("speakers", "title", title, "from", speakers(before), "to", speakers(after));
                case TITLE -> fill("title", "from", title(before), "to", title);
                case DETAILS -> fill("details", "title", title);
            });
        }
        if (sentences.isEmpty()) {
            sentences.add(fill("details", "title", title));
        }
        return sentences;
    }

    /** Start and end as the programme prints them in this language, e.g. "18.09 10:00–11:30". */
    public String when(ReleasedItem item) {
        LocalDateTime start = item.startsAt();
        LocalDateTime end = item.endsAt();
        if (start.toLocalDate().equals(end.toLocalDate())
                || (end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && end.toLocalDate().equals(start.toLocalDate().plusDays(1)))) {
            return date.format(start) + " " + time.format(start) + "–" + time.format(end);
        }
        return date.format(start) + " " + time.format(start) + " – " + date.format(end) + " " + time.format(end);
    }

    /** Venue and room in this language, or a dash when the item has neither. */
    public String place(ReleasedItem item) {
        String venue = text(item.venueName());
        String room = text(item.room());
        String place = (venue + (venue.isEmpty() || room.isEmpty() ? "" : ", ") + room).strip();
        return place.isEmpty() ? texts.getString("nothing") : place;
    }

    private String at(ReleasedItem item) {
        String place = place(item);
        return when(item) + (place.equals(texts.getString("nothing")) ? "" : ", " + place);
    }

    private String speakers(ReleasedItem item) {
        if (item.speakers().isEmpty()) {
            return texts.getString("nothing");
        }
        return item.speakers().stream().map(id -> {
            String name = names.apply(id);
            return name == null || name.isBlank() ? texts.getString("unknownPerson") : name;
        }).collect(Collectors.joining(", "));
    }

    private String title(ReleasedItem item) {
        return text(item.title());
    }

    private String text(LocalizedText text) {
        return text.in(language, fallback);
    }

    /** The sentence with its {placeholders} filled in one pass, so a title that contains "{to}" stays as it is. */
    private String fill(String key, String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return PLACEHOLDER.matcher(texts.getString(key))
                .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }
}
