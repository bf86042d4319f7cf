package org.forumprotocol.core.delegation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/** A person in a delegation, with names in several scripts, titles and needs. */
@Entity
@Table(name = "delegate")
@NamedQuery(name = "Delegate.ofDelegation", query = "select d from Delegate d where d.delegation.id = :delegation order by d.id")
@NamedQuery(name = "Delegate.ofEvent", query = "select d from Delegate d join fetch d.delegation g where g.event.id = :event order by d.id")
@NamedQuery(name = "Delegate.sameEmailInEvent", query = "select count(d) from Delegate d where d.delegation.event.id = :event and d.email = :email and d.id <> :self")
@NamedQuery(name = "Delegate.headsOf", query = "select d from Delegate d where d.delegation.id = :delegation and d.role = org.forumprotocol.core.delegation.DelegateRole.HEAD and d.id <> :self")
@NamedQuery(name = "Delegate.emailsOfEvent", query = "select d.email from Delegate d where d.delegation.event.id = :event and d.email is not null")
@NamedQuery(name = "Delegate.headedDelegationsOfEvent", query = "select distinct d.delegation.id from Delegate d where d.delegation.event.id = :event and d.role = org.forumprotocol.core.delegation.DelegateRole.HEAD")
public class Delegate {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false, updatable = false)
    private Delegation delegation;

    @Convert(converter = PersonNamesConverter.class)
    @Column(nullable = false, length = 4000)
    private Map<Language, PersonName> names = new EnumMap<>(Language.class);

    @Column(name = "position_title", nullable = false, length = 4000)
    private LocalizedText position;

    @Column(name = "form_of_address", nullable = false, length = 2000)
    private LocalizedText formOfAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "diplomatic_rank")
    private Rank rank;

    @Column(name = "rank_since")
    private LocalDate rankSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "delegation_role", nullable = false)
    private DelegateRole role;

    private String email;
    private String phone;
    private String language;

    @Column(name = "dietary_needs", length = 1000)
    private String dietaryNeeds;

    @Column(name = "accessibility_needs", length = 1000)
    private String accessibilityNeeds;

    /** An officer's fixed place in the order of precedence (1 = first); null means computed. */
    @Column(name = "precedence_pin")
    private Integer precedencePin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Attendance attendance = Attendance.UNANSWERED;

    @Column(name = "arrival_details", length = 1000)
    private String arrivalDetails;

    protected Delegate() {
    }

    Delegate(Delegation delegation) {
        this.delegation = delegation;
    }

    void change(Map<Language, PersonName> names, LocalizedText position, LocalizedText formOfAddress, Gender gender,
                Rank rank, LocalDate rankSince, DelegateRole role, String email, String phone, Language language,
                String dietaryNeeds, String accessibilityNeeds) {
        this.names = new EnumMap<>(names);
        this.position = position;
        this.formOfAddress = formOfAddress;
        this.gender = gender;
        this.rank = rank;
        this.rankSince = rankSince;
        this.role = role;
        this.email = email;
        this.phone = phone;
        this.language = language == null ? null : language.code();
        this.dietaryNeeds = dietaryNeeds;
        this.accessibilityNeeds = accessibilityNeeds;
    }

    void pin(Integer position) {
        this.precedencePin = position;
    }

    /** What the delegate says on the private page. */
    void answer(Attendance attendance, String arrivalDetails, String dietaryNeeds) {
        this.attendance = attendance;
        this.arrivalDetails = arrivalDetails;
        this.dietaryNeeds = dietaryNeeds;
    }

    /** The name in that language, or a marked suggestion made from another script. */
    public Optional<PersonName> nameIn(Language language) {
        return NameForms.in(names, language);
    }

    public String displayName(Language language) {
        return nameIn(language).map(n -> n.written(language)).orElse("");
    }

    /** The language to write to this delegate in: their own if the event works in it, else the host's. */
    public Language correspondenceLanguage() {
        Optional<Language> own = Language.of(language);
        return own.filter(delegation.getEvent()::isWorkingLanguage).orElse(delegation.getEvent().hostLanguage());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Delegation getDelegation() {
        return delegation;
    }

    public Map<Language, PersonName> getNames() {
        return Map.copyOf(names);
    }

    public LocalizedText getPosition() {
        return position;
    }

    public LocalizedText getFormOfAddress() {
        return formOfAddress;
    }

    public Gender getGender() {
        return gender;
    }

    public Rank getRank() {
        return rank;
    }

    public LocalDate getRankSince() {
        return rankSince;
    }

    public DelegateRole getRole() {
        return role;
    }

    public boolean isHead() {
        return role == DelegateRole.HEAD;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Optional<Language> getLanguage() {
        return Language.of(language);
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public Integer getPrecedencePin() {
        return precedencePin;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public String getArrivalDetails() {
        return arrivalDetails;
    }
}
