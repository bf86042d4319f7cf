package org.forumprotocol.core.delegation;

import java.util.Optional;

/**
 * Korean names in Hangul written in Cyrillic by the Kontsevich system (the one Russian and Kazakh usage
 * follows: 조태익 → Чо Тхэик) and in Latin by the Revised Romanization of Korean (조태익 → Jo Tae-ik,
 * syllables of a given name joined by a hyphen, as Korean passports often write them). ICU's generic
 * Hangul→Latin gives "jotaeig", which no protocol office would print. Simplified: the voicing of
 * consonants between voiced sounds and the linking of a final consonant into a following vowel are
 * applied; rarer sound changes are not. Suggestions made here are always marked as suggestions.
 */
final class KoreanNames {
    private static final int FIRST = 0xAC00;
    private static final int LAST = 0xD7A3;

    private static final String[] INITIAL_CYRILLIC = {"к", "кк", "н", "т", "тт", "р", "м", "п", "пп", "с", "сс", "", "ч", "чч", "чх", "кх", "тх", "пх", "х"};
    private static final String[] VOWEL_CYRILLIC = {"а", "э", "я", "йе", "о", "е", "ё", "йе", "о", "ва", "вэ", "ве", "ё", "у", "во", "ве", "ви", "ю", "ы", "ый", "и"};
    private static final String[] FINAL_CYRILLIC = {"", "к", "к", "к", "н", "н", "н", "т", "ль", "к", "м", "ль", "ль", "ль", "п", "ль", "м", "п", "п", "т", "т", "н", "т", "т", "к", "т", "п", "т"};

    private static final String[] INITIAL_LATIN = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] VOWEL_LATIN = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL_LATIN = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    /** Final consonants that are voiced (ㄴ ㄹ ㅁ ㅇ): after them, as after a vowel, ㄱ ㄷ ㅂ ㅈ are voiced too. */
    private static final int T_N = 4;
    private static final int T_L = 8;
    private static final int T_M = 16;
    private static final int T_NG = 21;
    private static final int L_SILENT = 11;
    private static final int L_RIEUL = 5;

    /**
     * Family names whose usual spellings differ from the systems' (Lee rather than I, Ли rather than И):
     * a suggestion should look like what the person's passport most likely says.
     */
    private static final java.util.Map<String, String> FAMILY_LATIN = java.util.Map.of(
            "김", "Kim", "이", "Lee", "박", "Park", "최", "Choi", "강", "Kang", "신", "Shin", "윤", "Yoon", "임", "Lim", "오", "Oh");
    private static final java.util.Map<String, String> FAMILY_CYRILLIC = java.util.Map.of("이", "Ли", "임", "Лим", "리", "Ли");

    private KoreanNames() {
    }

    static Optional<String> familyCyrillic(String hangul) {
        String usual = hangul == null ? null : FAMILY_CYRILLIC.get(hangul.strip());
        return usual != null ? Optional.of(usual) : cyrillic(hangul);
    }

    static Optional<String> familyLatin(String hangul) {
        String usual = hangul == null ? null : FAMILY_LATIN.get(hangul.strip());
        return usual != null ? Optional.of(usual) : latin(hangul, false);
    }

    static boolean isHangul(String s) {
        return s != null && !s.isBlank() && s.codePoints().allMatch(c -> (c >= FIRST && c <= LAST) || c == ' ');
    }

    /** Kontsevich; words (separated by spaces) are transliterated one by one. */
    static Optional<String> cyrillic(String hangul) {
        if (!isHangul(hangul)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String word : hangul.strip().split(" +")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(capitalise(cyrillicWord(word)));
        }
        return Optional.of(out.toString());
    }

    /** Revised Romanization; in a given name ({@code hyphenate}) the syllables are joined by a hyphen. */
    static Optional<String> latin(String hangul, boolean hyphenate) {
        if (!isHangul(hangul)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String word : hangul.strip().split(" +")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                int[] s = split(word.charAt(i));
                if (i > 0 && hyphenate) {
                    w.append('-');
                }
                w.append(INITIAL_LATIN[s[0]]).append(VOWEL_LATIN[s[1]]).append(FINAL_LATIN[s[2]]);
            }
            out.append(capitalise(w.toString()));
        }
        return Optional.of(out.toString());
    }

    private static String cyrillicWord(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            int[] s = split(word.charAt(i));
            int[] previous = i > 0 ? split(word.charAt(i - 1)) : null;
            int[] next = i + 1 < word.length() ? split(word.charAt(i + 1)) : null;
            boolean voiced = previous != null && (previous[2] == 0 || previous[2] == T_N || previous[2] == T_L
                    || previous[2] == T_M || previous[2] == T_NG);
            // ㅖ and ㅒ after a consonant sound as plain е and э (혜 → хе), after the silent ㅇ as йе.
            String vowel = s[0] != L_SILENT && (s[1] == 7 || s[1] == 3) ? (s[1] == 7 ? "е" : "э") : VOWEL_CYRILLIC[s[1]];
            out.append(initial(s[0], voiced, previous)).append(vowel).append(fin(s[2], next));
        }
        return out.toString();
    }

    private static String initial(int l, boolean voiced, int[] previous) {
        if (voiced) {
            switch (l) {
                case 0: return "г";
                case 3: return "д";
                case 7: return "б";
                case 12: return "чж";
                default: break;
            }
        }
        if (l == L_RIEUL && previous != null && previous[2] == T_L) {
            return "л";
        }
        return INITIAL_CYRILLIC[l];
    }

    private static String fin(int t, int[] next) {
        if (t == 0 || next == null) {
            return FINAL_CYRILLIC[t];
        }
        if (next[0] == L_SILENT) {
            // The final consonant moves into the next syllable's vowel, voiced.
            switch (t) {
                case 1: return "г";
                case 7: return "д";
                case T_L: return "р";
                case 17: return "б";
                default: return FINAL_CYRILLIC[t];
            }
        }
        return t == T_L ? "л" : FINAL_CYRILLIC[t];
    }

    /** {initial, vowel, final} indexes of one Hangul syllable. */
    private static int[] split(char syllable) {
        int index = syllable - FIRST;
        return new int[] {index / 588, (index % 588) / 28, index % 28};
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
