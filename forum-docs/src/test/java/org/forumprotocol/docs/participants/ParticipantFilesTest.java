package org.forumprotocol.docs.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.delegation.ParticipantColumns;
import org.forumprotocol.core.delegation.ParticipantSheet;
import org.forumprotocol.docs.participants.ParticipantFiles.Format;
import org.junit.jupiter.api.Test;

class ParticipantFilesTest {

    @Test
    void theTemplateHasExactlyTheColumnsAndTheAmbassadorOfKoreaAsExample() {
        for (Format format : Format.values()) {
            byte[] template = ParticipantFiles.template(format, ';');
            ParticipantSheet sheet = ParticipantFiles.read(template, ParticipantFiles.templateFileName(format), format.mediaType());
            assertThat(sheet.headers()).as(format.name()).containsExactlyElementsOf(ParticipantColumns.IMPORTED);
            assertThat(sheet.rows()).singleElement().satisfies(row -> {
                assertThat(row.number()).isEqualTo(2);
                assertThat(row.cells()).containsEntry("country", "KR").containsEntry("family_ko", "조").containsEntry("given_ko", "태익")
                        .containsEntry("family_ru", "Чжо").containsEntry("given_ru", "Тэ Ик")
                        .containsEntry("family_en", "Jo").containsEntry("given_en", "Tae-ik")
                        .containsEntry("role", "HEAD").containsEntry("rank", "AMBASSADOR").containsEntry("rank_since", "2023-05-10");
            });
        }
        assertThat(ParticipantFiles.templateFileName(Format.CSV)).isEqualTo("participants-template.csv");
        assertThat(new String(ParticipantFiles.template(Format.CSV, ','), StandardCharsets.UTF_8)).startsWith("\uFEFFcountry,delegation_kk,");
    }

    @Test
    void theFormatFollowsTheContentThenTheName() {
        byte[] csv = "country\nKR\n".getBytes(StandardCharsets.UTF_8);
        byte[] xlsx = ParticipantFiles.template(Format.XLSX, ',');
        assertThat(ParticipantFiles.formatOf(csv, "list.csv", "text/csv")).isEqualTo(Format.CSV);
        assertThat(ParticipantFiles.formatOf(csv, null, null)).isEqualTo(Format.CSV);
        assertThat(ParticipantFiles.formatOf(xlsx, "list.csv", "text/csv")).isEqualTo(Format.XLSX);
        assertThat(ParticipantFiles.formatOf(csv, "LIST.XLSX", "application/octet-stream")).isEqualTo(Format.XLSX);
        assertThat(ParticipantFiles.formatOf(csv, "list", Format.XLSX.mediaType())).isEqualTo(Format.XLSX);
    }

    @Test
    void anXlsxThatIsNoZipAnEmptyFileAndATooLargeOneAreRefused() {
        byte[] csv = "country\nKR\n".getBytes(StandardCharsets.UTF_8);
        ForumException notZip = catchThrowableOfType(ForumException.class, () -> ParticipantFiles.read(csv, "list.xlsx", null));
        assertThat(notZip.kind()).isEqualTo(Kind.INVALID);
        assertThat(notZip.fieldErrors().get(0).field()).isEqualTo("file");

        ForumException empty = catchThrowableOfType(ForumException.class, () -> ParticipantFiles.read(new byte[0], "list.csv", null));
        assertThat(empty.kind()).isEqualTo(Kind.INVALID);

        byte[] big = new byte[(int) ParticipantFiles.MAX_UPLOAD_BYTES + 1];
        ForumException tooLarge = catchThrowableOfType(ForumException.class, () -> ParticipantFiles.read(big, "list.csv", null));
        assertThat(tooLarge.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(tooLarge.fieldErrors().get(0).field()).isEqualTo("file");
    }

    @Test
    void fileNamesKeepKazakhAndHangulButNothingAFileSystemRefuses() {
        assertThat(ParticipantFiles.safe("Орталық Азия / Корея: \"II\" форумы\u202E")).isEqualTo("Орталық Азия Корея II форумы");
        assertThat(ParticipantFiles.safe("제2회 중앙아시아-한국 포럼")).isEqualTo("제2회 중앙아시아-한국 포럼");
        String longTitle = "Ә".repeat(150) + "😀";
        assertThat(ParticipantFiles.safe(longTitle)).hasSize(100);
    }
}
