package org.forumprotocol.docs.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.delegation.ParticipantImport;
import org.forumprotocol.core.delegation.ParticipantSheet;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        byte[] body = utf8(text);
        byte[] all = new byte[body.length + 3];
        System.arraycopy(BOM, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    @Test
    void readsCommasWithoutByteOrderMark() {
        ParticipantSheet sheet = CsvFormat.read(utf8("country,family_kk,given_kk\nKZ,Оспанов,Әсет\nKR,조,태익\n"));
        assertThat(sheet.headers()).containsExactly("country", "family_kk", "given_kk");
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(0).number()).isEqualTo(2);
        assertThat(sheet.rows().get(0).cells()).containsEntry("family_kk", "Оспанов").containsEntry("given_kk", "Әсет");
        assertThat(sheet.rows().get(1).cells()).containsEntry("family_kk", "조");
    }

    @Test
    void readsSemicolonsWithByteOrderMarkAndHeadersInAnyCase() {
        ParticipantSheet sheet = CsvFormat.read(withBom("Country; FAMILY_EN ;given_en\r\nKR;Müller;Éric\r\n"));
        assertThat(sheet.headers()).containsExactly("country", "family_en", "given_en");
        assertThat(sheet.rows().get(0).cells()).containsEntry("family_en", "Müller").containsEntry("given_en", "Éric");
    }

    @Test
    void theHeaderLineChoosesTheDelimiterEvenWhenCellsHoldTheOther() {
        assertThat(CsvFormat.delimiter("a;b;c\n1,2,3,4,5")).isEqualTo(';');
        assertThat(CsvFormat.delimiter("a,b,c\n1;2;3;4;5")).isEqualTo(',');
        assertThat(CsvFormat.delimiter("\"a;b;c\",d\n")).isEqualTo(',');
        assertThat(CsvFormat.delimiter("country")).isEqualTo(',');
        ParticipantSheet sheet = CsvFormat.read(utf8("country;position_en\nKR;Ambassador, Extraordinary\n"));
        assertThat(sheet.rows().get(0).cells()).containsEntry("position_en", "Ambassador, Extraordinary");
    }

    @Test
    void quotedCellsHoldDelimitersQuotesAndLineBreaksAndRowNumbersFollowRecords() {
        String csv = "country,position_ru,dietary_needs\r\n"
                + "KZ,\"Аким, Туркестанская область\",\"no \"\"pork\"\"\r\nno alcohol\"\r\n"
                + "\r\n"
                + "KR,\"line one\nline two\",\n"
                + "KG,\"\",x\r";
        ParticipantSheet sheet = CsvFormat.read(utf8(csv));
        assertThat(sheet.rows()).extracting(ParticipantSheet.Row::number).containsExactly(2, 4, 5);
        assertThat(sheet.rows().get(0).cells()).containsEntry("position_ru", "Аким, Туркестанская область")
                .containsEntry("dietary_needs", "no \"pork\"\r\nno alcohol");
        assertThat(sheet.rows().get(1).cells()).containsEntry("position_ru", "line one\nline two").doesNotContainKey("dietary_needs");
        assertThat(sheet.rows().get(2).cells()).containsEntry("dietary_needs", "x").doesNotContainKey("position_ru");
    }

    @Test
    void cellsBeyondTheHeaderAreCounted() {
        ParticipantSheet sheet = CsvFormat.read(utf8("country,,family_en\nKR,stray,Kim,more,\n"));
        assertThat(sheet.rows().get(0).cells()).containsOnlyKeys("country", "family_en");
        assertThat(sheet.rows().get(0).cellsWithoutHeader()).isEqualTo(2);
    }

    @Test
    void aQuoteThatNeverClosesIsRefusedWithItsRow() {
        ForumException e = catchThrowableOfType(ForumException.class,
                () -> CsvFormat.read(utf8("country,family_en\nKR,Kim\nKG,\"Asanov\nKZ,Nur\n")));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("file");
            assertThat(f.message()).contains("row 3", "never closed");
        });
    }

    @Test
    void aFileInAnotherCharacterSetIsRefused() {
        byte[] cp1251 = "country,family_ru\nKZ,Оспанов\n".getBytes(Charset.forName("windows-1251"));
        ForumException e = catchThrowableOfType(ForumException.class, () -> CsvFormat.read(cp1251));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors().get(0).field()).isEqualTo("file");
        assertThat(e.fieldErrors().get(0).message()).contains("UTF-8");
    }

    @Test
    void writesAByteOrderMarkCrlfAndQuotesOnlyWhereNeeded() {
        byte[] csv = CsvFormat.write(List.of(List.of("country", "position_en", "dietary_needs"),
                List.of("KR", "Ambassador; of Korea, to Kazakhstan", "no \"pork\"\nno alcohol")), ';');
        assertThat(csv).startsWith(BOM);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("country;position_en;dietary_needs\r\n"
                + "KR;\"Ambassador; of Korea, to Kazakhstan\";\"no \"\"pork\"\"\nno alcohol\"\r\n");
        ParticipantSheet back = CsvFormat.read(csv);
        assertThat(back.rows().get(0).cells()).containsEntry("dietary_needs", "no \"pork\"\nno alcohol")
                .containsEntry("position_en", "Ambassador; of Korea, to Kazakhstan");
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralisedAndComeBackUnchanged() {
        List<String> dangerous = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+7 701 555 00 00", "-2+3", "@SUM(A1)",
                "\tindented", "\rreturn", "plain", "it's fine", "'quoted already");
        List<String> header = new ArrayList<>();
        for (int i = 0; i < dangerous.size(); i++) {
            header.add("c" + i);
        }
        byte[] csv = CsvFormat.write(List.of(header, dangerous), ',');
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(",'+7 701 555 00 00,", ",'-2+3,", ",'@SUM(A1),", ",'\tindented,", ",\"'\rreturn\",", ",plain,",
                ",it's fine,", ",'quoted already");
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).startsWith("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",");
        for (String cell : text.split("[,\r\n]")) {
            assertThat(cell.replace("\"", "")).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
        }
        ParticipantSheet back = CsvFormat.read(csv);
        for (int i = 0; i < dangerous.size(); i++) {
            assertThat(back.rows().get(0).cells().get("c" + i)).isEqualTo(dangerous.get(i));
        }
    }

    @Test
    void atMostTheRowLimitIsRead() {
        StringBuilder csv = new StringBuilder("country,family_en\n");
        for (int i = 0; i < ParticipantImport.MAX_ROWS; i++) {
            csv.append("KZ,Person").append(i).append('\n');
        }
        assertThat(CsvFormat.read(utf8(csv.toString())).rows()).hasSize(ParticipantImport.MAX_ROWS);
        csv.append("KZ,One too many\n");
        ForumException e = catchThrowableOfType(ForumException.class, () -> CsvFormat.read(utf8(csv.toString())));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors().get(0).field()).isEqualTo("file");
    }
}
