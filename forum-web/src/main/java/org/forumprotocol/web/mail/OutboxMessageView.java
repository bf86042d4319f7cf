package org.forumprotocol.web.mail;

import java.time.Instant;
import java.util.List;

import org.forumprotocol.core.mail.OutboxAttempt;
import org.forumprotocol.core.mail.OutboxMessage;

/** A message in the outbox as the API shows it; {@code history} (its attempts) only for one message. */
public record OutboxMessageView(long id, long version, String state, String kind, String language, String recipient,
                                String subject, String messageId, Long eventId, Long delegateId, String jobId, int attempts,
                                Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
                                List<Attempt> history) {

    public record Attempt(Instant attemptedAt, String instance, String outcome, String reply) {
        static Attempt of(OutboxAttempt a) {
            return new Attempt(a.getAttemptedAt(), a.getInstance(), a.getOutcome().name(), a.getReply());
        }
    }

    public static OutboxMessageView of(OutboxMessage m) {
        return of(m, null);
    }

    public static OutboxMessageView of(OutboxMessage m, List<OutboxAttempt> attempts) {
        return new OutboxMessageView(m.getId(), m.getVersion(), m.getState().name(), m.getKind().name(), m.getLanguage().code(),
                m.getRecipient(), m.getSubject(), m.getMessageId(), m.getEventId(), m.getDelegateId(), m.getJobId(),
                m.getAttempts(), m.getState().pending() ? m.getNextAttemptAt() : null, m.getLastError(), m.getCreatedAt(),
                m.getSentAt(), attempts == null ? null : attempts.stream().map(Attempt::of).toList());
    }
}
