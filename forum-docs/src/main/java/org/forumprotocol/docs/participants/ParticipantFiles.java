package org.forumprotocol.docs.participants;

import java.util.List;
import java.util.Locale;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.core.delegation.ParticipantSheet;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;

/**
 * Participant files in and out: an uploaded file becomes a {@link ParticipantSheet} for
 * {@link org.forumprotocol.core.delegation.ParticipantImport}; an event's participant list and the template
 * become XLSX or CSV files.
 */
public final class ParticipantFiles {
    /** The largest file accepted for import. */
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    /** The two file formats, with their extension and media type. */
    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("csv", "text/csv;charset=UTF-8");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private ParticipantFiles() {
    }

    // --- import ---

    /**
     * Reads an uploaded file. The format follows the content (a zip archive is a workbook) and otherwise the
     * file name or media type; a file said to be .xlsx that is no zip archive is refused, anything else is
     * read as CSV.
     */
    public static ParticipantSheet read(byte[] content, String fileName, String mediaType) {
        if (content.length > MAX_UPLOAD_BYTES) {
            throw Refusals.tooLarge(MAX_UPLOAD_BYTES);
        }
        if (content.length == 0) {
            throw ForumException.invalid("file", "the file is empty");
        }
        return formatOf(content, fileName, mediaType) == Format.XLSX ? XlsxFormat.read(content) : CsvFormat.read(content);
    }

    static Format formatOf(byte[] content, String fileName, String mediaType) {
        if (XlsxFormat.isZip(content) || XlsxFormat.isOle2(content)) {
            return Format.XLSX;
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || type.contains("spreadsheetml")) {
            return Format.XLSX;
        }
        return Format.CSV;
    }

    // --- export ---

    /**
     * The participant list in the order and language of {@code participants}
     * ({@link org.forumprotocol.core.delegation.Delegations#participants}), with the data of {@code delegates}.
     * {@code delimiter} is ',' or ';' and matters for CSV only.
     */
    public static byte[] export(Format format, List<Participant> participants, List<Delegate> delegates, char delimiter) {
        List<List<String>> rows = ParticipantTable.export(participants, delegates);
        return format == Format.XLSX ? XlsxFormat.write(rows, "participants") : CsvFormat.write(rows, delimiter);
    }

    /** The empty template: the columns and one example row. */
    public static byte[] template(Format format, char delimiter) {
        List<List<String>> rows = ParticipantTable.template();
        return format == Format.XLSX ? XlsxFormat.write(rows, "participants") : CsvFormat.write(rows, delimiter);
    }

    /** "‹event title› – участники.xlsx": the title in the list's language, safe as a file name. */
    public static String exportFileName(Event event, Language language, Format format) {
        String title = safe(event.getTitle().in(language, event.hostLanguage(), Language.EN));
        if (title.isEmpty()) {
            title = "event " + event.getId();
        }
        String participants = switch (language) {
            case KK -> "қатысушылар";
            case RU -> "участники";
            case EN -> "participants";
            case KO -> "참가자";
        };
        return title + " – " + participants + "." + format.extension();
    }

    public static String templateFileName(Format format) {
        return "participants-template." + format.extension();
    }

    /** Without characters that file systems refuse or that end a header, at most 100 characters. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean bad = c < 0x20 || c == 0x7F || "\\/:*?\"<>|".indexOf(c) >= 0
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            out.appendCodePoint(bad ? ' ' : c);
        });
        String clean = out.toString().replaceAll("\\s+", " ").strip();
        if (clean.codePointCount(0, clean.length()) > 100) {
            clean = clean.substring(0, clean.offsetByCodePoints(0, 100)).strip();
        }
        return clean;
    }
}
