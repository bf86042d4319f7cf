package org.forumprotocol.core.minutes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.i18n.LocalizedText;

/** The minutes of one agenda item: topics discussed and agreements reached, per language, as an officer wrote them. */
@Entity
@Table(name = "meeting_minutes")
@NamedQuery(name = "MeetingMinutes.ofItem", query = "select m from MeetingMinutes m where m.item.id = :item")
public class MeetingMinutes {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @Column(nullable = false, length = 100000)
    private LocalizedText topics;

    @Column(nullable = false, length = 100000)
    private LocalizedText agreements;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected MeetingMinutes() {
    }

    MeetingMinutes(AgendaItem item) {
        this.item = item;
    }

    void change(LocalizedText topics, LocalizedText agreements, Instant at, String by) {
        this.topics = topics;
        this.agreements = agreements;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AgendaItem getItem() {
        return item;
    }

    public LocalizedText getTopics() {
        return topics;
    }

    public LocalizedText getAgreements() {
        return agreements;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The account that wrote the current text, as in the audit trail. */
    public String getUpdatedBy() {
        return updatedBy;
    }
}
