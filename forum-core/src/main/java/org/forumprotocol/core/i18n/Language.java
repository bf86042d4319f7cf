package org.forumprotocol.core.i18n;

import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

/** The working languages of the protocol office. */
public enum Language {
    KK("kk", true), RU("ru", true), EN("en", false), KO("ko", true);

    private final String code;
    private final boolean familyNameFirst;

    Language(String code, boolean familyNameFirst) {
        this.code = code;
        this.familyNameFirst = familyNameFirst;
    }

    /** ISO 639-1 code, as used in the API, the pages and the database. */
    public String code() {
        return code;
    }

    /**
     * How a name is usually written in this language's formal style: Kazakh, Russian (in official lists)
     * and Korean put the family name first. A person's own written order overrides this.
     */
    public boolean familyNameFirst() {
        return familyNameFirst;
    }

    public boolean cyrillic() {
        return this == KK || this == RU;
    }

    public ULocale locale() {
        return new ULocale(code);
    }

    public Locale javaLocale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
