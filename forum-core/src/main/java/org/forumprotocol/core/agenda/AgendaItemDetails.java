package org.forumprotocol.core.agenda;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An agenda item as an officer enters it: kind, visibility, ids and language codes still as text, so that
 * the service can name each wrong field. Start and end are local date-times in the event's time zone.
 * {@code expectedVersion} guards edits against lost updates.
 */
public record AgendaItemDetails(String kind, LocalDateTime startsAt, LocalDateTime endsAt, Map<String, String> title,
                                Map<String, String> description, String venue, Map<String, String> room,
                                List<String> delegations, List<Speaker> speakers, List<String> moderators,
                                Interpretation interpretation, String dressCode, String staffNotes, String visibility,
                                Long expectedVersion) {

    /**
     * A speaker, and whether this place in the list is fixed by hand. Speakers not fixed fill the remaining
     * places in the order of precedence, whatever order they were sent in.
     */
    public record Speaker(String delegate, boolean manual) {
        public static List<Speaker> byPrecedence(String... delegates) {
            return Arrays.stream(delegates).map(d -> new Speaker(d, false)).toList();
        }

        public static List<Speaker> inThisOrder(String... delegates) {
            return Arrays.stream(delegates).map(d -> new Speaker(d, true)).toList();
        }
    }

    /** Simultaneous interpretation from one working language into others, e.g. ko → kk, ru. */
    public record Interpretation(String from, List<String> to) {
    }
}
