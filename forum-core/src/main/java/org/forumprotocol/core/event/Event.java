package org.forumprotocol.core.event;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LanguageListConverter;
import org.forumprotocol.core.i18n.LocalizedText;

/** A forum, official visit or meeting the office hosts, with its days, place and working languages. */
@Entity
@Table(name = "forum_event")
@NamedQuery(name = "Event.all", query = "select e from Event e order by e.startsOn desc, e.id desc")
public class Event {
    public static final String DEFAULT_TIME_ZONE = "Asia/Almaty";

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Column(nullable = false, length = 4000)
    private LocalizedText title;

    @Column(nullable = false, length = 4000)
    private LocalizedText city;

    @Column(name = "host_organisation", nullable = false, length = 4000)
    private LocalizedText hostOrganisation;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Convert(converter = LanguageListConverter.class)
    @Column(nullable = false)
    private List<Language> languages;

    protected Event() {
    }

    Event(EventKind kind, LocalizedText title, LocalizedText city, LocalizedText hostOrganisation, LocalDate startsOn,
          LocalDate endsOn, ZoneId timeZone, List<Language> languages) {
        change(kind, title, city, hostOrganisation, startsOn, endsOn, timeZone, languages);
    }

    final void change(EventKind kind, LocalizedText title, LocalizedText city, LocalizedText hostOrganisation,
                      LocalDate startsOn, LocalDate endsOn, ZoneId timeZone, List<Language> languages) {
        this.kind = kind;
        this.title = title;
        this.city = city;
        this.hostOrganisation = hostOrganisation;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.timeZone = timeZone.getId();
        this.languages = List.copyOf(languages);
    }

    /** The first working language: the one documents fall back to. */
    public Language hostLanguage() {
        return languages.get(0);
    }

    public boolean isWorkingLanguage(Language language) {
        return languages.contains(language);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public EventKind getKind() {
        return kind;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getCity() {
        return city;
    }

    public LocalizedText getHostOrganisation() {
        return hostOrganisation;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public List<Language> getLanguages() {
        return languages;
    }
}
