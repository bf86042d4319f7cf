package org.forumprotocol.core.memorandum;

import java.util.Objects;

import org.forumprotocol.core.i18n.LocalizedText;

/**
 * One party to a memorandum: the organisation (named in every language of the text), its country (ISO 3166-1
 * alpha-2) and the person who signs for it, with name and position in every language.
 */
public record MemorandumParty(LocalizedText organisation, String country, LocalizedText signatoryName,
                              LocalizedText signatoryPosition) {
    public MemorandumParty {
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(signatoryName);
        Objects.requireNonNull(signatoryPosition);
    }
}
