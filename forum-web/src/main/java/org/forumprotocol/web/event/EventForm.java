package org.forumprotocol.web.event;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.EventDetails;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.i18n.Language;

/**
 * The new-event and edit-event form as typed. The working languages are chosen as a host language and
 * the others; the choice takes effect in {@link #applyLanguages()}, after all inputs of the request have
 * been read, so that the per-language inputs of one request always belong to the same set of languages.
 */
public class EventForm implements Serializable {
    private static final long serialVersionUID = 1L;
    /** All languages, in the fixed order in which the form lists their inputs. */
    public static final List<String> ALL = java.util.Arrays.stream(Language.values()).map(Language::code).toList();

    private Long id;
    private long version;
    private EventKind kind = EventKind.FORUM;
    private final LinkedHashMap<String, String> title = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> city = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> hostOrganisation = new LinkedHashMap<>();
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String timeZone = Event.DEFAULT_TIME_ZONE;
    /** The working languages in effect: host first. */
    private ArrayList<String> languages = new ArrayList<>(List.of("kk", "ru"));
    private String hostChoice = "kk";
    private List<String> otherChoice = new ArrayList<>(List.of("ru"));

    /** A new event of the office: Kazakh and Russian, in Almaty time. */
    static EventForm blank() {
        return new EventForm();
    }

    static EventForm of(Event e) {
        EventForm f = new EventForm();
        f.id = e.getId();
        f.version = e.getVersion();
        f.kind = e.getKind();
        e.getTitle().asMap().forEach((l, v) -> f.title.put(l.code(), v));
        e.getCity().asMap().forEach((l, v) -> f.city.put(l.code(), v));
        e.getHostOrganisation().asMap().forEach((l, v) -> f.hostOrganisation.put(l.code(), v));
        f.startsOn = e.getStartsOn();
        f.endsOn = e.getEndsOn();
        f.timeZone = e.getTimeZone().getId();
        f.languages = new ArrayList<>(e.getLanguages().stream().map(Language::code).toList());
        f.hostChoice = f.languages.get(0);
        f.otherChoice = new ArrayList<>(f.languages.subList(1, f.languages.size()));
        return f;
    }

    /**
     * Takes the chosen languages into effect: the host first, then the others in the order they had,
     * newly chosen ones after them in the form's order.
     */
    public void applyLanguages() {
        List<String> previous = new ArrayList<>(languages);
        ArrayList<String> next = new ArrayList<>();
        if (hostChoice != null && ALL.contains(hostChoice)) {
            next.add(hostChoice);
        }
        (otherChoice == null ? List.<String>of() : otherChoice).stream()
                .filter(ALL::contains)
                .filter(code -> !next.contains(code))
                .distinct()
                .sorted(Comparator.comparingInt((String code) -> previous.contains(code) ? previous.indexOf(code) : 10 + ALL.indexOf(code)))
                .forEach(next::add);
        languages = next;
        otherChoice = new ArrayList<>(next.size() > 1 ? next.subList(1, next.size()) : List.of());
    }

    public boolean uses(String code) {
        return languages.contains(code);
    }

    public boolean isHost(String code) {
        return !languages.isEmpty() && languages.get(0).equals(code);
    }

    public boolean isNew() {
        return id == null;
    }

    EventDetails details() {
        return new EventDetails(kind, working(title), working(city), working(hostOrganisation), startsOn, endsOn,
                timeZone, List.copyOf(languages), id == null ? null : version);
    }

    /** Texts typed for a language that is no longer a working language stay in the form, but are not saved. */
    private Map<String, String> working(Map<String, String> texts) {
        Map<String, String> m = new LinkedHashMap<>();
        languages.forEach(code -> {
            String v = texts.get(code);
            if (v != null && !v.isBlank()) {
                m.put(code, v);
            }
        });
        return m;
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public Map<String, String> getCity() {
        return city;
    }

    public Map<String, String> getHostOrganisation() {
        return hostOrganisation;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public String getHostChoice() {
        return hostChoice;
    }

    public void setHostChoice(String hostChoice) {
        this.hostChoice = hostChoice;
    }

    public List<String> getOtherChoice() {
        return otherChoice;
    }

    public void setOtherChoice(List<String> otherChoice) {
        this.otherChoice = otherChoice == null ? new ArrayList<>() : new ArrayList<>(otherChoice);
    }
}
