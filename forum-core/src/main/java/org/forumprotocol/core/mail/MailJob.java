package org.forumprotocol.core.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A bulk send, such as the invitations of one event: how many recipients it has, and those it skipped. How
 * many of its messages were composed, sent or failed is counted from the outbox, never kept twice.
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

    @ElementCollection
    @CollectionTable(name = "mail_job_skip", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "skip_order")
    private List<SkipRow> skipped = new ArrayList<>();

    protected MailJob() {
    }

    MailJob(String id, String description, Long eventId, int total, Instant createdAt) {
        this.id = id;
        this.description = OutboxMessage.clip(description);
        this.eventId = eventId;
        this.total = total;
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

    public List<Skip> getSkipped() {
        return skipped.stream().map(SkipRow::skip).toList();
    }
}
