package org.forumprotocol.web.mail;

import java.io.Serializable;
import java.time.Instant;

import org.forumprotocol.core.mail.MailState;
import org.forumprotocol.core.mail.OutboxMessage;

/** A message as the outbox page keeps it in its (replicated) view state. */
public record OutboxRow(long id, Instant createdAt, String recipient, String subject, String language, String kind,
                        MailState state, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt)
        implements Serializable {

    static OutboxRow of(OutboxMessage m) {
        return new OutboxRow(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getSubject(), m.getLanguage().code(),
                m.getKind().name(), m.getState(), m.getAttempts(), m.getState().pending() ? m.getNextAttemptAt() : null,
                m.getLastError(), m.getSentAt());
    }

    public boolean isCancellable() {
        return state == MailState.QUEUED || state == MailState.RETRYING;
    }

    public boolean isResendable() {
        return state == MailState.FAILED || state == MailState.CANCELLED;
    }
}
