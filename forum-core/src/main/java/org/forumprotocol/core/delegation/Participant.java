package org.forumprotocol.core.delegation;

import org.forumprotocol.core.i18n.Language;

/** One line of a participant list in one language. */
public record Participant(long id, long delegationId, String country, String displayName, boolean nameSuggested,
                          String position, Rank rank, DelegateRole role, int precedence, boolean manualPrecedence) {

    static Participant of(Delegate d, Language language, int precedence, boolean manual) {
        Language host = d.getDelegation().getEvent().hostLanguage();
        return new Participant(d.getId(), d.getDelegation().getId(), d.getDelegation().getCountry(),
                d.displayName(language), d.nameIn(language).map(PersonName::suggested).orElse(true),
                d.getPosition().in(language, host, Language.EN), d.getRank(), d.getRole(), precedence, manual);
    }
}
