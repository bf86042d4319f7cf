package org.forumprotocol.core.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One recorded change: who did what to which entity, when. Never updated, never deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    static final int SUMMARY_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false, length = SUMMARY_LENGTH)
    private String summary;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String entityType, String entityId, String action, String summary) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.summary = summary.length() > SUMMARY_LENGTH ? cut(summary) : summary;
    }

    /** Shortens to the column length, never between the two halves of a character outside the BMP. */
    private static String cut(String summary) {
        int end = SUMMARY_LENGTH - 1;
        if (Character.isHighSurrogate(summary.charAt(end - 1))) {
            end--;
        }
        return summary.substring(0, end) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }
}
