package org.forumprotocol.web.agenda;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaItemDetails;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.SpeakerPlaces;
import org.forumprotocol.core.agenda.SpeakerSlot;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.i18n.Language;

/**
 * The add-item and edit-item form as typed. Times are a day of the event and local times of its zone; an
 * item that ends after midnight ends on the next day. Speakers are kept in the order they will take the
 * floor: those an officer moved by hand keep their place ({@code manual}), the others fill the remaining
 * places in the order of precedence, as the service will save them.
 */
public class AgendaItemForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A speaker in the list, with the names the form shows. */
    public record Speaker(long delegateId, String name, String delegation, boolean manual) implements Serializable {
        Speaker manual(boolean fixed) {
            return new Speaker(delegateId, name, delegation, fixed);
        }
    }

    private Long id;
    private long version;
    private AgendaItemKind kind;
    private String day;
    private LocalTime startTime;
    private LocalTime endTime;
    private boolean endsNextDay;
    /** How many days after the start it ends, when it ends on a later day: kept for items entered so over the API. */
    private long laterDays = 1;
    private final LinkedHashMap<String, String> title = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> description = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> room = new LinkedHashMap<>();
    private String venue;
    private List<String> delegations = new ArrayList<>();
    private final ArrayList<Speaker> speakers = new ArrayList<>();
    private String speakerChoice;
    private List<String> moderators = new ArrayList<>();
    private String interpretationFrom;
    private List<String> interpretationTo = new ArrayList<>();
    private String dressCode;
    private String staffNotes;
    private Visibility visibility = Visibility.DELEGATES;

    /** A new item on that day; it is visible to delegates unless the officer says otherwise. */
    public static AgendaItemForm blank(LocalDate day) {
        AgendaItemForm f = new AgendaItemForm();
        f.day = day.toString();
        return f;
    }

    /** The item as saved; {@code speaker} names a delegate for the list. */
    public static AgendaItemForm of(AgendaItem item, LongFunction<Speaker> speaker) {
        AgendaItemForm f = new AgendaItemForm();
        f.id = item.getId();
        f.version = item.getVersion();
        f.kind = item.getKind();
        f.day = item.getStartsAt().toLocalDate().toString();
        f.startTime = item.getStartsAt().toLocalTime();
        f.endTime = item.getEndsAt().toLocalTime();
        long days = ChronoUnit.DAYS.between(item.getStartsAt().toLocalDate(), item.getEndsAt().toLocalDate());
        f.endsNextDay = days > 0;
        f.laterDays = Math.max(1, days);
        item.getTitle().asMap().forEach((l, v) -> f.title.put(l.code(), v));
        item.getDescription().asMap().forEach((l, v) -> f.description.put(l.code(), v));
        item.getRoom().asMap().forEach((l, v) -> f.room.put(l.code(), v));
        f.venue = item.getVenue().map(v -> String.valueOf(v.getId())).orElse(null);
        f.delegations = new ArrayList<>(item.getDelegations().stream().map(String::valueOf).toList());
        for (SpeakerSlot s : item.getSpeakers()) {
            f.speakers.add(speaker.apply(s.getDelegateId()).manual(s.isManual()));
        }
        f.moderators = new ArrayList<>(item.getModerators().stream().map(String::valueOf).toList());
        f.interpretationFrom = item.getInterpretationFrom().map(Language::code).orElse(null);
        f.interpretationTo = new ArrayList<>(item.getInterpretationTo().stream().map(Language::code).toList());
        f.dressCode = item.getDressCode();
        f.staffNotes = item.getStaffNotes();
        f.visibility = item.getVisibility();
        return f;
    }

    // --- speakers ---

    /** Adds a speaker after the others, unless already listed; {@code precedence} then puts them in place. */
    public void addSpeaker(Speaker speaker, Function<List<Long>, List<Long>> precedence) {
        if (speakers.stream().noneMatch(s -> s.delegateId() == speaker.delegateId())) {
            speakers.add(speaker.manual(false));
        }
        arrange(precedence);
    }

    public void removeSpeaker(long delegateId, Function<List<Long>, List<Long>> precedence) {
        speakers.removeIf(s -> s.delegateId() == delegateId);
        arrange(precedence);
    }

    /** Moves a speaker one place up or down ({@code by} -1 or 1) and fixes it there. */
    public void moveSpeaker(long delegateId, int by, Function<List<Long>, List<Long>> precedence) {
        int from = indexOf(delegateId);
        int to = from + by;
        if (from < 0 || to < 0 || to >= speakers.size()) {
            return;
        }
        Speaker other = speakers.get(to);
        speakers.set(to, speakers.get(from).manual(true));
        speakers.set(from, other);
        arrange(precedence);
    }

    /** Gives a speaker fixed by hand back to the order of precedence. */
    public void unfixSpeaker(long delegateId, Function<List<Long>, List<Long>> precedence) {
        int i = indexOf(delegateId);
        if (i >= 0) {
            speakers.set(i, speakers.get(i).manual(false));
            arrange(precedence);
        }
    }

    /** Every speaker in the order of precedence again. */
    public void resetSpeakerOrder(Function<List<Long>, List<Long>> precedence) {
        speakers.replaceAll(s -> s.manual(false));
        arrange(precedence);
    }

    /**
     * Places fixed by hand stay; the other speakers fill the free places in the order {@code precedence}
     * gives their ids (the event's order of precedence among just them), as the service orders them on saving.
     */
    public void arrange(Function<List<Long>, List<Long>> precedence) {
        List<Speaker> arranged = SpeakerPlaces.arrange(speakers, Speaker::manual, free -> {
            Map<Long, Speaker> byId = new LinkedHashMap<>();
            free.forEach(s -> byId.put(s.delegateId(), s));
            List<Speaker> ordered = new ArrayList<>();
            for (Long id : precedence.apply(List.copyOf(byId.keySet()))) {
                Speaker s = byId.remove(id);
                if (s != null) {
                    ordered.add(s);
                }
            }
            // Whoever the order does not know (a delegate removed meanwhile) keeps to the end; the service will say why.
            ordered.addAll(byId.values());
            return ordered;
        });
        speakers.clear();
        speakers.addAll(arranged);
    }

    private int indexOf(long delegateId) {
        for (int i = 0; i < speakers.size(); i++) {
            if (speakers.get(i).delegateId() == delegateId) {
                return i;
            }
        }
        return -1;
    }

    // --- what the service gets ---

    /**
     * The item as the service reads it. Only texts in the event's working languages are sent: the service
     * refuses others, so those of a language the event has dropped since are dropped with the next save.
     */
    public AgendaItemDetails details(List<String> workingLanguages) {
        LocalDate date = day == null || day.isBlank() ? null : LocalDate.parse(day);
        LocalDateTime starts = date == null || startTime == null ? null : date.atTime(startTime);
        LocalDateTime ends = date == null || endTime == null ? null : date.plusDays(endsNextDay ? laterDays : 0).atTime(endTime);
        List<AgendaItemDetails.Speaker> slots = speakers.stream()
                .map(s -> new AgendaItemDetails.Speaker(String.valueOf(s.delegateId()), s.manual())).toList();
        List<String> to = interpretationTo == null ? List.of() : List.copyOf(interpretationTo);
        AgendaItemDetails.Interpretation interpretation = blank(interpretationFrom) && to.isEmpty() ? null
                : new AgendaItemDetails.Interpretation(blank(interpretationFrom) ? null : interpretationFrom, to);
        return new AgendaItemDetails(kind == null ? null : kind.name(), starts, ends, texts(title, workingLanguages),
                texts(description, workingLanguages), blank(venue) ? null : venue, texts(room, workingLanguages),
                delegations == null ? List.of() : List.copyOf(delegations), slots,
                moderators == null ? List.of() : List.copyOf(moderators), interpretation, dressCode, staffNotes,
                visibility == null ? null : visibility.name(), id == null ? null : version);
    }

    private static Map<String, String> texts(Map<String, String> texts, List<String> languages) {
        Map<String, String> m = new LinkedHashMap<>();
        texts.forEach((code, v) -> {
            if (languages.contains(code) && !blank(v)) {
                m.put(code, v);
            }
        });
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The title to name the item by in messages: the page language's, else the host language's, else any. */
    public String titleIn(String page, String host) {
        for (String code : new String[] {page, host}) {
            if (!blank(title.get(code))) {
                return title.get(code).strip();
            }
        }
        return title.values().stream().filter(v -> !blank(v)).findFirst().orElse("");
    }

    // --- properties ---

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public void setKind(AgendaItemKind kind) {
        this.kind = kind;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public boolean isEndsNextDay() {
        return endsNextDay;
    }

    public void setEndsNextDay(boolean endsNextDay) {
        this.endsNextDay = endsNextDay;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public Map<String, String> getDescription() {
        return description;
    }

    public Map<String, String> getRoom() {
        return room;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public List<String> getDelegations() {
        return delegations;
    }

    public void setDelegations(List<String> delegations) {
        this.delegations = delegations == null ? new ArrayList<>() : new ArrayList<>(delegations);
    }

    public List<Speaker> getSpeakers() {
        return speakers;
    }

    public boolean isSpeakerOrderManual() {
        return speakers.stream().anyMatch(Speaker::manual);
    }

    public String getSpeakerChoice() {
        return speakerChoice;
    }

    public void setSpeakerChoice(String speakerChoice) {
        this.speakerChoice = speakerChoice;
    }

    public List<String> getModerators() {
        return moderators;
    }

    public void setModerators(List<String> moderators) {
        this.moderators = moderators == null ? new ArrayList<>() : new ArrayList<>(moderators);
    }

    public String getInterpretationFrom() {
        return interpretationFrom;
    }

    public void setInterpretationFrom(String interpretationFrom) {
        this.interpretationFrom = interpretationFrom;
    }

    public List<String> getInterpretationTo() {
        return interpretationTo;
    }

    public void setInterpretationTo(List<String> interpretationTo) {
        this.interpretationTo = interpretationTo == null ? new ArrayList<>() : new ArrayList<>(interpretationTo);
    }

    public String getDressCode() {
        return dressCode;
    }

    public void setDressCode(String dressCode) {
        this.dressCode = dressCode;
    }

    public String getStaffNotes() {
        return staffNotes;
    }

    public void setStaffNotes(String staffNotes) {
        this.staffNotes = staffNotes;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }
}
