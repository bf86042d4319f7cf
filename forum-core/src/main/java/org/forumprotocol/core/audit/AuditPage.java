package org.forumprotocol.core.audit;

import java.util.List;

/** One page of audit entries and how many match in all. */
public record AuditPage(List<AuditEntry> entries, long total) {
}
