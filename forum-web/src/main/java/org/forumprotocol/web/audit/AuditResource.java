package org.forumprotocol.web.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.audit.AuditFilter;
import org.forumprotocol.core.audit.AuditPage;
import org.forumprotocol.core.audit.AuditTrail;

/** Administrators read the audit trail, newest first, filtered. */
@Path("audit")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record Entry(long id, Instant occurredAt, String actor, String entityType, String entityId, String action, String summary) {
        static Entry of(AuditEntry e) {
            return new Entry(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(), e.getAction(), e.getSummary());
        }
    }

    public record Page(long total, int offset, int limit, List<Entry> entries) {
    }

    @Inject
    AuditTrail audit;

    @GET
    public Page search(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                       @QueryParam("entityId") String entityId, @QueryParam("action") String action,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("offset") @DefaultValue("0") String offset,
                       @QueryParam("limit") @DefaultValue("50") String limit) {
        AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, instant("from", from), instant("to", to),
                number("offset", offset), number("limit", limit));
        AuditPage page = audit.search(filter);
        return new Page(page.total(), filter.offset(), filter.limit(), page.entries().stream().map(Entry::of).toList());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ForumException.invalid(name, "must be an ISO-8601 instant such as 2025-04-28T09:00:00Z");
        }
    }

    private static int number(String name, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw ForumException.invalid(name, "must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ForumException.invalid(name, "must be a whole number");
        }
    }
}
