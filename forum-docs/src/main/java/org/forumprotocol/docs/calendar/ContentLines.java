package org.forumprotocol.docs.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Folding of iCalendar content lines at 75 octets of UTF-8 (RFC 5545, 3.1), never inside a character.
 * ical4j's own FoldingWriter counts characters, not octets: a Kazakh or Korean title would make lines of
 * 150 to 225 octets, which some calendar clients cut or refuse.
 */
final class ContentLines {
    static final int MAX_OCTETS = 75;
    private static final String FOLD = "\r\n ";

    private ContentLines() {
    }

    /** Writes {@code unfolded} (content lines ending in CRLF) to {@code out} as UTF-8, folded; leaves it open. */
    static void write(String unfolded, OutputStream out) throws IOException {
        out.write(fold(unfolded).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 24);
        int octets = 0;
        for (int i = 0; i < unfolded.length(); ) {
            int c = unfolded.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r' || c == '\n') {
                folded.append((char) c);
                octets = 0;
                continue;
            }
            int size = utf8Length(c);
            if (octets + size > MAX_OCTETS) {
                folded.append(FOLD);
                octets = 1;
            }
            folded.appendCodePoint(c);
            octets += size;
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }
}
