package org.forumprotocol.web.agenda;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaWarning;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.rest.Texts;

/**
 * An agenda item as the API shows it: texts in the requested language ({@code title}, {@code description},
 * {@code room}, falling back to the host language) next to the full per-language maps, speakers and
 * moderators with their names in that language, and what is wrong with the item.
 */
public record AgendaItemView(long id, long version, String uid, long eventId, String kind, LocalDateTime startsAt,
                             LocalDateTime endsAt, String lang, String title, Map<String, String> titles,
                             String description, Map<String, String> descriptions, Long venue, String venueName,
                             String room, Map<String, String> rooms, List<Long> delegations, List<Person> speakers,
                             List<Person> moderators, InterpretationView interpretation, String dressCode,
                             String staffNotes, String visibility, List<WarningView> warnings) {

    /** A speaker or moderator; {@code manual} says whether an officer fixed this place in the list. */
    public record Person(long id, String displayName, boolean manual) {
    }

    public record InterpretationView(String from, List<String> to) {
    }

    public record WarningView(String code, String detail) {
        static WarningView of(AgendaWarning w) {
            return new WarningView(w.code().name(), w.detail());
        }
    }

    public static AgendaItemView of(AgendaItem item, Language lang, Map<Long, Delegate> delegates, List<AgendaWarning> warnings) {
        Language host = item.getEvent().hostLanguage();
        List<Person> speakers = item.getSpeakers().stream()
                .map(s -> person(s.getDelegateId(), lang, delegates, s.isManual())).toList();
        List<Person> moderators = item.getModerators().stream().map(id -> person(id, lang, delegates, false)).toList();
        InterpretationView interpretation = item.getInterpretationFrom()
                .map(from -> new InterpretationView(from.code(), item.getInterpretationTo().stream().map(Language::code).toList()))
                .orElse(null);
        return new AgendaItemView(item.getId(), item.getVersion(), item.getUid(), item.getEvent().getId(),
                item.getKind().name(), item.getStartsAt(), item.getEndsAt(), lang.code(),
                item.getTitle().in(lang, host), Texts.json(item.getTitle()),
                item.getDescription().in(lang, host), Texts.json(item.getDescription()),
                item.getVenue().map(v -> v.getId()).orElse(null),
                item.getVenue().map(v -> v.getName().in(lang, host)).orElse(null),
                item.getRoom().in(lang, host), Texts.json(item.getRoom()), item.getDelegations(), speakers, moderators,
                interpretation, item.getDressCode(), item.getStaffNotes(),
                item.getVisibility() == null ? null : item.getVisibility().name(),
                warnings.stream().map(WarningView::of).toList());
    }

    private static Person person(Long id, Language lang, Map<Long, Delegate> delegates, boolean manual) {
        Delegate d = delegates.get(id);
        return new Person(id, d == null ? "" : d.displayName(lang), manual);
    }
}
