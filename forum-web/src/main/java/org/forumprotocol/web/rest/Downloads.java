package org.forumprotocol.web.rest;

import java.nio.charset.StandardCharsets;

import com.ibm.icu.text.Transliterator;

/**
 * The Content-Disposition of a download: {@code attachment} with the file name twice, as RFC 6266 advises:
 * {@code filename*} in UTF-8 (RFC 5987/8187) so that a Kazakh or Korean title survives, and a plain ASCII
 * {@code filename} for clients that know no better.
 */
public final class Downloads {
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Downloads() {
    }

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** Transliterated to ASCII; anything a quoted header value or a file system might mind becomes '_'. */
    static String ascii(String fileName) {
        String latin;
        synchronized (TO_ASCII) {
            latin = TO_ASCII.transliterate(fileName);
        }
        StringBuilder out = new StringBuilder();
        for (char c : latin.toCharArray()) {
            int type = Character.getType(c);
            if (type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL || type == Character.NON_SPACING_MARK) {
                continue; // ICU marks қ as kˌ: the mark adds nothing to a plain file name
            }
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || " .,()_-".indexOf(c) >= 0;
            out.append(plain ? c : '_');
        }
        return out.toString().replaceAll("_+", "_").strip();
    }

    /** RFC 5987 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String encode(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
