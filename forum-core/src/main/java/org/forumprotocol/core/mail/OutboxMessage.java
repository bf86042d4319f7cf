package org.forumprotocol.core.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.forumprotocol.core.i18n.Language;

/**
 * One message in the outbox: who it is for, what it is about, where it is on its way. Its bytes are in
 * {@link OutboxContent}, its delivery attempts in {@link OutboxAttempt}.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "event_id", updatable = false)
    private Long eventId;

    @Column(name = "delegate_id", updatable = false)
    private Long delegateId;

    @Column(name = "job_id", updatable = false)
    private String jobId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageKind kind;

    @Column(nullable = false, updatable = false, length = TEXT_MAX)
    private String subject;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = TEXT_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(MailOrigin origin, String recipient, String subject, String messageId, Instant now) {
        this.kind = origin.kind();
        this.language = origin.language().code();
        this.eventId = origin.eventId();
        this.delegateId = origin.delegateId();
        this.jobId = origin.jobId();
        this.recipient = recipient;
        this.subject = subject;
        this.messageId = messageId;
        this.state = MailState.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The dispatcher has this message now, until {@code until}; one more attempt starts. */
    void startAttempt(Instant until) {
        attempts++;
        claimedUntil = until;
    }

    void sent(Instant now) {
        state = MailState.SENT;
        sentAt = now;
        lastError = null;
        release();
    }

    void retryAt(Instant when, String reply) {
        state = MailState.RETRYING;
        nextAttemptAt = when;
        lastError = clip(reply);
        release();
    }

    void failed(String reply) {
        state = MailState.FAILED;
        lastError = clip(reply);
        release();
    }

    void cancel() {
        state = MailState.CANCELLED;
        release();
    }

    /** Back into the queue after a failure or cancellation, with a fresh budget of attempts. */
    void requeue(Instant now) {
        state = MailState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    static String clip(String text) {
        if (text == null || text.length() <= TEXT_MAX) {
            return text;
        }
        int end = TEXT_MAX - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getDelegateId() {
        return delegateId;
    }

    public String getJobId() {
        return jobId;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return Language.of(language).orElseThrow();
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessageId() {
        return messageId;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
