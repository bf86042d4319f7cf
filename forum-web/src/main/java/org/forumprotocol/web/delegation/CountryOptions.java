package org.forumprotocol.web.delegation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.Collator;

import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.i18n.Language;

/** The ISO 3166-1 countries with their names in one language, sorted by that language's collation. */
public final class CountryOptions {

    /** One choice of the country select. */
    public record Country(String code, String name) implements Serializable {
        public String label() {
            return name + " (" + code + ")";
        }
    }

    private static final Map<Language, List<Country>> BY_LANGUAGE = new EnumMap<>(Language.class);

    private CountryOptions() {
    }

    public static synchronized List<Country> in(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language, l -> {
            Collator collator = Collator.getInstance(l.locale());
            return Arrays.stream(Locale.getISOCountries())
                    .filter(Countries::isKnown)
                    .map(code -> new Country(code, Countries.name(code, l)))
                    .sorted(Comparator.comparing(Country::name, collator::compare))
                    .toList();
        });
    }
}
