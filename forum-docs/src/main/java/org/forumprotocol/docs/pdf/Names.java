package org.forumprotocol.docs.pdf;

import java.util.Map;
import java.util.Optional;

import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.PersonName;
import org.forumprotocol.core.i18n.Language;

/** How the documents write a person's name where a badge or a place card needs one. */
public final class Names {
    private Names() {
    }

    /**
     * The name in the person's own script: the confirmed form of their language, else the first confirmed form
     * in the order of the working languages, else whatever the host language shows.
     */
    public static String own(Delegate delegate) {
        Map<Language, PersonName> names = delegate.getNames();
        Optional<Language> own = delegate.getLanguage().filter(names::containsKey);
        if (own.isPresent()) {
            return names.get(own.get()).written(own.get());
        }
        for (Language l : Language.values()) {
            if (names.containsKey(l)) {
                return names.get(l).written(l);
            }
        }
        return delegate.displayName(delegate.getDelegation().getEvent().hostLanguage());
    }
}
