package org.forumprotocol.core.agenda;

/**
 * Something in the programme an officer should look at. A warning never stops an item being saved;
 * {@code detail} says what and with whom, in the host language's names.
 */
public record AgendaWarning(Code code, String detail) {

    public enum Code {
        /** A speaker speaks in two items at the same time. */
        SPEAKER_DOUBLE_BOOKED,
        /** Two items need the same venue or room at the same time. */
        PLACE_DOUBLE_BOOKED,
        /** The item is not within the event's days. */
        OUTSIDE_EVENT_DAYS,
        /** A speaker belongs to a delegation that was cancelled. */
        SPEAKER_DELEGATION_CANCELLED
    }
}
