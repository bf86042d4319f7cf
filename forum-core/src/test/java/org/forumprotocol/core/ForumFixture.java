package org.forumprotocol.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.agenda.AgendaReleased;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.audit.AuditFilter;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.DelegateLinks;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Events;

/**
 * The event, delegation, link and agenda services wired by hand on one entity manager of a {@link TestDatabase}, as the
 * container would inject them, with helpers to run work in a transaction and to look at what was stored
 * through a fresh entity manager or plain JDBC.
 */
public final class ForumFixture implements AutoCloseable {
    public static final Instant T0 = Instant.parse("2025-09-15T09:00:00Z");
    /** The signed-in protocol officer every change is recorded for. */
    public static final String OFFICER = "aliya.officer";
    /** Every table the services write, in an order that can be counted at any time. */
    public static final List<String> TABLES = List.of("forum_event", "delegation", "delegate", "delegate_link",
            "venue", "agenda_item", "agenda_speaker", "agenda_moderator", "agenda_delegation", "agenda_release",
            "agenda_release_item", "change_notice", "meeting_minutes", "mail_job", "mail_job_recipient", "mail_job_skip",
            "outbox_message", "outbox_content", "outbox_attempt", "mail_template", "memorandum", "memorandum_revision",
            "memorandum_signature", "archive_alarm", "audit_entry");

    public final TestDatabase db;
    public final MutableClock clock = new MutableClock(T0);
    public final EntityManager em;
    public final AuditTrail audit;
    public final Events events;
    public final Delegations delegations;
    public final DelegateLinks links;
    public final AgendaItems agenda;
    public final RecordedEvents<AgendaReleased> released = new RecordedEvents<>();
    public final AgendaReleases releases;

    public ForumFixture(TestDatabase db) {
        this(db, db.entityManagerFactory());
    }

    /**
     * Services on an entity manager of {@code factory}: a factory of its own on the same database, made with
     * {@link TestDatabase#createEntityManagerFactory}, stands for a second application instance.
     */
    public ForumFixture(TestDatabase db, jakarta.persistence.EntityManagerFactory factory) {
        this.db = db;
        this.em = factory.createEntityManager();
        this.audit = new AuditTrail(em, clock, () -> OFFICER);
        this.events = new Events(em, audit);
        this.delegations = new Delegations(em, events, audit);
        this.links = new DelegateLinks(em, delegations, audit, clock);
        this.agenda = new AgendaItems(em, events, delegations, audit);
        this.releases = new AgendaReleases(em, events, agenda, delegations, audit, clock, released);
    }

    public <T> T tx(Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }

    public void tx(Runnable work) {
        TestDatabase.inTransaction(em, work);
    }

    /** Runs work in a transaction that must be refused with a ForumException; returns it. */
    public ForumException refused(Runnable work) {
        try {
            tx(work);
        } catch (ForumException e) {
            return e;
        }
        throw new AssertionError("expected the request to be refused with a ForumException");
    }

    /**
     * Like {@link #refused}, and checks that not a single row was added, removed or changed in any table the
     * services write (compared row by row, through JDBC).
     */
    public ForumException refusedStoringNothing(Runnable work) {
        Map<String, List<List<String>>> before = snapshot();
        ForumException e = refused(work);
        Map<String, List<List<String>>> after = snapshot();
        if (!before.equals(after)) {
            throw new AssertionError("a refused request changed the database:\nbefore " + before + "\nafter  " + after);
        }
        return e;
    }

    /** Reads with an entity manager of its own, so nothing comes from the service's persistence context. */
    public <T> T fresh(Function<EntityManager, T> read) {
        EntityManager reader = db.newEntityManager();
        try {
            return read.apply(reader);
        } finally {
            reader.close();
        }
    }

    public long count(String table) {
        return query("SELECT COUNT(*) FROM " + table, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /** Every row of the table as text, ordered by its first column (the id). */
    public List<List<String>> rows(String table) {
        return query("SELECT * FROM " + table + " ORDER BY 1", ForumFixture::rows);
    }

    /** Every column name and value of every row, lower-case names. */
    public List<Map<String, String>> rowsByColumn(String table) {
        return query("SELECT * FROM " + table + " ORDER BY 1", rs -> {
            List<Map<String, String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    /** The audit trail, oldest entry first. */
    public List<AuditEntry> auditEntries() {
        List<AuditEntry> entries = fresh(reader -> new AuditTrail(reader, clock, () -> "reader")
                .search(new AuditFilter(null, null, null, null, null, null, 0, AuditFilter.MAX_LIMIT)).entries());
        List<AuditEntry> oldestFirst = new ArrayList<>(entries);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public void close() {
        if (em.isOpen()) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private Map<String, List<List<String>>> snapshot() {
        Map<String, List<List<String>>> all = new LinkedHashMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    all.put(table, rows(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables", e);
        }
        return all;
    }

    private static List<List<String>> rows(ResultSet rs) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                row.add(rs.getString(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, ResultReader<T> reader) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }
}
