package org.forumprotocol.docs.badge;

import java.util.Locale;
import java.util.Optional;

/**
 * The size of a badge, and how many fit on an A4 sheet with room for cut marks: the 90 × 55 mm card of a
 * plastic sleeve (10 a sheet) or A6 (4 a sheet).
 */
public enum BadgeFormat {
    CARD("90x55", 90, 55),
    A6("a6", 105, 148);

    private final String code;
    private final float widthMm;
    private final float heightMm;

    BadgeFormat(String code, float widthMm, float heightMm) {
        this.code = code;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The name used in the API: {@code 90x55} or {@code a6}. */
    public String code() {
        return code;
    }

    public float widthMm() {
        return widthMm;
    }

    public float heightMm() {
        return heightMm;
    }

    public static Optional<BadgeFormat> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (BadgeFormat f : values()) {
            if (f.code.equals(c) || f.name().toLowerCase(Locale.ROOT).equals(c)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
