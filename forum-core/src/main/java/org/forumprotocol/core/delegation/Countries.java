package org.forumprotocol.core.delegation;

import java.util.Locale;
import java.util.Set;

import com.ibm.icu.util.ULocale;

import org.forumprotocol.core.i18n.Language;

/** ISO 3166-1 alpha-2 country codes and their names in the working languages (from ICU's CLDR data). */
public final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Language language) {
        return new ULocale("", code).getDisplayCountry(language.locale());
    }
}
