package org.forumprotocol.web.agenda;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.rest.Texts;

/**
 * An item as a release published it, in one language: what delegates see. It has no id or version of the
 * working copy (it cannot be edited) and never staff notes; {@code sequence} counts its changes across
 * releases, as calendars do. {@code warnings} is always empty: warnings belong to the working copy.
 */
public record ReleasedItemView(String uid, int release, int sequence, boolean cancelled, String kind,
                               LocalDateTime startsAt, LocalDateTime endsAt, String lang, String title,
                               Map<String, String> titles, String description, Long venue, String venueName,
                               String venueAddress, String room, List<Long> delegations,
                               List<AgendaItemView.Person> speakers, List<AgendaItemView.Person> moderators,
                               AgendaItemView.InterpretationView interpretation, String dressCode, String visibility,
                               List<AgendaItemView.WarningView> warnings) {

    public static ReleasedItemView of(ReleasedItem item, int release, Language lang, Language host, LongFunction<String> names) {
        AgendaItemView.InterpretationView interpretation = item.interpretationFrom() == null ? null
                : new AgendaItemView.InterpretationView(item.interpretationFrom().code(),
                        item.interpretationTo().stream().map(Language::code).toList());
        return new ReleasedItemView(item.uid(), release, item.sequence(), item.cancelled(), item.kind().name(),
                item.startsAt(), item.endsAt(), lang.code(), item.title().in(lang, host), Texts.json(item.title()),
                item.description().in(lang, host), item.venueId(),
                item.venueName().isEmpty() ? null : item.venueName().in(lang, host),
                item.venueAddress().isEmpty() ? null : item.venueAddress().in(lang, host),
                item.room().in(lang, host), item.delegations(), people(item.speakers(), names),
                people(item.moderators(), names), interpretation, item.dressCode(), item.visibility().name(), List.of());
    }

    private static List<AgendaItemView.Person> people(List<Long> ids, LongFunction<String> names) {
        return ids.stream().map(id -> new AgendaItemView.Person(id, names.apply(id), false)).toList();
    }
}
