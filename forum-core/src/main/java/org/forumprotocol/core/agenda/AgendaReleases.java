package org.forumprotocol.core.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;

/**
 * Publishing the working copy of an event's programme as release N, and reading releases back: the whole
 * programme, what changed since the release before, whose programme it changed (change notices), and each
 * delegate's personal programme. Delegates only ever see what a release holds.
 */
@ApplicationScoped
@Transactional
public class AgendaReleases {
    static final String RELEASE = "AgendaRelease";
    static final int NOTE_MAX = 1000;

    private EntityManager em;
    private Events events;
    private AgendaItems agenda;
    private Delegations delegations;
    private AuditTrail audit;
    private Clock clock;
    private jakarta.enterprise.event.Event<AgendaReleased> released;

    protected AgendaReleases() {
    }

    @Inject
    public AgendaReleases(EntityManager em, Events events, AgendaItems agenda, Delegations delegations, AuditTrail audit,
                          Clock clock, jakarta.enterprise.event.Event<AgendaReleased> released) {
        this.em = em;
        this.events = events;
        this.agenda = agenda;
        this.delegations = delegations;
        this.audit = audit;
        this.clock = clock;
        this.released = released;
    }

    /**
     * Publishes the event's working copy as the next release (1 for the first). Unchanged items keep their
     * sequence, changed ones get the next, removed ones are carried on as cancelled. Records a change notice for
     * every delegate whose personal programme changed (none for the first release: the invitation carries it).
     *
     * @param expectedLatestNumber the release the officer was looking at (0 for none yet), or null not to check;
     *                             refused as stale when another one was published meanwhile
     * @param note                 what the officer says about this release, optional
     * @throws ForumException CONFLICT when nothing changed since the latest release or the programme is empty;
     *                        STALE when {@code expectedLatestNumber} is not the latest; NOT_FOUND for no such event
     */
    public AgendaRelease publish(long eventId, Integer expectedLatestNumber, String note) {
        FieldChecks checks = new FieldChecks();
        String cleanNote = checks.text("note", note, NOTE_MAX);
        checks.throwIfAny("The release cannot be published");
        // One publication per event at a time: the second waits here and then sees the first one's release.
        Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ForumException.notFound("Event " + eventId);
        }

        Optional<AgendaRelease> latest = latest(eventId);
        int latestNumber = latest.map(AgendaRelease::getNumber).orElse(0);
        if (expectedLatestNumber != null && expectedLatestNumber != latestNumber) {
            throw new ForumException(Kind.STALE, "Release " + latestNumber + " is the latest now, not "
                    + expectedLatestNumber + ": someone published meanwhile; look at it before publishing again",
                    List.of(new FieldError("expectedLatestNumber", "the latest release is " + latestNumber)));
        }
        // The working copy cannot hold an error (an item ending before it starts): AgendaItems refuses to save one
        // and a check constraint backs it. Warnings (overlaps and the like) never stop a publication.
        List<AgendaItem> workingCopy = agenda.itemsOf(eventId);
        List<ReleasedItem> previous = latest.map(AgendaRelease::getItems).orElse(List.of());
        if (previous.isEmpty() && workingCopy.isEmpty()) {
            throw new ForumException(Kind.CONFLICT, "The programme has no items yet; add them before publishing it");
        }
        List<ReleasedItem> next = AgendaDiff.nextRelease(previous, workingCopy.stream().map(ReleasedItem::of).toList());
        List<AgendaChange> changes = AgendaDiff.changes(previous, next);
        if (changes.isEmpty()) {
            throw new ForumException(Kind.CONFLICT, "Nothing changed since release " + latestNumber
                    + " that delegates would see; there is nothing to publish");
        }

