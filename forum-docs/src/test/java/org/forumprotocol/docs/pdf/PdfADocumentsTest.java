package org.forumprotocol.docs.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.DocumentSamples;
import org.junit.jupiter.api.Test;

class PdfADocumentsTest {

    private static byte[] sample(int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo("Сынақ – 시험", "Түркістан облысының әкімдігі", "test", Language.KK));
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            PageFrame.install(document, "Орталық Азия – Корея ІІ / 중앙아시아-한국", Labels.of(Language.RU).get("page.of"));
            for (int i = 0; i < pages; i++) {
                if (i > 0) {
                    document.add(new AreaBreak());
                }
                // One paragraph, three scripts: every character finds its font, by the font selector or in runs.
                document.add(new Paragraph(DocumentSamples.KAZAKH_LETTERS + " Чжо Тэ Ик 조태익 Jo Tae-ik"));
                document.add(FontRuns.of(document).bold("Құрметті 조태익 мырза!"));
            }
        }
        return out.toByteArray();
    }

    @Test
    void oneParagraphMixesKazakhRussianLatinAndHangulFromEmbeddedFonts() {
        byte[] pdf = PdfChecks.keep("toolkit.pdf", sample(3));
        PdfChecks.assertPdfA2u(pdf, "kk");
        String words = PdfChecks.words(pdf);
        assertThat(words).contains(DocumentSamples.KAZAKH_LETTERS + " Чжо Тэ Ик 조태익 Jo Tae-ik", "Құрметті 조태익 мырза!");
        assertThat(PdfChecks.fontNames(pdf)).anySatisfy(n -> assertThat(n).endsWith("+NotoSans-Regular"))
                .anySatisfy(n -> assertThat(n).endsWith("+NotoSans-Bold")).anySatisfy(n -> assertThat(n).endsWith("+NanumGothic"));
    }

    @Test
    void charactersNoFontHasAreReplacedSoTheDocumentStaysPdfA() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo("x", "y", "z", Language.EN));
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            document.add(new Paragraph("Müller محمد ☃ 😀 東京 ქართული"));
        }
        byte[] bytes = out.toByteArray();
        PdfChecks.assertPdfA2u(bytes, "en");
        // Latin, Hangul's Hanja and the snowman are there; what no font has is replaced, not silently dropped.
        assertThat(PdfChecks.words(bytes)).contains("Müller", "東京").doesNotContain("محمد", "ქართული");
        assertThat(DocumentFonts.printable("Ab 😀 c")).isIn("Ab \uFFFD c", "Ab ? c");
    }

    @Test
    void fontRunsGiveEachScriptItsFontOnceAndKeepEveryWordInTheStructure() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo("x", "y", "z", Language.KO));
        String organisation = "Түркістан облысының әкімдігі";
        String letter = organisation + "은(는) 2025년 9월 18일~19일 투르키스탄에서 개최되는 「제2차 중앙아시아-한국 협력 포럼」에 귀하를 "
                + "정중히 초청합니다. Jo Tae-ik 😀";
        List<String> errors = PdfChecks.itextErrors(() -> {
            try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
                document.setMargins(57, 57, 57, 71);
                FontRuns text = FontRuns.of(document);
                // Justified with an indented first line: the lines break where a text of two fonts once lost its tag.
                document.add(text.paragraph(letter).setFontSize(11).setFirstLineIndent(28).setTextAlignment(TextAlignment.JUSTIFIED)
                        .setMultipliedLeading(1.3f));
                document.add(text.bold("Құрметті 조태익 мырза!"));
                List<Text> runs = text.regular("Түркістан 조태익 (Жо)");
                assertThat(runs).extracting(Text::getText).containsExactly("Түркістан ", "조태익 ", "(Жо)");
                assertThat(runs).extracting(r -> r.<PdfFont>getProperty(Property.FONT).getFontProgram().getFontNames().getFontName())
                        .containsExactly("NotoSans-Regular", "NanumGothic", "NotoSans-Regular");
                assertThat(text.boldRuns("Ә 조")).extracting(r -> r.<Boolean>getProperty(Property.BOLD_SIMULATION))
                        .containsExactly(null, true);
            }
        });
        assertThat(errors).isEmpty();
        byte[] bytes = out.toByteArray();
        PdfChecks.assertPdfA2u(bytes, "ko");
        assertThat(PdfChecks.untaggedText(bytes)).isEmpty();
        // The emoji no font has is replaced, as the font selector does it.
        assertThat(PdfChecks.words(bytes)).contains(organisation + "은(는)", "귀하를 정중히", "Jo Tae-ik", "Құрметті 조태익 мырза!")
                .doesNotContain("😀");
    }

    @Test
    void textDrawnOutsideTheStructureIsFound() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo("x", "y", "z", Language.EN));
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            document.add(new Paragraph("Tagged"));
            PdfFont font = DocumentFonts.pdfFont(document.getProperty(Property.FONT_PROVIDER), DocumentFonts.REGULAR);
            new PdfCanvas(pdf.getFirstPage()).beginText().setFontAndSize(font, 10).moveText(100, 100).showText("Loose").endText();
        }
        assertThat(PdfChecks.untaggedText(out.toByteArray())).containsExactly("page 1: Loose");
    }

    @Test
    void everyPageSaysItsNumberOfTheTotalAndTheHeader() {
        String words = PdfChecks.words(sample(3));
        assertThat(words).contains("Страница 1 из 3", "Страница 2 из 3", "Страница 3 из 3")
                .contains("Орталық Азия – Корея ІІ / 중앙아시아-한국");
    }

    @Test
    void aHeaderTooLongForTheLineIsSetSmallerNotCut() throws Exception {
        String header = "Орталық Азия – Корея ІІ ынтымақтастық форумы: жергілікті өзін-өзі басқару органдарының "
                + "Түркістандағы кездесуі – 중앙아시아-한국 지방정부 협력 포럼 – Бағдарлама (1-басылым)";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo("x", "y", "z", Language.KK));
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            PageFrame.install(document, header, Labels.of(Language.KK).get("page.of"));
            document.add(new Paragraph("Мәтін"));
        }
        byte[] bytes = out.toByteArray();
        PdfChecks.assertPdfA2u(bytes, "kk");
        assertThat(PdfChecks.words(bytes)).contains(header, "1-бет, барлығы 1");
        float[] right = {0};
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj()));
                }
            }.getText(doc);
        }
        assertThat(right[0]).as("rightmost glyph").isLessThanOrEqualTo(PageSize.A4.getWidth() - 36 + 0.5f);
    }

    @Test
    void metadataLanguageAndStructureAreThere() throws Exception {
        try (PDDocument doc = Loader.loadPDF(sample(1))) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Сынақ – 시험");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Түркістан облысының әкімдігі");
            assertThat(doc.getDocumentInformation().getCreationDate()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("kk");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("Сынақ – 시험", "Түркістан облысының әкімдігі");
        }
    }

    @Test
    void everyLanguageHasEveryLabelAndDatesInItsOwnWords() {
        Set<String> english = Labels.of(Language.EN).keys();
        for (Language l : Language.values()) {
            assertThat(Labels.of(l).keys()).as(l.code()).containsExactlyInAnyOrderElementsOf(english);
        }
        java.time.LocalDate from = java.time.LocalDate.of(2025, 9, 18);
        assertThat(Labels.of(Language.KK).dates(from, from.plusDays(1))).contains("қыркүйек");
        assertThat(Labels.of(Language.RU).dates(from, from.plusDays(1))).contains("18–19 сентября 2025");
        assertThat(Labels.of(Language.EN).dates(from, from.plusDays(1))).startsWith("September 18").endsWith("19, 2025");
        assertThat(Labels.of(Language.KO).date(from)).isEqualTo("2025년 9월 18일");
    }
}
