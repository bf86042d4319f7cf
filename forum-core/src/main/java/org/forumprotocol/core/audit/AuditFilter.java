package org.forumprotocol.core.audit;

import java.time.Instant;

/** What to look for in the audit trail; null means "any". Newest entries come first. */
public record AuditFilter(String actor, String entityType, String entityId, String action, Instant from, Instant to,
                          int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public AuditFilter {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        action = blankToNull(action);
    }

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null, 0, 50);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
