package org.forumprotocol.core.agenda;

/**
 * Fired (as a CDI event) when a release of an event's programme is published. Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: only a committed release is real.
 */
public record AgendaReleased(long eventId, long releaseId, int number) {
}
