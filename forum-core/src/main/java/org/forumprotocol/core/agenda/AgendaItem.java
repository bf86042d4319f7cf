package org.forumprotocol.core.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LanguageListConverter;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * One item of an event's programme. Its times are local date-times in the event's time zone, as printed in
 * the programme. The {@code uid} is given once, at creation, and never changes: calendars recognise the item
 * by it across every later edit.
 */
@Entity
@Table(name = "agenda_item")
@NamedQuery(name = "AgendaItem.ofEvent",
        query = "select i from AgendaItem i where i.event.id = :event order by i.startsAt, i.endsAt, i.id")
public class AgendaItem {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @Column(name = "item_uid", nullable = false, updatable = false, length = 36)
    private String uid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgendaItemKind kind;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false, length = 4000)
    private LocalizedText title;

    @Column(nullable = false, length = 4000)
    private LocalizedText description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Column(nullable = false, length = 4000)
    private LocalizedText room;

    @ElementCollection
    @CollectionTable(name = "agenda_delegation", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "delegation_order")
    @Column(name = "delegation_id", nullable = false)
    private List<Long> delegations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agenda_speaker", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "speaker_order")
    private List<SpeakerSlot> speakers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agenda_moderator", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "moderator_order")
    @Column(name = "delegate_id", nullable = false)
    private List<Long> moderators = new ArrayList<>();

    @Column(name = "interpretation_from", length = 8)
    private String interpretationFrom;

    @Convert(converter = LanguageListConverter.class)
    @Column(name = "interpretation_to", nullable = false, length = 32)
    private List<Language> interpretationTo = new ArrayList<>();

    @Column(name = "dress_code", length = 200)
    private String dressCode;

    @Column(name = "staff_notes", length = 4000)
    private String staffNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    protected AgendaItem() {
    }

    AgendaItem(Event event) {
        this.event = event;
        this.uid = UUID.randomUUID().toString();
    }

    void change(AgendaItemKind kind, LocalDateTime startsAt, LocalDateTime endsAt, LocalizedText title,
                LocalizedText description, Venue venue, LocalizedText room, List<Long> delegations,
                List<SpeakerSlot> speakers, List<Long> moderators, Language interpretationFrom,
                List<Language> interpretationTo, String dressCode, String staffNotes, Visibility visibility) {
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.title = title;
        this.description = description;
        this.venue = venue;
        this.room = room;
        // Changed in place: the collections are the persistence provider's, which track what changed.
        replace(this.delegations, delegations);
        replace(this.speakers, speakers);
        replace(this.moderators, moderators);
        this.interpretationFrom = interpretationFrom == null ? null : interpretationFrom.code();
        this.interpretationTo = List.copyOf(interpretationTo);
        this.dressCode = dressCode;
        this.staffNotes = staffNotes;
        this.visibility = visibility;
    }

    private static <T> void replace(List<T> current, List<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    /** Whether the two items share some time; one ending when the other starts does not. */
    public boolean overlaps(AgendaItem other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    /**
     * Whether the two items need the same place: the same venue (or both none) and the same room, or one of
     * them takes the whole venue (no room). Items with neither venue nor room need no place.
     */
    public boolean needsSamePlaceAs(AgendaItem other) {
        if (!hasPlace() || !other.hasPlace() || !Objects.equals(venueId(), other.venueId())) {
            return false;
        }
        return room.isEmpty() || other.room.isEmpty() || room.asMap().entrySet().stream()
                .anyMatch(e -> e.getValue().equalsIgnoreCase(other.room.get(e.getKey()).orElse("")));
    }

    private boolean hasPlace() {
        return venue != null || !room.isEmpty();
    }

    private Long venueId() {
        return venue == null ? null : venue.getId();
    }

    /** Whether the item lies within the event's days (an end at midnight after the last day still does). */
    public boolean isWithin(LocalDate firstDay, LocalDate lastDay) {
        return !startsAt.toLocalDate().isBefore(firstDay) && !endsAt.isAfter(lastDay.plusDays(1).atStartOfDay());
    }

    public boolean hasSpeaker(Long delegateId) {
        return speakers.stream().anyMatch(s -> s.getDelegateId().equals(delegateId));
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

    public String getUid() {
        return uid;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public Optional<Venue> getVenue() {
        return Optional.ofNullable(venue);
    }

    public LocalizedText getRoom() {
        return room;
    }

    public List<Long> getDelegations() {
        return List.copyOf(delegations);
    }

    /** The speakers in the order they take the floor. */
    public List<SpeakerSlot> getSpeakers() {
        return List.copyOf(speakers);
    }

    public List<Long> getSpeakerIds() {
        return speakers.stream().map(SpeakerSlot::getDelegateId).toList();
    }

    public List<Long> getModerators() {
        return List.copyOf(moderators);
    }

    public Optional<Language> getInterpretationFrom() {
        return Language.of(interpretationFrom);
    }

    public List<Language> getInterpretationTo() {
        return interpretationTo;
    }

    public String getDressCode() {
        return dressCode;
    }

    /** Notes for protocol staff only; never shown to delegates. */
    public String getStaffNotes() {
        return staffNotes;
    }

    public Visibility getVisibility() {
        return visibility;
    }
}
