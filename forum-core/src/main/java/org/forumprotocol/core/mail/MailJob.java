package org.forumprotocol.core.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A bulk send, such as the invitations of one event: its recipients (delegates, in the order chosen), and those
 * it skipped. How many of its messages were composed, sent or failed is counted from the outbox, never kept
 * twice. Composing runs in the background; the job remembers its recipients so that a run that stopped half-way
 * (the application was stopped) is carried on by the next one for those who have no message yet. The claim of
 * the run composing it ({@code claimed_by}, {@code claimed_until}) lives only in the database, set by
 * {@link Outbox#claimJob}.
 */
@Entity
@Table(name = "mail_job")
public class MailJob {

    /** A recipient who got no message, and why (a delegate without an e-mail address, say). */
    public record Skip(Long delegateId, String recipient, String reason) {
    }

    /** Stored form of a {@link Skip}: EclipseLink 4 (JPA 3.1) cannot embed records. */
    @Embeddable
    static class SkipRow {
        @Column(name = "delegate_id")
        private Long delegateId;

        @Column(nullable = false, length = OutboxMessage.TEXT_MAX)
        private String recipient;

        @Column(nullable = false, length = OutboxMessage.TEXT_MAX)
        private String reason;

        protected SkipRow() {
        }

        SkipRow(Skip skip) {
            this.delegateId = skip.delegateId();
            this.recipient = OutboxMessage.clip(skip.recipient());
            this.reason = OutboxMessage.clip(skip.reason());
        }

        Skip skip() {
            return new Skip(delegateId, recipient, reason);
        }
    }

    @Id
    private String id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false, length = OutboxMessage.TEXT_MAX)
    private String description;

    @Column(name = "event_id", updatable = false)
    private Long eventId;

    @Column(nullable = false, updatable = false)
    private int total;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "release_number", updatable = false)
    private Integer releaseNumber;

    @Column(name = "composed_at", insertable = false, updatable = false)
    private Instant composedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "mail_job_recipient", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "recipient_order")
    @Column(name = "delegate_id", nullable = false, updatable = false)
    private List<Long> recipients = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "mail_job_skip", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "skip_order")
    private List<SkipRow> skipped = new ArrayList<>();

    protected MailJob() {
    }

    MailJob(String id, String description, Long eventId, List<Long> recipients, Integer releaseNumber, Instant createdAt) {
        this.id = id;
        this.description = OutboxMessage.clip(description);
        this.eventId = eventId;
        this.recipients = new ArrayList<>(recipients);
        this.total = recipients.size();
        this.releaseNumber = releaseNumber;
        this.createdAt = createdAt;
    }

    void skip(Skip skip) {
        skipped.add(new SkipRow(skip));
    }

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDescription() {
        return description;
    }

    public Long getEventId() {
        return eventId;
    }

    public int getTotal() {
        return total;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The agenda release whose personal programme the messages carry, or null when none was published. */
    public Integer getReleaseNumber() {
        return releaseNumber;
    }

    /** When every recipient had a message or a skip; null while composing is not finished. */
    public Instant getComposedAt() {
        return composedAt;
    }

    /** The delegates the job is for, in the order chosen. */
    public List<Long> getRecipients() {
        return List.copyOf(recipients);
    }

    public List<Skip> getSkipped() {
        return skipped.stream().map(SkipRow::skip).toList();
    }
}
