package org.forumprotocol.core.agenda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.forumprotocol.core.event.Event;

/**
 * Release N of an event's programme: the items as they were published, in time order, removed ones carried on
 * as cancelled. Immutable once stored; the working copy ({@link AgendaItems}) moves on without touching it.
 */
@Entity
@Table(name = "agenda_release")
@NamedQuery(name = "AgendaRelease.ofEvent",
        query = "select r from AgendaRelease r where r.event.id = :event order by r.number desc")
@NamedQuery(name = "AgendaRelease.byNumber",
        query = "select r from AgendaRelease r where r.event.id = :event and r.number = :number")
@NamedQuery(name = "AgendaRelease.upTo",
        query = "select r from AgendaRelease r where r.event.id = :event and r.number <= :number order by r.number")
public class AgendaRelease {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @Column(name = "release_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false, length = 64)
    private String publishedBy;

    @Column(updatable = false, length = 1000)
    private String note;

    @Column(name = "items_added", nullable = false, updatable = false)
    private int added;

    @Column(name = "items_removed", nullable = false, updatable = false)
    private int removed;

    @Column(name = "items_changed", nullable = false, updatable = false)
    private int changed;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agenda_release_item", joinColumns = @JoinColumn(name = "release_id"))
    @OrderColumn(name = "item_order")
    private List<ReleasedItemRow> rows = new ArrayList<>();

    protected AgendaRelease() {
    }

    AgendaRelease(Event event, int number, List<ReleasedItem> items, List<AgendaChange> changes, Instant publishedAt,
                  String publishedBy, String note) {
        this.event = event;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = note;
        items.forEach(i -> rows.add(new ReleasedItemRow(i)));
        for (AgendaChange c : changes) {
            switch (c.kind()) {
                case ADDED -> added++;
                case REMOVED -> removed++;
                case CHANGED -> changed++;
            }
        }
    }

    /** Every item of the release in time order, cancelled ones included (calendars must learn they are off). */
    public List<ReleasedItem> getItems() {
        return rows.stream().map(ReleasedItemRow::item).toList();
    }

    /** The items that take place, in time order: what a printed programme shows. */
    public List<ReleasedItem> getScheduledItems() {
        return rows.stream().map(ReleasedItemRow::item).filter(i -> !i.cancelled()).toList();
    }

    /** The item with this uid as this release has it, cancelled or not. */
    public Optional<ReleasedItem> item(String uid) {
        return rows.stream().filter(r -> r.uid().equals(uid)).map(ReleasedItemRow::item).findFirst();
    }

    public boolean isFirst() {
        return number == 1;
    }

    public boolean belongsTo(long eventId) {
        return event.getId() == eventId;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    /** 1 for the first release of the event, one more for each later one. */
    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** The account that published it, as in the audit trail. */
    public String getPublishedBy() {
        return publishedBy;
    }

    /** What the officer said about the release, if anything. */
    public String getNote() {
        return note;
    }

    /** Items added since the previous release (all items, for the first). */
    public int getAdded() {
        return added;
    }

    /** Items cancelled since the previous release. */
    public int getRemoved() {
        return removed;
    }

    /** Items changed since the previous release. */
    public int getChanged() {
        return changed;
    }
}
