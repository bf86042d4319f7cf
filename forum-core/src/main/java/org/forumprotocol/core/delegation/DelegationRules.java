package org.forumprotocol.core.delegation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.i18n.TextRules;

/**
 * The rules a delegation and a delegate must keep, in one place for every way they come in: the forms and
 * the API ({@link Delegations}) and the participant import ({@link ParticipantImport}). Each check adds its
 * problems to the caller's {@link FieldChecks} under the field names of {@link DelegationDetails} and
 * {@link DelegateDetails}; what the database knows (a second head, an e-mail address in use) is checked by
 * the callers, which see other rows too.
 */
final class DelegationRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,40}");

    private DelegationRules() {
    }

    /** A delegation that passed the rules; fields with a problem are null. */
    record ValidDelegation(String country, LocalizedText name, LocalizedText sendingOrganisation,
                           DelegationStatus status, Logistics logistics, String notes) {
        void applyTo(Delegation delegation) {
            delegation.change(country, name, sendingOrganisation, status, logistics, notes);
        }
    }

    /** A delegate that passed the rules; fields with a problem are null. */
    record ValidDelegate(Map<Language, PersonName> names, LocalizedText position, LocalizedText formOfAddress,
                         Gender gender, Rank rank, LocalDate rankSince, DelegateRole role, String email, String phone,
                         Language language, String dietaryNeeds, String accessibilityNeeds) {
        void applyTo(Delegate delegate) {
            delegate.change(names, position, formOfAddress, gender, rank, rankSince, role, email, phone, language,
                    dietaryNeeds, accessibilityNeeds);
        }
    }

    /** An ISO 3166-1 alpha-2 code in upper case, or null (with the problem added). */
    static String country(FieldChecks checks, String field, String value) {
        checks.required(field, value);
        if (value == null || value.isBlank()) {
            return null;
        }
        String country = value.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(country)) {
            checks.add(field, "unknown country code '" + value + "'; an ISO 3166-1 alpha-2 code such as KZ or KR");
            return null;
        }
        return country;
    }

    static ValidDelegation delegation(DelegationDetails d, FieldChecks checks) {
        String country = country(checks, "country", d.country());
        LocalizedText name = checks.localized("name", d.name(), TextRules.TEXT_MAX, true);
        LocalizedText sending = checks.localized("sendingOrganisation", d.sendingOrganisation(), TextRules.TEXT_MAX, false);
        DelegationStatus status = checks.choice("status", d.status(), DelegationStatus.class);
        Logistics logistics = new Logistics(
                checks.text("arrivalFlight", d.arrivalFlight(), 20), d.arrivalAt(),
                checks.text("arrivalAirport", d.arrivalAirport(), TextRules.NAME_MAX),
                checks.text("departureFlight", d.departureFlight(), 20), d.departureAt(),
                checks.text("departureAirport", d.departureAirport(), TextRules.NAME_MAX),
                checks.text("hotel", d.hotel(), TextRules.NAME_MAX));
        if (d.arrivalAt() != null && d.departureAt() != null && d.departureAt().isBefore(d.arrivalAt())) {
            checks.add("departureAt", "must not be before arrivalAt");
        }
        String notes = checks.text("notes", d.notes(), TextRules.NOTES_MAX);
        return new ValidDelegation(country, name, sending, status == null ? DelegationStatus.INVITED : status, logistics, notes);
    }

    static ValidDelegate delegate(DelegateDetails d, FieldChecks checks) {
        Map<Language, PersonName> names = new EnumMap<>(Language.class);
        if (d.names() != null) {
            d.names().forEach((code, n) -> {
                Language language = checks.language("names." + code, code);
                if (n == null) {
                    return;
                }
                String family = checks.text("names." + code + ".family", n.family(), TextRules.NAME_MAX);
                String given = checks.text("names." + code + ".given", n.given(), TextRules.NAME_MAX);
                if (language != null && (family != null || given != null)) {
                    names.put(language, new PersonName(family == null ? "" : family, given == null ? "" : given,
                            n.familyFirst() == null ? language.familyNameFirst() : n.familyFirst(), false));
                }
            });
        }
        if (names.isEmpty() && checks.errors().stream().noneMatch(e -> e.field().startsWith("names."))) {
            checks.add("names", "a name in at least one language is required");
        }
        LocalizedText position = checks.localized("position", d.position(), TextRules.TEXT_MAX, false);
        LocalizedText address = checks.localized("formOfAddress", d.formOfAddress(), TextRules.NAME_MAX, false);
        Gender gender = checks.choice("gender", d.gender(), Gender.class);
        Rank rank = checks.choice("rank", d.rank(), Rank.class);
        DelegateRole role = checks.choice("role", d.role(), DelegateRole.class);
        if (Boolean.TRUE.equals(d.head())) {
            if (role != null && role != DelegateRole.HEAD) {
                checks.add("role", "contradicts head: true");
            }
            role = DelegateRole.HEAD;
        } else if (role == null) {
            role = DelegateRole.MEMBER;
        }
        String email = checks.text("email", d.email(), 254);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                checks.add("email", "not an e-mail address: '" + d.email() + "'");
            }
        }
        String phone = checks.text("phone", d.phone(), 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            checks.add("phone", "digits, spaces, ( ) - and a leading + only");
        }
        Language language = checks.language("language", d.language());
        String dietary = checks.text("dietaryNeeds", d.dietaryNeeds(), TextRules.TEXT_MAX);
        String accessibility = checks.text("accessibilityNeeds", d.accessibilityNeeds(), TextRules.TEXT_MAX);
        return new ValidDelegate(names, position, address, gender == null ? Gender.UNSPECIFIED : gender, rank,
                d.rankSince(), role, email, phone, language, dietary, accessibility);
    }
}
