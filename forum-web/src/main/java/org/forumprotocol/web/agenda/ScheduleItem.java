package org.forumprotocol.web.agenda;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.forumprotocol.core.agenda.AgendaEntry;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.AgendaWarning;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.web.page.ShownText;

/**
 * An item of the working copy as the schedule shows it to officers: texts already chosen for the page
 * language (falling back to the host language), people by name in order, and what is wrong with it.
 */
public record ScheduleItem(long id, AgendaItemKind kind, LocalDateTime startsAt, LocalDateTime endsAt, ShownText title,
                           ShownText description, ShownText venue, ShownText room, List<Person> speakers,
                           List<Person> moderators, List<ShownText> delegations, String interpretation, String dressCode,
                           String staffNotes, Visibility visibility, List<Warning> warnings) implements Serializable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A speaker or moderator; {@code manual}: an officer fixed this place in the list by hand. */
    public record Person(long id, String name, boolean manual) implements Serializable {
    }

    public record Warning(AgendaWarning.Code code, String detail) implements Serializable {
    }

    public ScheduleItem {
        speakers = List.copyOf(speakers);
        moderators = List.copyOf(moderators);
        delegations = List.copyOf(delegations);
        warnings = List.copyOf(warnings);
    }

    static ScheduleItem of(AgendaEntry entry, Language page, Map<Long, Delegate> delegates, Map<Long, LocalizedText> delegationNames) {
        AgendaItem item = entry.item();
        Language host = item.getEvent().hostLanguage();
        List<Person> speakers = item.getSpeakers().stream()
                .map(s -> new Person(s.getDelegateId(), name(delegates, s.getDelegateId(), page), s.isManual())).toList();
        List<Person> moderators = item.getModerators().stream()
                .map(id -> new Person(id, name(delegates, id, page), false)).toList();
        List<ShownText> delegations = item.getDelegations().stream()
                .filter(delegationNames::containsKey)
                .map(id -> ShownText.of(delegationNames.get(id), page, host)).toList();
        String interpretation = item.getInterpretationFrom()
                .map(from -> interpretation(from.code(), item.getInterpretationTo().stream().map(Language::code).toList()))
                .orElse(null);
        ShownText venue = item.getVenue().map(v -> ShownText.of(v.getName(), page, host)).orElse(null);
        return new ScheduleItem(item.getId(), item.getKind(), item.getStartsAt(), item.getEndsAt(),
                ShownText.of(item.getTitle(), page, host), ShownText.of(item.getDescription(), page, host), venue,
                ShownText.of(item.getRoom(), page, host), speakers, moderators, delegations, interpretation,
                item.getDressCode(), item.getStaffNotes(), item.getVisibility(),
                entry.warnings().stream().map(w -> new Warning(w.code(), w.detail())).toList());
    }

    /** "ko → kk, ru": how interpreters and programmes write it. */
    static String interpretation(String from, List<String> to) {
        return from + " → " + String.join(", ", to);
    }

    private static String name(Map<Long, Delegate> delegates, Long id, Language page) {
        Delegate d = delegates.get(id);
        return d == null ? "#" + id : d.displayName(page);
    }

    /** "10:00–11:30"; the programme's days carry the date. */
    public String timeRange() {
        return TIME.format(startsAt) + "–" + TIME.format(endsAt);
    }

    /** Days between the start's and the end's date: 1 for a dinner that ends after midnight. */
    public long endDayOffset() {
        return ChronoUnit.DAYS.between(startsAt.toLocalDate(), endsAt.toLocalDate());
    }

    public boolean hasPlace() {
        return venue != null || !room.isEmpty();
    }

    /** The warnings in a line, for the message shown after saving. */
    String warningSummary(Function<AgendaWarning.Code, String> label) {
        return warnings.stream().map(w -> label.apply(w.code()) + ": " + w.detail()).collect(Collectors.joining("; "));
    }
}
