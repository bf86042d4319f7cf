package org.forumprotocol.core.delegation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;

import org.forumprotocol.core.i18n.Language;

/**
 * A name in the language asked for: the confirmed form when there is one, otherwise a form suggested by
 * transliteration, marked as suggested: Korean names in Hangul by the Kontsevich system into Cyrillic and
 * the Revised Romanization into Latin ({@link KoreanNames}); other scripts by ICU (Cyrillic→Latin,
 * Latin→Cyrillic). There is no reliable way into Hangul, so a Korean list shows the Latin form, marked as
 * suggested too.
 */
public final class NameForms {
    private static final Transliterator HANGUL_LATIN = Transliterator.getInstance("Hangul-Latin");
    /** Russian BGN/PCGN, then Kazakh for the letters Russian has not (ә ғ қ ң ө ұ ү һ і), often kept in Russian forms of Kazakh names. */
    private static final Transliterator RUSSIAN_LATIN = Transliterator.getInstance("Russian-Latin/BGN;Kazakh-Latin/BGN");
    private static final Transliterator KAZAKH_LATIN = Transliterator.getInstance("Kazakh-Latin/BGN");
    private static final Transliterator LATIN_CYRILLIC = Transliterator.getInstance("Latin-Cyrillic");

    private NameForms() {
    }

    public static Optional<PersonName> in(Map<Language, PersonName> names, Language target) {
        PersonName own = names.get(target);
        if (own != null) {
            return Optional.of(own);
        }
        return suggest(names, target).map(PersonName::asSuggestion);
    }

    private static Optional<PersonName> suggest(Map<Language, PersonName> names, Language target) {
        switch (target) {
            case KK, RU -> {
                Language sibling = target == Language.KK ? Language.RU : Language.KK;
                if (names.containsKey(sibling)) {
                    return Optional.of(names.get(sibling));
                }
                Optional<PersonName> fromHangul = korean(names.get(Language.KO), KoreanNames::familyCyrillic, KoreanNames::cyrillic);
                return fromHangul.or(() -> latin(names).map(n -> map(n, LATIN_CYRILLIC)));
            }
            case EN -> {
                return latin(names);
            }
            case KO -> {
                return latin(names).or(() -> first(names));
            }
            default -> {
                return first(names);
            }
        }
    }

    /** A Latin form: the English one, else one transliterated from Russian, Kazakh or Korean. */
    private static Optional<PersonName> latin(Map<Language, PersonName> names) {
        if (names.containsKey(Language.EN)) {
            return Optional.of(names.get(Language.EN));
        }
        if (names.containsKey(Language.RU)) {
            return Optional.of(map(names.get(Language.RU), RUSSIAN_LATIN));
        }
        if (names.containsKey(Language.KK)) {
            return Optional.of(map(names.get(Language.KK), KAZAKH_LATIN));
        }
        if (names.containsKey(Language.KO)) {
            return korean(names.get(Language.KO), KoreanNames::familyLatin, given -> KoreanNames.latin(given, true))
                    .or(() -> Optional.of(map(names.get(Language.KO), HANGUL_LATIN)));
        }
        return Optional.empty();
    }

    /** A Korean name written in Hangul, converted part by part by the Korean systems, if it is all Hangul. */
    private static Optional<PersonName> korean(PersonName name, java.util.function.Function<String, Optional<String>> family,
                                               java.util.function.Function<String, Optional<String>> given) {
        if (name == null || !KoreanNames.isHangul(name.family() + name.given())) {
            return Optional.empty();
        }
        String f = name.family().isEmpty() ? "" : family.apply(name.family()).orElse(null);
        String g = name.given().isEmpty() ? "" : given.apply(name.given()).orElse(null);
        if (f == null || g == null) {
            return Optional.empty();
        }
        return Optional.of(new PersonName(f, g, name.familyFirst(), true));
    }

    private static Optional<PersonName> first(Map<Language, PersonName> names) {
        return names.values().stream().findFirst();
    }

    private static PersonName map(PersonName name, Transliterator transliterator) {
        return new PersonName(convert(name.family(), transliterator), convert(name.given(), transliterator),
                name.familyFirst(), true);
    }

    private static String convert(String part, Transliterator transliterator) {
        if (part == null || part.isEmpty()) {
            return part;
        }
        String converted = transliterator.transliterate(part).replace("·", "");
        // Hangul→Latin gives lower case; names start with a capital in every Latin or Cyrillic form.
        return UCharacter.toTitleCase(Locale.ROOT, converted, null, UCharacter.TITLECASE_NO_LOWERCASE);
    }
}
