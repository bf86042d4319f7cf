package org.forumprotocol.core.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.event.Event;

/**
 * The register of outgoing letters and their reference numbers: sequential per organisation and year, never
 * given twice. A letter to the same delegate about the same event keeps its number when printed again.
 */
@ApplicationScoped
@Transactional
public class OutgoingLetters {
    /** The kind of letter an invitation is. */
    public static final String INVITATION = "INVITATION";
    private static final int ORGANISATION_LENGTH = 200;

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected OutgoingLetters() {
    }

    @Inject
    public OutgoingLetters(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The reference of the letter of {@code kind} to the delegate about its event: the one already issued, or
     * the organisation's next number of the current year in the event's time zone.
     */
    public OutgoingReference issue(String kind, Delegate delegate, String organisation) {
        Event event = delegate.getDelegation().getEvent();
        OutgoingReference existing = find(kind, event.getId(), delegate.getId());
        if (existing != null) {
            return existing;
        }
        String org = key(organisation);
        LocalDate today = LocalDate.ofInstant(clock.instant(), event.getTimeZone());
        int year = today.getYear();
        // The update locks the counter's row until commit: issuers of the same register take turns.
        int updated = em.createNativeQuery("UPDATE outgoing_counter SET last_number = last_number + 1"
                + " WHERE organisation = ?1 AND letter_year = ?2").setParameter(1, org).setParameter(2, year).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO outgoing_counter (organisation, letter_year, last_number) VALUES (?1, ?2, 1)")
                    .setParameter(1, org).setParameter(2, year).executeUpdate();
        }
        int number = ((Number) em.createNativeQuery("SELECT last_number FROM outgoing_counter WHERE organisation = ?1 AND letter_year = ?2")
                .setParameter(1, org).setParameter(2, year).getSingleResult()).intValue();
        em.createNativeQuery("INSERT INTO outgoing_letter (kind, event_id, delegate_id, organisation, letter_year, seq_number,"
                        + " issued_on, issued_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, kind).setParameter(2, event.getId()).setParameter(3, delegate.getId()).setParameter(4, org)
                .setParameter(5, year).setParameter(6, number).setParameter(7, java.sql.Date.valueOf(today))
                .setParameter(8, Timestamp.from(clock.instant())).executeUpdate();
        OutgoingReference reference = new OutgoingReference(org, year, number, today);
        audit.record("OutgoingLetter", kind + ":" + event.getId() + ":" + delegate.getId(), "ISSUE",
                kind + " No. " + reference.text() + " of " + org + " to " + delegate.displayName(event.hostLanguage()));
        return reference;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutgoingReference find(String kind, long eventId, long delegateId) {
        List<?> rows = em.createNativeQuery("SELECT organisation, letter_year, seq_number, issued_on FROM outgoing_letter"
                + " WHERE kind = ?1 AND event_id = ?2 AND delegate_id = ?3")
                .setParameter(1, kind).setParameter(2, eventId).setParameter(3, delegateId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new OutgoingReference((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), localDate(row[3]));
    }

    /**
     * Whether {@code failure} is a unique constraint refusing a row that a concurrent transaction inserted first:
     * two requests taking the first number of an organisation's new year, or issuing the same letter, at the same
     * moment. The loser's transaction is rolled back; issuing again in a new transaction finds the winner's row
     * and takes the next number (or the same letter's), so callers outside a transaction retry once.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++) {
            // 23505: unique_violation on PostgreSQL, DUPLICATE_KEY_1 on H2.
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }

    /** The register's name: the organisation as written, in one case and spacing, so that one office keeps one count. */
    static String key(String organisation) {
        String clean = organisation == null ? "" : organisation.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            throw ForumException.invalid("organisation", "a letter needs the name of the organisation that sends it");
        }
        return clean.length() > ORGANISATION_LENGTH ? clean.substring(0, ORGANISATION_LENGTH) : clean;
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(String.valueOf(value).substring(0, 10));
    }
}
