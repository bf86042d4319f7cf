package org.forumprotocol.web.memorandum;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.ws.rs.core.EntityPart;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.docs.participants.ParticipantFiles;
import org.forumprotocol.web.rest.UploadLimitFilter;

/** The parts of a memorandum's multipart forms, read with their limits; missing ones are named. */
final class Uploads {
    /** Far more than any passphrase; a larger part is not a password. */
    private static final int PASSWORD_MAX_BYTES = 1024;

    private Uploads() {
    }

    /** The part's bytes (at most the upload limit); a 400 naming {@code field} when it is missing. */
    static byte[] bytes(EntityPart part, String field, String what) throws IOException {
        if (part == null) {
            throw ForumException.invalid(field, "is required: send " + what + " as the form part named " + field);
        }
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes((int) ParticipantFiles.MAX_UPLOAD_BYTES + 1);
            if (bytes.length > ParticipantFiles.MAX_UPLOAD_BYTES) {
                throw UploadLimitFilter.tooLarge();
            }
            return bytes;
        }
    }

    /** A short text part, or null when absent or blank. */
    static String text(EntityPart part) throws IOException {
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            String text = new String(in.readNBytes(1024), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        }
    }

    /**
     * The password part as characters, never as a String (which could not be wiped): the caller zeroes the array
     * once used. The bytes read and the decoding buffer are zeroed here.
     */
    static char[] password(EntityPart part) throws IOException {
        if (part == null) {
            throw ForumException.invalid("password", "is required: the password of the key file, as the form part named password");
        }
        byte[] raw;
        try (InputStream in = part.getContent()) {
            raw = in.readNBytes(PASSWORD_MAX_BYTES + 1);
        }
        CharBuffer chars = null;
        try {
            if (raw.length > PASSWORD_MAX_BYTES) {
                throw ForumException.invalid("password", "is longer than " + PASSWORD_MAX_BYTES + " bytes");
            }
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            return password;
        } catch (CharacterCodingException e) {
            throw ForumException.invalid("password", "must be UTF-8 text");
        } finally {
            Arrays.fill(raw, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    /** A whole number part such as the party's index; a 400 naming {@code field} otherwise. */
    static int index(EntityPart part, String field, String what) throws IOException {
        String text = text(part);
        if (text == null) {
            throw ForumException.invalid(field, "is required: " + what);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ForumException.invalid(field, "must be a whole number (" + what + "), not '" + text + "'");
        }
    }
}
