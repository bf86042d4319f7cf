package org.forumprotocol.core.mail;

/**
 * Where a message is on its way. {@code SENT}, {@code FAILED} and {@code CANCELLED} are final until an officer
 * sends a failed or cancelled message again.
 */
public enum MailState {
    QUEUED, SENDING, SENT, RETRYING, FAILED, CANCELLED;

    /** Whether the dispatcher may still pick the message up by itself. */
    public boolean pending() {
        return this == QUEUED || this == SENDING || this == RETRYING;
    }
}
