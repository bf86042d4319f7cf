package org.forumprotocol.core.agenda;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.agenda.AgendaItemDetails.Interpretation;
import org.forumprotocol.core.agenda.AgendaItemDetails.Speaker;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.DelegationStatus;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.OrderOfPrecedence;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.i18n.TextRules;

/**
 * An event's venues and programme: adding, changing and removing items, and the programme in time order
 * with its warnings. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class AgendaItems {
    static final String VENUE = "Venue";
    static final String ITEM = "AgendaItem";
    static final int CAPACITY_MAX = 100_000;
    static final int DRESS_CODE_MAX = 200;
    static final int LIST_MAX = 200;

    private EntityManager em;
    private Events events;
    private Delegations delegations;
    private AuditTrail audit;

    protected AgendaItems() {
    }

    @Inject
    public AgendaItems(EntityManager em, Events events, Delegations delegations, AuditTrail audit) {
        this.em = em;
        this.events = events;
        this.delegations = delegations;
        this.audit = audit;
    }

    // --- venues ---

    public Venue addVenue(long eventId, VenueDetails details) {
        Event event = events.get(eventId);
        Venue venue = new Venue(event);
        apply(venue, event, details);
        em.persist(venue);
        em.flush();
        audit.record(VENUE, venue.getId(), "CREATE", describe(venue));
        return venue;
    }

    public Venue updateVenue(long id, VenueDetails details) {
        Venue venue = venue(id);
        if (details.expectedVersion() != null && details.expectedVersion() != venue.getVersion()) {
            throw ForumException.stale("Venue " + id);
        }
        String before = describe(venue);
        apply(venue, venue.getEvent(), details);
        em.flush();
        audit.record(VENUE, id, "UPDATE", before + " → " + describe(venue));
        return venue;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Venue venue(long id) {
        Venue venue = em.find(Venue.class, id);
        if (venue == null) {
            throw ForumException.notFound("Venue " + id);
        }
        return venue;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Venue> venuesOf(long eventId) {
        events.get(eventId);
        return em.createNamedQuery("Venue.ofEvent", Venue.class).setParameter("event", eventId).getResultList();
    }

    private static void apply(Venue venue, Event event, VenueDetails d) {
        FieldChecks checks = new FieldChecks();
        LocalizedText name = checks.localized("name", d.name(), TextRules.NAME_MAX, true);
        LocalizedText address = checks.localized("address", d.address(), TextRules.TEXT_MAX, false);
        workingLanguages(checks, event, "name", name);
        workingLanguages(checks, event, "address", address);
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > CAPACITY_MAX)) {
            checks.add("capacity", "must be between 1 and " + CAPACITY_MAX + ", or empty when not known");
        }
        checks.throwIfAny("The venue cannot be saved");
        venue.change(name, address, d.capacity());
    }

    // --- items ---

    public AgendaItem add(long eventId, AgendaItemDetails details) {
        Event event = events.get(eventId);
        AgendaItem item = new AgendaItem(event);
        apply(item, event, details);
        em.persist(item);
        em.flush();
        audit.record(ITEM, item.getId(), "CREATE", describe(item));
        return item;
    }

    public AgendaItem update(long id, AgendaItemDetails details) {
        AgendaItem item = item(id);
        if (details.expectedVersion() != null && details.expectedVersion() != item.getVersion()) {
            throw ForumException.stale("Agenda item " + id);
        }
        String before = describe(item);
        apply(item, item.getEvent(), details);
        em.flush();
        audit.record(ITEM, id, "UPDATE", before + " → " + describe(item));
        return item;
    }

    public void remove(long id) {
        AgendaItem item = item(id);
        String description = describe(item);
        em.remove(item);
        em.flush();
        audit.record(ITEM, id, "DELETE", description);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgendaItem item(long id) {
        AgendaItem item = em.find(AgendaItem.class, id);
        if (item == null) {
            throw ForumException.notFound("Agenda item " + id);
        }
        return item;
    }

    /** The event's items in time order (start, then end). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaItem> itemsOf(long eventId) {
        events.get(eventId);
        return em.createNamedQuery("AgendaItem.ofEvent", AgendaItem.class).setParameter("event", eventId).getResultList();
    }

    /** The event's programme in time order, each item with its warnings. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaEntry> agendaOf(long eventId) {
        Event event = events.get(eventId);
        List<AgendaItem> items = itemsOf(eventId);
        Map<Long, Delegate> delegates = new HashMap<>();
        delegations.delegatesOf(eventId).forEach(d -> delegates.put(d.getId(), d));
        Language host = event.hostLanguage();
        List<AgendaEntry> entries = new ArrayList<>(items.size());
        for (AgendaItem item : items) {
            List<AgendaWarning> warnings = new ArrayList<>();
            if (!item.isWithin(event.getStartsOn(), event.getEndsOn())) {
                warnings.add(new AgendaWarning(AgendaWarning.Code.OUTSIDE_EVENT_DAYS, "the event runs from "
                        + event.getStartsOn() + " to " + event.getEndsOn() + "; the item " + when(item)));
            }
            for (AgendaItem other : items) {
                if (other == item || !item.overlaps(other)) {
                    continue;
                }
                for (Long speaker : item.getSpeakerIds()) {
                    if (other.hasSpeaker(speaker)) {
                        warnings.add(new AgendaWarning(AgendaWarning.Code.SPEAKER_DOUBLE_BOOKED, name(delegates, speaker, host)
                                + " also speaks at «" + other.getTitle().in(host) + "» " + when(other)));
                    }
                }
                if (item.needsSamePlaceAs(other)) {
                    warnings.add(new AgendaWarning(AgendaWarning.Code.PLACE_DOUBLE_BOOKED, place(other, host)
                            + " is also taken by «" + other.getTitle().in(host) + "» " + when(other)));
                }
            }
            for (Long speaker : item.getSpeakerIds()) {
                Delegate d = delegates.get(speaker);
                if (d != null && d.getDelegation().getStatus() == DelegationStatus.CANCELLED) {
                    warnings.add(new AgendaWarning(AgendaWarning.Code.SPEAKER_DELEGATION_CANCELLED, name(delegates, speaker, host)
                            + " belongs to «" + d.getDelegation().getName().in(host) + "», which is cancelled"));
                }
            }
            entries.add(new AgendaEntry(item, List.copyOf(warnings)));
        }
        return entries;
    }

    private void apply(AgendaItem item, Event event, AgendaItemDetails d) {
        FieldChecks checks = new FieldChecks();
        AgendaItemKind kind = checks.choice("kind", d.kind(), AgendaItemKind.class);
        checks.required("kind", d.kind());
        Visibility visibility = checks.choice("visibility", d.visibility(), Visibility.class);

        checks.required("startsAt", d.startsAt());
        checks.required("endsAt", d.endsAt());
        ZoneId zone = event.getTimeZone();
        existsIn(checks, zone, "startsAt", d.startsAt());
        existsIn(checks, zone, "endsAt", d.endsAt());
        if (d.startsAt() != null && d.endsAt() != null && d.endsAt().isBefore(d.startsAt())) {
            checks.add("endsAt", "must not be before startsAt");
        }

        LocalizedText title = checks.localized("title", d.title(), TextRules.TEXT_MAX, false);
        Language host = event.hostLanguage();
        String hostTitle = "title." + host.code();
        if (title.get(host).isEmpty() && !checks.has(hostTitle)) {
            checks.add(hostTitle, "is required in the host language (" + host.code() + ")");
        }
        workingLanguages(checks, event, "title", title);
        LocalizedText description = checks.localized("description", d.description(), TextRules.NOTES_MAX, false);
        workingLanguages(checks, event, "description", description);
        LocalizedText room = checks.localized("room", d.room(), TextRules.NAME_MAX, false);
        workingLanguages(checks, event, "room", room);

        Venue venue = venue(checks, event, d.venue());
        List<Long> delegationIds = delegations(checks, event, d.delegations());
        List<Delegate> speakers = new ArrayList<>();
        List<Boolean> manual = new ArrayList<>();
        List<Speaker> given = d.speakers() == null ? List.of() : d.speakers();
        tooMany(checks, "speakers", given);
        for (int i = 0; i < given.size(); i++) {
            Speaker s = given.get(i);
            Delegate delegate = delegate(checks, event, "speakers[" + i + "]", s == null ? null : s.delegate(), speakers);
            if (delegate != null) {
                speakers.add(delegate);
                manual.add(s.manual());
            }
        }
        List<Delegate> moderators = new ArrayList<>();
        List<String> givenModerators = d.moderators() == null ? List.of() : d.moderators();
        tooMany(checks, "moderators", givenModerators);
        for (int i = 0; i < givenModerators.size(); i++) {
            Delegate delegate = delegate(checks, event, "moderators[" + i + "]", givenModerators.get(i), moderators);
            if (delegate != null) {
                moderators.add(delegate);
            }
        }

        Language from = null;
        List<Language> to = new ArrayList<>();
        Interpretation interpretation = d.interpretation();
        if (interpretation != null) {
            from = workingLanguage(checks, event, "interpretation.from", interpretation.from());
            List<String> codes = interpretation.to() == null ? List.of() : interpretation.to();
            Set<Language> targets = new LinkedHashSet<>();
            for (int i = 0; i < codes.size(); i++) {
                String field = "interpretation.to[" + i + "]";
                Language l = workingLanguage(checks, event, field, codes.get(i));
                if (l == null) {
                    if (!checks.has(field)) {
                        checks.add(field, "is empty; a working language of the event");
                    }
                } else if (l == from) {
                    checks.add(field, "is the language interpreted from");
                } else if (!targets.add(l)) {
                    checks.add(field, "'" + codes.get(i) + "' is listed twice");
                }
            }
            if (from == null && !targets.isEmpty() && !checks.has("interpretation.from")) {
                checks.add("interpretation.from", "is required when there are languages to interpret into");
            }
            if (from != null && targets.isEmpty() && codes.isEmpty()) {
                checks.add("interpretation.to", "at least one language to interpret into is required");
            }
            to.addAll(targets);
        }
        String dressCode = checks.text("dressCode", d.dressCode(), DRESS_CODE_MAX);
        String staffNotes = checks.text("staffNotes", d.staffNotes(), TextRules.NOTES_MAX);
        checks.throwIfAny("The agenda item cannot be saved");

        item.change(kind, d.startsAt(), d.endsAt(), title, description, venue, room, delegationIds,
                speakerOrder(speakers, manual, host), moderators.stream().map(Delegate::getId).toList(), from, to,
                dressCode, staffNotes, visibility == null ? Visibility.DELEGATES : visibility);
    }

    /**
     * Speakers fixed by hand keep the place they were given; the others fill the remaining places in the order
     * of precedence (in the host language, for ties broken by name).
     */
    static List<SpeakerSlot> speakerOrder(List<Delegate> speakers, List<Boolean> manual, Language host) {
        List<Integer> places = java.util.stream.IntStream.range(0, speakers.size()).boxed().toList();
        return SpeakerPlaces.arrange(places, manual::get, free -> {
                    List<Integer> unplaced = new ArrayList<>(free);
                    List<Integer> ordered = new ArrayList<>();
                    for (OrderOfPrecedence.Place place : OrderOfPrecedence.of(free.stream().map(speakers::get).toList(), host)) {
                        Integer at = unplaced.stream().filter(i -> speakers.get(i) == place.delegate()).findFirst().orElseThrow();
                        unplaced.remove(at);
                        ordered.add(at);
                    }
                    return ordered;
                })
                .stream()
                .map(i -> new SpeakerSlot(speakers.get(i).getId(), manual.get(i)))
                .toList();
    }

    private static void existsIn(FieldChecks checks, ZoneId zone, String field, LocalDateTime time) {
        if (time != null && zone.getRules().getValidOffsets(time).isEmpty()) {
            checks.add(field, time + " does not exist in " + zone.getId() + ": the clocks are put forward then");
        }
    }

    private static void workingLanguages(FieldChecks checks, Event event, String field, LocalizedText text) {
        for (Language l : text.asMap().keySet()) {
            if (!event.isWorkingLanguage(l)) {
                checks.add(field + "." + l.code(), "is not one of the event's working languages");
            }
        }
    }

    private static Language workingLanguage(FieldChecks checks, Event event, String field, String code) {
        Language l = checks.language(field, code);
        if (l != null && !event.isWorkingLanguage(l)) {
            checks.add(field, "'" + code + "' is not one of the event's working languages "
                    + event.getLanguages().stream().map(Language::code).toList());
            return null;
        }
        return l;
    }

    private static void tooMany(FieldChecks checks, String field, List<?> values) {
        if (values.size() > LIST_MAX) {
            checks.add(field, "at most " + LIST_MAX + " are allowed");
        }
    }

    private Venue venue(FieldChecks checks, Event event, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        Long venueId = id(checks, "venue", id);
        Venue venue = venueId == null ? null : em.find(Venue.class, venueId);
        if (venueId != null && (venue == null || !venue.belongsTo(event))) {
            checks.add("venue", "no venue " + id + " in this event");
            return null;
        }
        return venue;
    }

    private List<Long> delegations(FieldChecks checks, Event event, List<String> ids) {
        List<Long> found = new ArrayList<>();
        List<String> given = ids == null ? List.of() : ids;
        tooMany(checks, "delegations", given);
        for (int i = 0; i < given.size(); i++) {
            String field = "delegations[" + i + "]";
            Long id = id(checks, field, given.get(i));
            if (id == null) {
                continue;
            }
            Delegation delegation = em.find(Delegation.class, id);
            if (delegation == null || !delegation.getEvent().getId().equals(event.getId())) {
                checks.add(field, "no delegation " + given.get(i) + " in this event");
            } else if (found.contains(id)) {
                checks.add(field, "is listed twice");
            } else {
                found.add(id);
            }
        }
        return found;
    }

    private Delegate delegate(FieldChecks checks, Event event, String field, String id, List<Delegate> already) {
        Long delegateId = id(checks, field, id);
        if (delegateId == null) {
            return null;
        }
        Delegate delegate = em.find(Delegate.class, delegateId);
        if (delegate == null || !delegate.getDelegation().getEvent().getId().equals(event.getId())) {
            checks.add(field, "no delegate " + id + " in this event");
            return null;
        }
        if (already.stream().anyMatch(d -> d.getId().equals(delegateId))) {
            checks.add(field, "is listed twice");
            return null;
        }
        return delegate;
    }

    private static Long id(FieldChecks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            checks.add(field, "is empty; an id is required");
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            checks.add(field, "'" + value + "' is not an id");
            return null;
        }
    }

    private static String when(AgendaItem item) {
        return item.getStartsAt() + "–" + item.getEndsAt();
    }

    private static String name(Map<Long, Delegate> delegates, Long id, Language host) {
        Delegate d = delegates.get(id);
        return d == null ? "delegate " + id : d.displayName(host);
    }

    private static String place(AgendaItem item, Language host) {
        String venue = item.getVenue().map(v -> v.getName().in(host)).orElse("");
        String room = item.getRoom().in(host);
        return (venue + (venue.isEmpty() || room.isEmpty() ? "" : ", ") + room).strip();
    }

    private static String describe(Venue v) {
        Language host = v.getEvent().hostLanguage();
        return v.getName().in(host) + (v.getCapacity() == null ? "" : " (" + v.getCapacity() + ")");
    }

    private static String describe(AgendaItem i) {
        Language host = i.getEvent().hostLanguage();
        return i.getKind() + " «" + i.getTitle().in(host) + "» " + when(i) + " " + i.getVisibility() + " uid " + i.getUid()
                + (i.getSpeakers().isEmpty() ? "" : " speakers " + i.getSpeakers());
    }
}
