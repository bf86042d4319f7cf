package org.forumprotocol.core.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One try to hand a message to the SMTP server, with the server's reply. Never changed. */
@Entity
@Table(name = "outbox_attempt")
@NamedQuery(name = "OutboxAttempt.of", query = "select a from OutboxAttempt a where a.messageId = :message order by a.attemptedAt, a.id")
public class OutboxAttempt {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private Long messageId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(nullable = false, updatable = false)
    private String instance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AttemptOutcome outcome;

    @Column(updatable = false, length = OutboxMessage.TEXT_MAX)
    private String reply;

    protected OutboxAttempt() {
    }

    OutboxAttempt(long messageId, Instant attemptedAt, String instance, AttemptOutcome outcome, String reply) {
        this.messageId = messageId;
        this.attemptedAt = attemptedAt;
        this.instance = instance;
        this.outcome = outcome;
        this.reply = OutboxMessage.clip(reply);
    }

    public Long getId() {
        return id;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    /** The application instance that tried. */
    public String getInstance() {
        return instance;
    }

    public AttemptOutcome getOutcome() {
        return outcome;
    }

    public String getReply() {
        return reply;
    }
}
