package org.forumprotocol.core.i18n;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What free text typed by people may contain. Control characters break documents and exports; bidi
 * overrides can make a name display as something else than what it is (CVE-2021-42574 style), so both are
 * refused rather than silently stripped. Text is kept in Unicode NFC so that equal names compare equal.
 */
public final class TextRules {
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 1000;
    public static final int NOTES_MAX = 4000;

    private TextRules() {
    }

    /** The problem with this text, if any; null text is no problem here (required-ness is checked elsewhere). */
    public static Optional<String> problem(String text, int maxLength) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            return Optional.of("at most " + maxLength + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // C0 controls, DEL and the C1 controls (U+0085 is a line break to some programs, U+009B a terminal escape).
            if (Character.isISOControl(c) && c != '\t' && !(maxLength >= NOTES_MAX && (c == '\n' || c == '\r'))) {
                return Optional.of("must not contain control characters (U+" + String.format("%04X", (int) c) + ")");
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return Optional.of("must not contain bidirectional override characters (U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return Optional.empty();
    }

    /** Trimmed, NFC-normalised, or null when blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }
}
