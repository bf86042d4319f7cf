package org.forumprotocol.core.minutes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * The minutes of bilateral meetings and of the items of official visits: entered (and corrected) by an officer
 * as text per working language; every change is in the audit trail.
 */
@ApplicationScoped
@Transactional
public class Minutes {
    static final String MINUTES = "MeetingMinutes";
    /** About twenty pages of text a language: more is a pasted file, not minutes. */
    public static final int TEXT_MAX = 20000;

    private EntityManager em;
    private AgendaItems agenda;
    private AuditTrail audit;
    private Clock clock;

    protected Minutes() {
    }

    @Inject
    public Minutes(EntityManager em, AgendaItems agenda, AuditTrail audit, Clock clock) {
        this.em = em;
        this.agenda = agenda;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the minutes of the item, replacing any before. Topics are required in at least one language;
     * languages must be working languages of the event.
     *
     * @throws ForumException NOT_FOUND for no such item; CONFLICT for an item that keeps no minutes (a plenary
     *                        of a forum, a lunch); INVALID with the fields for bad text
     */
    public MeetingMinutes save(long itemId, Map<String, String> topics, Map<String, String> agreements) {
        AgendaItem item = agenda.item(itemId);
        requireMinutesKept(item);
        FieldChecks checks = new FieldChecks();
        LocalizedText cleanTopics = checks.localized("topics", topics, TEXT_MAX, true);
        LocalizedText cleanAgreements = checks.localized("agreements", agreements, TEXT_MAX, false);
        workingLanguages(checks, item, "topics", cleanTopics);
        workingLanguages(checks, item, "agreements", cleanAgreements);
        checks.throwIfAny("The minutes cannot be saved");
        Optional<MeetingMinutes> existing = find(itemId);
        MeetingMinutes minutes = existing.orElseGet(() -> new MeetingMinutes(item));
        minutes.change(cleanTopics, cleanAgreements, clock.instant(), audit.currentActor());
        if (existing.isEmpty()) {
            em.persist(minutes);
        }
        em.flush();
        audit.record(MINUTES, minutes.getId(), existing.isEmpty() ? "CREATE" : "UPDATE", "minutes of agenda item " + itemId
                + " in " + cleanTopics.asMap().keySet().stream().map(Language::code).toList() + ": "
                + cleanTopics.asMap().values().stream().mapToInt(String::length).sum() + " characters of topics, "
                + cleanAgreements.asMap().values().stream().mapToInt(String::length).sum() + " of agreements");
        return minutes;
    }

    /** The item's minutes, if an officer entered them. NOT_FOUND for no such item. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MeetingMinutes> of(long itemId) {
        agenda.item(itemId);
        return find(itemId);
    }

    /** Whether an item keeps minutes: a bilateral meeting anywhere, and every item of a visit or a meeting. */
    public static boolean kept(AgendaItem item) {
        return item.getKind() == AgendaItemKind.BILATERAL_MEETING || item.getEvent().getKind() != EventKind.FORUM;
    }

    private static void requireMinutesKept(AgendaItem item) {
        if (!kept(item)) {
            throw new ForumException(ForumException.Kind.CONFLICT, "Minutes are kept for bilateral meetings and for the items"
                    + " of official visits and meetings, not for a " + item.getKind() + " of a forum",
                    List.of(new FieldError("item", "is a " + item.getKind() + " of a forum")));
        }
    }

    private static void workingLanguages(FieldChecks checks, AgendaItem item, String field, LocalizedText text) {
        for (Language l : text.asMap().keySet()) {
            if (!item.getEvent().isWorkingLanguage(l)) {
                checks.add(field + "." + l.code(), "is not a working language of this event");
            }
        }
    }

    private Optional<MeetingMinutes> find(long itemId) {
        return em.createNamedQuery("MeetingMinutes.ofItem", MeetingMinutes.class).setParameter("item", itemId)
                .getResultStream().findFirst();
    }
}
