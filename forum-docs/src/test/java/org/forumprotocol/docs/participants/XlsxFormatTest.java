package org.forumprotocol.docs.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.delegation.ParticipantImport;
import org.forumprotocol.core.delegation.ParticipantSheet;
import org.junit.jupiter.api.Test;

class XlsxFormatTest {
    private static final String NAMES = "Әбілқайыр ғ қ ң ө ұ ү һ і";

    @Test
    void writesTextCellsAndReadsThemBack() throws IOException {
        byte[] xlsx = XlsxFormat.write(List.of(List.of("country", "family_kk", "family_ko", "given_en", "phone"),
                List.of("KZ", NAMES, "조", "Éric Müller", "+7 701 555 00 00")), "participants");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("participants");
            Row row = sheet.getRow(1);
            for (Cell cell : row) {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(NAMES);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("'+7 701 555 00 00");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }

        ParticipantSheet sheet = XlsxFormat.read(xlsx);
        assertThat(sheet.headers()).containsExactly("country", "family_kk", "family_ko", "given_en", "phone");
        assertThat(sheet.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cells()).containsEntry("family_kk", NAMES).containsEntry("family_ko", "조")
                    .containsEntry("given_en", "Éric Müller").containsEntry("phone", "+7 701 555 00 00");
        });
    }

    @Test
    void formulaLikeCellsAreNeutralisedInTheWorkbookToo() throws IOException {
        List<String> dangerous = List.of("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "safe");
        byte[] xlsx = XlsxFormat.write(List.of(List.of("a", "b", "c", "d", "e", "f", "g"), dangerous), "participants");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            for (int i = 0; i < dangerous.size(); i++) {
                Cell cell = row.getCell(i);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(i < 6 ? "'" + dangerous.get(i) : "safe");
            }
        }
        ParticipantSheet back = XlsxFormat.read(xlsx);
        assertThat(back.rows().get(0).cells()).containsEntry("a", "=1+1").containsEntry("d", "@A1").containsEntry("g", "safe");
    }

    @Test
    void readsDatesNumbersAndFormulaResultsAsTheSheetShowsThem() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Лист1");
            Row header = sheet.createRow(0);
            String[] names = {"country", "rank_since", "phone", "family_en", "given_en"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            // Row 2 left empty; data in row 3, as a person may leave a gap.
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("KR");
            Cell since = row.createCell(1);
            since.setCellValue(LocalDate.of(2023, 5, 10));
            since.setCellStyle(date);
            row.createCell(2).setCellValue(77012345678d);
            row.createCell(3).setCellFormula("\"J\"&\"o\"");
            row.createCell(4).setCellValue("Tae-ik");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ParticipantSheet sheet = XlsxFormat.read(xlsx);
        assertThat(sheet.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(3);
            assertThat(r.cells()).containsEntry("rank_since", "2023-05-10").containsEntry("phone", "77012345678")
                    .containsEntry("family_en", "Jo").containsEntry("given_en", "Tae-ik");
        });
    }

    @Test
    void aFileThatIsNoZipArchiveIsRefused() {
        ForumException text = catchThrowableOfType(ForumException.class,
                () -> XlsxFormat.read("country,family_en\nKR,Kim\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(text.kind()).isEqualTo(Kind.INVALID);
        assertThat(text.fieldErrors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("file");
            assertThat(f.message()).contains("not a zip archive");
        });

        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);
        ForumException xls = catchThrowableOfType(ForumException.class, () -> XlsxFormat.read(ole2));
        assertThat(xls.fieldErrors().get(0).message()).contains(".xls");

        byte[] truncated = Arrays.copyOf(XlsxFormat.write(List.of(List.of("country")), "p"), 200);
        ForumException damaged = catchThrowableOfType(ForumException.class, () -> XlsxFormat.read(truncated));
        assertThat(damaged.kind()).isEqualTo(Kind.INVALID);
        assertThat(damaged.fieldErrors().get(0).field()).isEqualTo("file");
    }

    @Test
    void aZipArchiveWithoutAWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        ForumException e = catchThrowableOfType(ForumException.class, () -> XlsxFormat.read(bytes.toByteArray()));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors().get(0).message()).contains("not an XLSX workbook");
    }

    /** 64 MB of zeros, deflated while it is written: about 64 KB in memory, never 64 MB. */
    private static byte[] bomb(String entry, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipBombIsRefusedFromItsCentralDirectoryBeforeAnythingIsInflated() throws IOException {
        byte[] bomb = bomb("xl/worksheets/sheet1.xml", 64L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        ForumException e = catchThrowableOfType(ForumException.class, () -> XlsxFormat.read(bomb));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("file");
            assertThat(f.message()).contains("too much data", "50 MB");
        });

        byte[] dense = bomb("xl/sharedStrings.xml", 8L * 1024 * 1024);
        ForumException ratio = catchThrowableOfType(ForumException.class, () -> XlsxFormat.read(dense));
        assertThat(ratio.fieldErrors().get(0).message()).contains("too much data", "100 to 1");
    }

    @Test
    void aZipBombWhoseDirectoryLiesIsStoppedByPoiWhileInflating() throws IOException {
        // A real workbook whose sheet is replaced by 20 MB of blanks that the central directory calls 10 KB.
        byte[] real = XlsxFormat.write(List.of(List.of("country"), List.of("KR")), "participants");
        Path file = Files.createTempFile("real", ".xlsx");
        Files.write(file, real);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[64 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 320; i++) {
                        out.write(blanks);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        byte[] liar = bytes.toByteArray();
        assertThat(setDeclaredSize(liar, "xl/worksheets/sheet1.xml", 10_000)).isTrue();

        ForumException e = catchThrowableOfType(ForumException.class, () -> XlsxFormat.read(liar));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors().get(0).field()).isEqualTo("file");
        assertThat(e.fieldErrors().get(0).message()).contains("too much data", "expands more than 100 to 1");
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(50L * 1024 * 1024);
    }

    /** Overwrites the uncompressed size of an entry in the central directory (offset 24 of its header). */
    private static boolean setDeclaredSize(byte[] zip, String name, int size) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                int nameLength = (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8;
                if (nameLength == wanted.length && Arrays.equals(zip, i + 46, i + 46 + nameLength, wanted, 0, wanted.length)) {
                    for (int b = 0; b < 4; b++) {
                        zip[i + 24 + b] = (byte) (size >>> (8 * b));
                    }
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void atMostTheRowLimitIsRead() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("country", "family_en"));
        for (int i = 0; i <= ParticipantImport.MAX_ROWS; i++) {
            rows.add(List.of("KZ", "Person " + i));
        }
        ForumException e = catchThrowableOfType(ForumException.class, () -> XlsxFormat.read(XlsxFormat.write(rows, "p")));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors().get(0).message()).contains("more than 5000");
    }
}
