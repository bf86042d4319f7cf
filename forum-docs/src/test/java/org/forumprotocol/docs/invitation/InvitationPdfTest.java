package org.forumprotocol.docs.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.document.OutgoingLetters;
import org.forumprotocol.core.document.OutgoingReference;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.DocumentSamples.Forum;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class InvitationPdfTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private Forum forum;
    private OutgoingLetters letters;

    @BeforeEach
    void forum() {
        f = new ForumFixture(DB);
        forum = DocumentSamples.turkestan(f);
        letters = new OutgoingLetters(f.em, f.audit, f.clock);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private OutgoingReference reference(Delegate d, Letterhead letterhead) {
        return f.tx(() -> letters.issue(OutgoingLetters.INVITATION, d,
                letterhead.organisation().in(d.getDelegation().getEvent().hostLanguage())));
    }

    private byte[] letter(Delegate d, Letterhead letterhead) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvitationPdf.write(letterhead, d, reference(d, letterhead), out);
        return out.toByteArray();
    }

    @Test
    void eachDelegateIsWrittenToInTheirLanguageWithTheNextReferenceNumber() {
        Letterhead head = Letterhead.of(forum.event());
        byte[] kk = PdfChecks.keep("invitation-kk.pdf", letter(forum.akim(), head));
        PdfChecks.assertPdfA2u(kk, "kk");
        assertThat(PdfChecks.words(kk)).contains("Түркістан облысының әкімдігі", "Шығыс № 1/2025", "Шақыру хат",
                "Әбілқайыров Ғалымжан", "Түркістан облысының әкімі", "Құрметті Әбілқайыров мырза!",
                "Орталық Азия – Корея ІІ ынтымақтастық форумы", "Түркістан қаласында", "қыркүйек", "Қолы");

        byte[] ru = PdfChecks.keep("invitation-ru.pdf", letter(forum.kazakhMember(), head));
        PdfChecks.assertPdfA2u(ru, "ru");
        assertThat(PdfChecks.words(ru)).contains("Акимат Туркестанской области", "Исх. № 2/2025", "Усенова Улжан",
                "Уважаемая госпожа Усенова!", "«II Форум сотрудничества «Центральная Азия – Корея»»", "18–19 сентября 2025");

        // A Korean letter whose organisation is written in Kazakh: its justified, indented first paragraph mixes two
        // fonts, and iText once dropped the tag of what followed a line break between them (and logged an error).
        byte[][] letter = new byte[1][];
        assertThat(PdfChecks.itextErrors(() -> letter[0] = letter(forum.ambassador(), head))).isEmpty();
        byte[] ko = PdfChecks.keep("invitation-ko.pdf", letter[0]);
        PdfChecks.assertPdfA2u(ko, "ko");
        assertThat(PdfChecks.untaggedText(ko)).isEmpty();
        assertThat(PdfChecks.words(ko)).contains("문서번호 3/2025", "각하", "조태익", "주카자흐스탄 대한민국 특명전권대사",
                "조태익 귀하", "2차 중앙아시아-한국 협력 포럼", "투르키스탄", "2025년 9월 18일", "초청장");

        byte[] en = PdfChecks.keep("invitation-en.pdf", letter(forum.canadian(), head));
        PdfChecks.assertPdfA2u(en, "en");
        assertThat(PdfChecks.words(en)).contains("No. 4/2025", "H.E.", "Margaret Wilson", "Ambassador of Canada to Kazakhstan",
                "Dear Ms Wilson,", "Central Asia – Korea Cooperation Forum II", "Turkestan");

        // Printed again: the same letter, the same number.
        assertThat(PdfChecks.words(letter(forum.akim(), head))).contains("Шығыс № 1/2025");
        assertThat(InvitationPdf.fileName(forum.ambassador(), reference(forum.ambassador(), head)))
                .isEqualTo("제2차 중앙아시아-한국 협력 포럼 – 초청장 – 조태익 – 3-2025.pdf");
    }

    @Test
    void aConfiguredLetterheadBringsItsNameAddressAndLogo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("letterhead.properties"), """
                organisation.kk=Түркістан облысы әкімінің аппараты
                organisation.ko=투르키스탄 주 행정청
                address.kk=161200, Түркістан қ., Жаңа қала, 1-үй
                """, StandardCharsets.UTF_8);
        BufferedImage logo = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(0x00, 0x80, 0xC0));
        g.fillOval(10, 10, 100, 100);
        g.dispose();
        ImageIO.write(logo, "png", dir.resolve("logo.png").toFile());

        Letterhead head = Letterhead.from(dir, forum.event());
        byte[] kk = PdfChecks.keep("invitation-letterhead.pdf", letter(forum.akim(), head));
        PdfChecks.assertPdfA2u(kk, "kk");
        assertThat(PdfChecks.words(kk)).contains("Түркістан облысы әкімінің аппараты", "161200, Түркістан қ., Жаңа қала, 1-үй");
        try (PDDocument doc = Loader.loadPDF(kk)) {
            var resources = doc.getPage(0).getResources();
            boolean image = false;
            for (COSName n : resources.getXObjectNames()) {
                image |= resources.getXObject(n) instanceof PDImageXObject i && i.getWidth() == 120;
            }
            assertThat(image).as("the logo is on the page").isTrue();
        }
        byte[] ko = letter(forum.ambassador(), head);
        assertThat(PdfChecks.words(ko)).contains("투르키스탄 주 행정청");
        assertThat(InvitationPdf.language(forum.kyrgyzHead())).isEqualTo(Language.RU);
        assertThat(Letterhead.from(dir.resolve("missing"), forum.event()).organisation()).isEqualTo(forum.event().getHostOrganisation());
    }
}
