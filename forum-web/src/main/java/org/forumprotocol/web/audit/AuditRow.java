package org.forumprotocol.web.audit;

import java.io.Serializable;
import java.time.Instant;

import org.forumprotocol.core.audit.AuditEntry;

/** An audit entry as the audit page keeps it in its (replicated) view state. */
public record AuditRow(long id, Instant occurredAt, String actor, String entityType, String entityId, String action,
                       String summary) implements Serializable {

    static AuditRow of(AuditEntry e) {
        return new AuditRow(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(), e.getAction(),
                e.getSummary());
    }
}
