package org.forumprotocol.core.mail;

/**
 * Which messages to list; null means any. {@code recipient} matches part of the address, in any case.
 */
public record OutboxFilter(MailState state, Long eventId, String recipient, String jobId, int offset, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public static OutboxFilter all() {
        return new OutboxFilter(null, null, null, null, 0, DEFAULT_LIMIT);
    }
}
