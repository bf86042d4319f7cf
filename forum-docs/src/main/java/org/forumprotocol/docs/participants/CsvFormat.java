package org.forumprotocol.docs.participants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.delegation.ParticipantImport;
import org.forumprotocol.core.delegation.ParticipantSheet;

/**
 * CSV as RFC 4180 has it, and as spreadsheet programs write it: UTF-8 with or without a byte order mark,
 * cells separated by {@code ;} or {@code ,} (whichever the header line uses more often), cells in double
 * quotes may hold separators, line breaks and doubled quotes. Lines end in CRLF, LF or CR. Written files
 * have a byte order mark, so that Excel reads Cyrillic and Hangul as UTF-8, and end lines in CRLF.
 */
public final class CsvFormat {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFormat() {
    }

    // --- reading ---

    /** The sheet in a CSV file; a file that is not UTF-8 or has a quote that never closes is refused (field file). */
    public static ParticipantSheet read(byte[] content) {
        String text = decode(content);
        char delimiter = delimiter(text);
        Parser parser = new Parser(text, delimiter);
        List<RawRow> rows = new ArrayList<>();
        int filled = 0;
        List<String> record;
        while ((record = parser.next()) != null) {
            Map<Integer, String> cells = new HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                if (!record.get(i).isEmpty()) {
                    cells.put(i, record.get(i));
                }
            }
            if (parser.recordNumber() > 1 && cells.values().stream().anyMatch(v -> !v.isBlank()) && ++filled > ParticipantImport.MAX_ROWS) {
                throw Refusals.tooManyRows();
            }
            rows.add(new RawRow(parser.recordNumber(), cells));
        }
        return SheetRows.of(rows);
    }

    static String decode(byte[] content) {
        int start = content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2] ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw ForumException.invalid("file", "the CSV file is not in UTF-8; save it as \"CSV UTF-8\" (Excel) or choose "
                    + "the UTF-8 character set (LibreOffice), or upload the .xlsx file instead");
        }
    }

    /** The separator the header line uses more often outside quotes: ';' or ',' (',' when neither). */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Reads one record at a time; a record may span lines when a quoted cell holds line breaks. */
    static final class Parser {
        private final String text;
        private final char delimiter;
        private int pos;
        private int record;

        Parser(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        /** The 1-based number of the record last returned: the row number a spreadsheet shows. */
        int recordNumber() {
            return record;
        }

        /** The next record's cells, or null at the end. An empty line is a record with one empty cell. */
        List<String> next() {
            if (pos >= text.length()) {
                return null;
            }
            record++;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    cells.add(cell.toString());
                    return cells;
                } else {
                    // Lenient like spreadsheet programs: a stray quote inside an unquoted cell, or text after a
                    // closing quote, is kept as it is.
                    cell.append(c);
                }
            }
            if (quoted) {
                throw ForumException.invalid("file", "row " + record + ": a quoted cell is never closed (a \" is missing); "
                        + "nothing was imported");
            }
            cells.add(cell.toString());
            return cells;
        }
    }

    // --- writing ---

    /** The rows as a CSV file with a byte order mark; every cell neutralised ({@link CellSafety}). */
    public static byte[] write(List<List<String>> rows, char delimiter) {
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("delimiter must be , or ;");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        out.write(delimiter);
                    }
                    out.write(quote(CellSafety.neutralise(row.get(i)), delimiter));
                }
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String quote(String value, char delimiter) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean needs = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
