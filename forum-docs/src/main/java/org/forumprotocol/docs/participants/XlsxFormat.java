package org.forumprotocol.docs.participants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.delegation.ParticipantImport;
import org.forumprotocol.core.delegation.ParticipantSheet;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XLSX workbooks. Reading streams the first sheet through POI's SAX handler (the workbook is never built
 * in memory) after {@link ZipGuard} has checked the archive; cells are read as the sheet shows them, dates
 * as 2023-05-10, whole numbers without exponent, formulas as their cached results (never evaluated).
 * Writing streams rows too ({@link SXSSFWorkbook}), every cell a text cell and neutralised by
 * {@link CellSafety}.
 */
public final class XlsxFormat {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private XlsxFormat() {
    }

    static boolean isZip(byte[] content) {
        return startsWith(content, ZIP);
    }

    static boolean isOle2(byte[] content) {
        return startsWith(content, OLE2);
    }

    // --- reading ---

    /** The first sheet of the workbook; refused (field file) when it is no workbook, is damaged or too big inside. */
    public static ParticipantSheet read(byte[] content) {
        if (isOle2(content)) {
            throw Refusals.notXlsx("it is an old Excel 97–2003 (.xls) workbook or a password-protected one");
        }
        if (!isZip(content)) {
            throw Refusals.notXlsx("the file is not a zip archive, as every .xlsx file is");
        }
        ZipGuard.arm();
        Path file = null;
        try {
            file = Files.createTempFile("forum-import-", ".xlsx");
            Files.write(file, content);
            ZipGuard.check(file);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return SheetRows.of(firstSheet(pkg));
            }
        } catch (ForumException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw Refusals.notXlsx("the zip archive holds no spreadsheet");
        } catch (IOException | SAXException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException
                 | ParserConfigurationException | IllegalStateException | IllegalArgumentException e) {
            throw refusal(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind is removed with the temporary directory.
                }
            }
        }
    }

    private static ForumException refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.startsWith("Zip bomb detected!")) {
                return Refusals.zipBomb(message.contains("MAX_ENTRY_SIZE") ? "a part expands to more than "
                        + ZipGuard.MAX_UNCOMPRESSED / (1024 * 1024) + " MB" : "a part expands more than "
                        + (int) ZipGuard.MAX_RATIO + " to 1");
            }
            if (message != null && message.contains("more internal file entries than expected")) {
                return Refusals.zipBomb("more than " + ZipGuard.MAX_ENTRIES + " parts");
            }
        }
        return Refusals.notXlsx("the workbook is damaged (" + e.getClass().getSimpleName() + ")");
    }

    private static List<RawRow> firstSheet(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw Refusals.notXlsx("the workbook has no sheet");
        }
        Collector collector = new Collector();
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(), false));
            parser.parse(new InputSource(sheet));
        }
        return collector.rows;
    }

    /** Collects the filled cells of each row, and stops at the row limit. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<RawRow> rows = new ArrayList<>();
        private Map<Integer, String> cells;
        private int number;
        private int nextColumn;
        private int filled;

        @Override
        public void startRow(int rowNum) {
            cells = new HashMap<>();
            number = rowNum + 1;
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.isEmpty()) {
                return;
            }
            if (number > 1 && ++filled > ParticipantImport.MAX_ROWS) {
                throw Refusals.tooManyRows();
            }
            rows.add(new RawRow(number, cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (value != null && !value.isBlank()) {
                cells.put(column, value);
            }
        }
    }

    /** Dates as ISO dates, whole numbers as digits (a phone number typed as a number stays whole). */
    private static final class PlainFormatter extends DataFormatter {
        PlainFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value);
                return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : time.toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    // --- writing ---

    /** A workbook of one sheet: the first row bold and frozen, every cell text, neutralised. */
    public static byte[] write(List<List<String>> rows, String sheetName) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);

            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            for (int c = 0; c < columns; c++) {
                int width = 10;
                for (List<String> row : rows.subList(0, Math.min(rows.size(), 200))) {
                    if (c < row.size() && row.get(c) != null) {
                        width = Math.max(width, Math.min(60, row.get(c).length() + 2));
                    }
                }
                sheet.setColumnWidth(c, width * 256);
                // Cells typed later into the template stay text too: a phone number such as +7 701 … is no formula.
                sheet.setDefaultColumnStyle(c, text);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c, CellType.STRING);
                    cell.setCellStyle(r == 0 ? header : text);
                    String value = CellSafety.neutralise(values.get(c));
                    if (value != null && !value.isEmpty()) {
                        cell.setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
