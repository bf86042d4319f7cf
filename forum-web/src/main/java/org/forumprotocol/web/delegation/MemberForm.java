package org.forumprotocol.web.delegation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateDetails;
import org.forumprotocol.core.delegation.DelegateRole;
import org.forumprotocol.core.delegation.Gender;
import org.forumprotocol.core.delegation.NameForms;
import org.forumprotocol.core.delegation.PersonName;
import org.forumprotocol.core.delegation.Rank;
import org.forumprotocol.core.i18n.Language;

/**
 * The add-member and edit-member form. Names are kept for every language; the form shows those of the
 * event's working languages and, where one is empty, the form {@link NameForms} suggests from the others.
 */
public class MemberForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One written form of the name as typed. */
    public static class NameInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private String family;
        private String given;
        private boolean familyFirst;

        NameInput(boolean familyFirst) {
            this.familyFirst = familyFirst;
        }

        boolean isBlank() {
            return (family == null || family.isBlank()) && (given == null || given.isBlank());
        }

        public String getFamily() {
            return family;
        }

        public void setFamily(String family) {
            this.family = family;
        }

        public String getGiven() {
            return given;
        }

        public void setGiven(String given) {
            this.given = given;
        }

        public boolean isFamilyFirst() {
            return familyFirst;
        }

        public void setFamilyFirst(boolean familyFirst) {
            this.familyFirst = familyFirst;
        }
    }

    /** A suggested written form, for showing and for copying into the inputs. */
    public record Suggestion(String written, String family, String given, boolean familyFirst) implements Serializable {
    }

    private Long id;
    private long version;
    private final LinkedHashMap<String, NameInput> names = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> position = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> formOfAddress = new LinkedHashMap<>();
    private Gender gender = Gender.UNSPECIFIED;
    private Rank rank;
    private LocalDate rankSince;
    private DelegateRole role = DelegateRole.MEMBER;
    private String email;
    private String phone;
    private String language;
    private String dietaryNeeds;
    private String accessibilityNeeds;

    private MemberForm() {
        for (Language l : Language.values()) {
            names.put(l.code(), new NameInput(l.familyNameFirst()));
        }
    }

    /** A new member; the first one of a delegation is proposed as its head. */
    public static MemberForm blank(boolean firstMember) {
        MemberForm f = new MemberForm();
        f.role = firstMember ? DelegateRole.HEAD : DelegateRole.MEMBER;
        return f;
    }

    public static MemberForm of(Delegate d) {
        MemberForm f = new MemberForm();
        f.id = d.getId();
        f.version = d.getVersion();
        d.getNames().forEach((l, n) -> {
            NameInput input = f.names.get(l.code());
            input.family = n.family();
            input.given = n.given();
            input.familyFirst = n.familyFirst();
        });
        d.getPosition().asMap().forEach((l, v) -> f.position.put(l.code(), v));
        d.getFormOfAddress().asMap().forEach((l, v) -> f.formOfAddress.put(l.code(), v));
        f.gender = d.getGender();
        f.rank = d.getRank();
        f.rankSince = d.getRankSince();
        f.role = d.getRole();
        f.email = d.getEmail();
        f.phone = d.getPhone();
        f.language = d.getLanguage().map(Language::code).orElse(null);
        f.dietaryNeeds = d.getDietaryNeeds();
        f.accessibilityNeeds = d.getAccessibilityNeeds();
        return f;
    }

    /** The names typed so far, as the domain reads them. */
    private Map<Language, PersonName> typed() {
        Map<Language, PersonName> m = new EnumMap<>(Language.class);
        names.keySet().forEach(code -> {
            NameInput n = names.get(code);
            if (n != null && !n.isBlank()) {
                m.put(Language.of(code).orElseThrow(), new PersonName(strip(n.family), strip(n.given), n.familyFirst, false));
            }
        });
        return m;
    }

    /** The suggestion for a language whose inputs are empty, made from the names typed in the others. */
    public Optional<Suggestion> suggestion(String code) {
        NameInput own = names.get(code);
        Language target = Language.of(code).orElse(null);
        if (own == null || !own.isBlank() || target == null) {
            return Optional.empty();
        }
        return NameForms.in(typed(), target)
                .filter(PersonName::suggested)
                .map(n -> new Suggestion(n.written(target), n.family(), n.given(), n.familyFirst()));
    }

    /** Copies the suggestion into the inputs of that language; it is saved with the form, as a confirmed name. */
    public void confirm(String code) {
        suggestion(code).ifPresent(s -> {
            NameInput input = names.get(code);
            input.family = s.family();
            input.given = s.given();
            input.familyFirst = s.familyFirst();
        });
    }

    /**
     * What the service gets. Texts of languages the event no longer works in are not shown, but kept as
     * they were loaded, so that saving the form does not lose them.
     */
    public DelegateDetails details() {
        Map<String, DelegateDetails.NameDetails> n = new LinkedHashMap<>();
        names.forEach((code, input) -> {
            if (!input.isBlank()) {
                n.put(code, new DelegateDetails.NameDetails(input.family, input.given, input.familyFirst));
            }
        });
        return new DelegateDetails(n, DelegationForm.nonBlank(position), DelegationForm.nonBlank(formOfAddress),
                gender == null ? null : gender.name(), rank == null ? null : rank.name(), rankSince, null,
                role == null ? null : role.name(), email, phone, language, dietaryNeeds, accessibilityNeeds,
                id == null ? null : version);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public Map<String, NameInput> getNames() {
        return names;
    }

    public Map<String, String> getPosition() {
        return position;
    }

    public Map<String, String> getFormOfAddress() {
        return formOfAddress;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Rank getRank() {
        return rank;
    }

    public void setRank(Rank rank) {
        this.rank = rank;
    }

    public LocalDate getRankSince() {
        return rankSince;
    }

    public void setRankSince(LocalDate rankSince) {
        this.rankSince = rankSince;
    }

    public DelegateRole getRole() {
        return role;
    }

    public void setRole(DelegateRole role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public void setDietaryNeeds(String dietaryNeeds) {
        this.dietaryNeeds = dietaryNeeds;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public void setAccessibilityNeeds(String accessibilityNeeds) {
        this.accessibilityNeeds = accessibilityNeeds;
    }
}
