package org.forumprotocol.core.delegation;

import org.forumprotocol.core.i18n.Language;

/**
 * A person's name as written in one language or script: family and given name apart, and the order in
 * which they are written. {@code suggested} marks a form made by transliteration that no officer has
 * confirmed; such a form is never stored.
 */
public record PersonName(String family, String given, boolean familyFirst, boolean suggested) {

    /** The name as it is written: 조태익, Чжо Тэ Ик, Jo Tae-ik or Tae-ik Jo. */
    public String written(Language language) {
        String g = given == null ? "" : given;
        String f = family == null ? "" : family;
        if (g.isEmpty()) {
            return f;
        }
        if (f.isEmpty()) {
            return g;
        }
        // Korean names in Hangul are written without a space between family and given name.
        String separator = language == Language.KO && isHangul(f) && isHangul(g) ? "" : " ";
        return familyFirst ? f + separator + g : g + separator + f;
    }

    public PersonName asSuggestion() {
        return new PersonName(family, given, familyFirst, true);
    }

    private static boolean isHangul(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL || c == ' ');
    }
}
