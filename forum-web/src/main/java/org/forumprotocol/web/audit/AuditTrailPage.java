package org.forumprotocol.web.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.audit.AuditFilter;
import org.forumprotocol.core.audit.AuditPage;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.web.memorandum.AlarmRow;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.DatabaseRows;
import org.forumprotocol.web.page.LocalTimes;
import org.forumprotocol.web.page.Texts;
import org.primefaces.model.LazyDataModel;

/**
 * Administrators search the audit trail. The table pages through the database rather than holding the
 * trail, which only grows.
 */
@Named("auditPage")
@ViewScoped
public class AuditTrailPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TABLE = "audit:table";

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Memoranda memoranda;

    /** The filter as typed; {@link #applied} is what the table shows until the next search. */
    private Criteria typed = new Criteria();
    private Criteria applied = new Criteria();
    private final DatabaseRows<AuditRow> entries = new DatabaseRows<>(() -> currentUser.isAdmin(), (offset, limit) -> {
        AuditPage page = audit.search(applied.toFilter(offset, limit));
        return new DatabaseRows.Slice<>(page.entries().stream().map(AuditRow::of).toList(), page.total());
    }, AuditFilter.MAX_LIMIT, row -> String.valueOf(row.id()));
    /** The archive's integrity alarms, read once per view; null until the page asks for them. */
    private ArrayList<AlarmRow> alarms;

    /** Dates are days in Almaty: "to" includes its whole day. */
    static final class Criteria implements Serializable {
        private static final long serialVersionUID = 1L;
        String actor;
        String entityType;
        String action;
        LocalDate from;
        LocalDate to;

        Criteria copy() {
            Criteria c = new Criteria();
            c.actor = actor;
            c.entityType = entityType;
            c.action = action;
            c.from = from;
            c.to = to;
            return c;
        }

        AuditFilter toFilter(int offset, int limit) {
            Instant start = from == null ? null : from.atStartOfDay(LocalTimes.ZONE).toInstant();
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(LocalTimes.ZONE).toInstant();
            // Actors are user names, which are stored in lower case.
            String who = actor == null ? null : actor.strip().toLowerCase(Locale.ROOT);
            return new AuditFilter(who, entityType, null, action, start, end, offset, limit);
        }
    }

    public void search() {
        if (!currentUser.requireAdmin()) {
            return;
        }
        if (typed.from != null && typed.to != null && typed.to.isBefore(typed.from)) {
            Texts.fieldError("audit:to", "audit.error.range");
            return;
        }
        applied = typed.copy();
        firstPage();
    }

    public void clear() {
        if (!currentUser.requireAdmin()) {
            return;
        }
        typed = new Criteria();
        applied = new Criteria();
        firstPage();
    }

    private static void firstPage() {
        DatabaseRows.firstPage(TABLE);
    }

    /**
     * Stored copies of memoranda found damaged (their SHA-256 no longer the one recorded), newest first: each one was
     * refused to whoever asked for it and must be restored from a backup. Only administrators see them.
     */
    public List<AlarmRow> getAlarms() {
        if (!currentUser.isAdmin()) {
            return List.of();
        }
        if (alarms == null) {
            alarms = new ArrayList<>(memoranda.alarms().stream().map(AlarmRow::of).toList());
        }
        return alarms;
    }

    public LazyDataModel<AuditRow> getEntries() {
        return entries;
    }

    public String getActor() {
        return typed.actor;
    }

    public void setActor(String actor) {
        typed.actor = actor;
    }

    public String getEntityType() {
        return typed.entityType;
    }

    public void setEntityType(String entityType) {
        typed.entityType = entityType;
    }

    public String getAction() {
        return typed.action;
    }

    public void setAction(String action) {
        typed.action = action;
    }

    public LocalDate getFrom() {
        return typed.from;
    }

    public void setFrom(LocalDate from) {
        typed.from = from;
    }

    public LocalDate getTo() {
        return typed.to;
    }

    public void setTo(LocalDate to) {
        typed.to = to;
    }
}
