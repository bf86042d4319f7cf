package org.forumprotocol.core.agenda;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.forumprotocol.core.delegation.Delegate;

/**
 * That a release changed a delegate's personal programme, and which of its items: recorded when the release
 * is published, in the same transaction, so no affected delegate can be missed. The mail service tells the
 * delegate and then marks the notice {@link State#QUEUED}, or {@link State#SKIPPED} with the reason.
 */
@Entity
@Table(name = "change_notice")
@NamedQuery(name = "ChangeNotice.ofRelease",
        query = "select n from ChangeNotice n join fetch n.delegate where n.release.id = :release order by n.delegate.id")
@NamedQuery(name = "ChangeNotice.ofEventInState",
        query = "select n from ChangeNotice n join fetch n.delegate where n.release.event.id = :event"
                + " and n.state = :state order by n.release.number, n.delegate.id")
@NamedQuery(name = "ChangeNotice.deleteOfDelegate", query = "delete from ChangeNotice n where n.delegate.id = :delegate")
public class ChangeNotice {

    /** Where the notice stands: not dealt with yet, handed to the outbox, or deliberately not sent. */
    public enum State { PENDING, QUEUED, SKIPPED }

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "release_id", nullable = false, updatable = false)
    private AgendaRelease release;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegate_id", nullable = false, updatable = false)
    private Delegate delegate;

    @Convert(converter = ItemUidsConverter.class)
    @Column(name = "item_uids", nullable = false, updatable = false, length = 100_000)
    private List<String> itemUids;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(length = 1000)
    private String reason;

    protected ChangeNotice() {
    }

    ChangeNotice(AgendaRelease release, Delegate delegate, List<String> itemUids, Instant createdAt) {
        this.release = release;
        this.delegate = delegate;
        this.itemUids = List.copyOf(itemUids);
        this.state = State.PENDING;
        this.createdAt = createdAt;
    }

    /** The message telling the delegate was put in the outbox. */
    public void markQueued(Instant at) {
        handle(State.QUEUED, at, null);
    }

    /** The delegate will not be told, for the reason given (no e-mail address, a later release supersedes it…). */
    public void markSkipped(Instant at, String why) {
        handle(State.SKIPPED, at, why == null || why.length() <= 1000 ? why : why.substring(0, 1000));
    }

    private void handle(State next, Instant at, String why) {
        if (state != State.PENDING) {
            throw new IllegalStateException("change notice " + id + " was already " + state);
        }
        this.state = next;
        this.handledAt = at;
        this.reason = why;
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    /** Whether the change to this item is among those the delegate is told about. */
    public boolean concerns(String itemUid) {
        return itemUids.contains(itemUid);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AgendaRelease getRelease() {
        return release;
    }

    public Delegate getDelegate() {
        return delegate;
    }

    /** The uids of the release's changed items that concern the delegate, in the release's time order. */
    public List<String> getItemUids() {
        return itemUids;
    }

    public State getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When the mail service dealt with it; null while pending. */
    public Instant getHandledAt() {
        return handledAt;
    }

    /** Why it was skipped; null otherwise. */
    public String getReason() {
        return reason;
    }
}
