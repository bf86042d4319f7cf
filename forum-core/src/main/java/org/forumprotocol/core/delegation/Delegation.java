package org.forumprotocol.core.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.LocalizedText;

/** The people one country or organisation sends to an event. */
@Entity
@Table(name = "delegation")
@NamedQuery(name = "Delegation.ofEvent", query = "select d from Delegation d where d.event.id = :event order by d.id")
public class Delegation {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = 4000)
    private LocalizedText name;

    @Column(name = "sending_organisation", nullable = false, length = 4000)
    private LocalizedText sendingOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DelegationStatus status;

    @Embedded
    private Logistics logistics;

    @Column(length = 4000)
    private String notes;

    protected Delegation() {
    }

    Delegation(Event event) {
        this.event = event;
    }

    void change(String country, LocalizedText name, LocalizedText sendingOrganisation, DelegationStatus status,
                Logistics logistics, String notes) {
        this.country = country;
        this.name = name;
        this.sendingOrganisation = sendingOrganisation;
        this.status = status;
        this.logistics = logistics;
        this.notes = notes;
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

    public String getCountry() {
        return country;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getSendingOrganisation() {
        return sendingOrganisation;
    }

    public DelegationStatus getStatus() {
        return status;
    }

    public Logistics getLogistics() {
        return logistics == null ? new Logistics(null, null, null, null, null, null, null) : logistics;
    }

    public String getNotes() {
        return notes;
    }
}
