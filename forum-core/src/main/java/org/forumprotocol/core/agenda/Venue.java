package org.forumprotocol.core.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.LocalizedText;

/** A place of one event that agenda items take place in, such as a congress hall or a university campus. */
@Entity
@Table(name = "venue")
@NamedQuery(name = "Venue.ofEvent", query = "select v from Venue v where v.event.id = :event order by v.id")
public class Venue {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @Column(nullable = false, length = 4000)
    private LocalizedText name;

    @Column(nullable = false, length = 4000)
    private LocalizedText address;

    private Integer capacity;

    protected Venue() {
    }

    Venue(Event event) {
        this.event = event;
    }

    void change(LocalizedText name, LocalizedText address, Integer capacity) {
        this.name = name;
        this.address = address;
        this.capacity = capacity;
    }

    public boolean belongsTo(Event other) {
        return event.getId().equals(other.getId());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Event getEvent() {
        return event;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getAddress() {
        return address;
    }

    /** How many people it seats; null when not known. */
    public Integer getCapacity() {
        return capacity;
    }
}