        Instant now = clock.instant();
        AgendaRelease release = new AgendaRelease(event, latestNumber + 1, next, changes, now, audit.currentActor(), cleanNote);
        em.persist(release);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Only reachable if a database ignored the lock above; the unique number still keeps releases apart.
            throw new ForumException(Kind.CONFLICT, "Release " + release.getNumber()
                    + " was published by someone else at the same moment; look at it before publishing again");
        }
        int notices = release.isFirst() ? 0 : recordNotices(eventId, release, changes, now);
        audit.record(RELEASE, release.getId(), "PUBLISH", "release " + release.getNumber() + " of event " + eventId + ": "
                + next.size() + " items, " + release.getAdded() + " added, " + release.getRemoved() + " removed, "
                + release.getChanged() + " changed; " + notices + " change notices"
                + (cleanNote == null ? "" : "; note: " + (cleanNote.length() > 500 ? cleanNote.substring(0, 500) + "…" : cleanNote)));
        released.fire(new AgendaReleased(eventId, release.getId(), release.getNumber()));
        return release;
    }

    private int recordNotices(long eventId, AgendaRelease release, List<AgendaChange> changes, Instant now) {
        int count = 0;
        for (Delegate delegate : delegations.delegatesOf(eventId)) {
            long delegateId = delegate.getId();
            long delegationId = delegate.getDelegation().getId();
            List<String> uids = changes.stream().filter(c -> c.concerns(delegateId, delegationId)).map(AgendaChange::uid).toList();
            if (!uids.isEmpty()) {
                em.persist(new ChangeNotice(release, delegate, uids, now));
                count++;
            }
        }
        return count;
    }

    /** The event's releases, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaRelease> releases(long eventId) {
        events.get(eventId);
        return em.createNamedQuery("AgendaRelease.ofEvent", AgendaRelease.class).setParameter("event", eventId).getResultList();
    }

    /** Release {@code number} of the event; NOT_FOUND when there is no such release. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgendaRelease release(long eventId, int number) {
        events.get(eventId);
        return em.createNamedQuery("AgendaRelease.byNumber", AgendaRelease.class).setParameter("event", eventId)
                .setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> ForumException.notFound("Release " + number + " of event " + eventId));
    }

    /** The newest release of the event, or empty when its programme was never published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AgendaRelease> latest(long eventId) {
        events.get(eventId);
        return em.createNamedQuery("AgendaRelease.ofEvent", AgendaRelease.class).setParameter("event", eventId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** What the release changed compared with the one before it (for release 1: every item, as added), in time order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaChange> changes(AgendaRelease release) {
        List<ReleasedItem> previous = release.isFirst() ? List.of()
                : release(release.getEvent().getId(), release.getNumber() - 1).getItems();
        return AgendaDiff.changes(previous, release.getItems());
    }

    /** The changes of the release that concern this delegate: those their change notice is about. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaChange> personalChanges(long delegateId, AgendaRelease release) {
        Delegate delegate = delegateOf(release, delegateId);
        long delegationId = delegate.getDelegation().getId();
        return changes(release).stream().filter(c -> c.concerns(delegateId, delegationId)).toList();
    }

    /**
     * The change log of the release in one language: one sentence per changed item, in time order, speakers
     * named as in that language; texts the item lacks in it come from the event's host language.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> changeLog(AgendaRelease release, Language language) {
        return logIn(release, language).lines(changes(release));
    }

    /** The change log of the release as one delegate is told it: only their changes, in their language. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> personalChangeLog(long delegateId, AgendaRelease release, Language language) {
        return logIn(release, language).lines(personalChanges(delegateId, release));
    }

    private ChangeLog logIn(AgendaRelease release, Language language) {
        long eventId = release.getEvent().getId();
        Event event = events.get(eventId);
        return ChangeLog.of(language, event.hostLanguage(), delegations.delegatesOf(eventId));
    }

    /** The change notices the release recorded, by delegate id (none for a first release). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeNotice> noticesOf(AgendaRelease release) {
        return em.createNamedQuery("ChangeNotice.ofRelease", ChangeNotice.class).setParameter("release", release.getId())
                .getResultList();
    }

    /** The event's change notices nobody has dealt with yet, oldest release first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeNotice> pendingNotices(long eventId) {
        events.get(eventId);
        return em.createNamedQuery("ChangeNotice.ofEventInState", ChangeNotice.class).setParameter("event", eventId)
                .setParameter("state", ChangeNotice.State.PENDING).getResultList();
    }

    /**
     * The delegate's personal programme in the release, in time order: the items that take place and that are
     * public or that they (or their delegation) take part in. Never staff-only items, never staff notes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReleasedItem> personalProgramme(long delegateId, AgendaRelease release) {
        Delegate delegate = delegateOf(release, delegateId);
        long delegationId = delegate.getDelegation().getId();
        return release.getScheduledItems().stream().filter(i -> i.inProgrammeOf(delegateId, delegationId)).toList();
    }

    /**
     * What the delegate's personal calendar must hold for this release: their programme, plus as cancelled every
     * item that was in it in an earlier release and no longer is (removed, made staff-only, or no longer theirs),
     * with the release's sequence and the content they last received. Time order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReleasedItem> personalCalendar(long delegateId, AgendaRelease release) {
        Delegate delegate = delegateOf(release, delegateId);
        long delegationId = delegate.getDelegation().getId();
        List<ReleasedItem> items = release.getItems();
        // An item still at sequence 0 never changed, so if it is not theirs now it never was: history is only
        // read when some item might have left their programme.
        boolean mayHaveLeft = items.stream().anyMatch(i -> i.sequence() > 0 && !i.inProgrammeOf(delegateId, delegationId));
        Map<String, ReleasedItem> lastReceived = mayHaveLeft ? lastReceived(release, delegateId, delegationId) : Map.of();
        List<ReleasedItem> calendar = new ArrayList<>();
        for (ReleasedItem item : items) {
            if (item.inProgrammeOf(delegateId, delegationId)) {
                calendar.add(item);
            } else if (lastReceived.containsKey(item.uid())) {
                calendar.add(lastReceived.get(item.uid()).withSequence(item.sequence() - 1).cancelledLater());
            }
        }
        return calendar;
    }

    private Map<String, ReleasedItem> lastReceived(AgendaRelease release, long delegateId, long delegationId) {
        Map<String, ReleasedItem> last = new HashMap<>();
        List<AgendaRelease> earlier = em.createNamedQuery("AgendaRelease.upTo", AgendaRelease.class)
                .setParameter("event", release.getEvent().getId()).setParameter("number", release.getNumber() - 1)
                .getResultList();
        for (AgendaRelease r : earlier) {
            for (ReleasedItem item : r.getItems()) {
                if (!item.cancelled() && item.inProgrammeOf(delegateId, delegationId)) {
                    last.put(item.uid(), item);
                }
            }
        }
        return last;
    }

    private Delegate delegateOf(AgendaRelease release, long delegateId) {
        Delegate delegate = delegations.delegate(delegateId);
        if (!release.belongsTo(delegate.getDelegation().getEvent().getId())) {
            throw ForumException.notFound("Delegate " + delegateId + " in the event of release " + release.getNumber());
        }
        return delegate;
    }
}
