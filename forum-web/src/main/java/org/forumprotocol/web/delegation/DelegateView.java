package org.forumprotocol.web.delegation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.PersonName;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.rest.Texts;

/**
 * A delegate as the API shows it: {@code name} holds the confirmed forms; {@code suggestedName} the forms
 * made by transliteration for the event's other working languages, which an officer should confirm.
 */
public record DelegateView(long id, long version, long delegationId, Map<String, NameView> name,
                           Map<String, NameView> suggestedName, Map<String, String> position,
                           Map<String, String> formOfAddress, String gender, String rank, LocalDate rankSince,
                           String role, boolean head, String email, String phone, String language,
                           String dietaryNeeds, String accessibilityNeeds, Integer precedencePin, String attendance,
                           String arrivalDetails) {

    public record NameView(String family, String given, boolean familyFirst, String written) {
        static NameView of(PersonName n, Language language) {
            return new NameView(n.family(), n.given(), n.familyFirst(), n.written(language));
        }
    }

    public static DelegateView of(Delegate d) {
        Map<String, NameView> confirmed = new LinkedHashMap<>();
        Map<String, NameView> suggested = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            PersonName own = d.getNames().get(language);
            if (own != null) {
                confirmed.put(language.code(), NameView.of(own, language));
            } else if (d.getDelegation().getEvent().isWorkingLanguage(language)) {
                d.nameIn(language).ifPresent(n -> suggested.put(language.code(), NameView.of(n, language)));
            }
        }
        return new DelegateView(d.getId(), d.getVersion(), d.getDelegation().getId(), confirmed, suggested,
                Texts.json(d.getPosition()), Texts.json(d.getFormOfAddress()), d.getGender().name(),
                d.getRank() == null ? null : d.getRank().name(), d.getRankSince(), d.getRole().name(), d.isHead(),
                d.getEmail(), d.getPhone(), d.getLanguage().map(Language::code).orElse(null), d.getDietaryNeeds(),
                d.getAccessibilityNeeds(), d.getPrecedencePin(), d.getAttendance().name(), d.getArrivalDetails());
    }
}
