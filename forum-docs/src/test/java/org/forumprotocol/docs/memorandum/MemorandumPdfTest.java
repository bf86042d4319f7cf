package org.forumprotocol.docs.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumSamples;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The memorandum as PDF/A-3u, read back with PDFBox and judged by veraPDF. */
class MemorandumPdfTest {

    static byte[] render(String... languages) {
        return PdfChecks.keep("memorandum-" + String.join("-", languages) + ".pdf",
                MemorandumPdf.render(MemorandumSamples.content(languages)));
    }

    @Test
    void twoLanguagesStandSideBySideWithTheirArticlesLevel() {
        byte[] pdf = render("kk", "ko");
        assertThat(PdfChecks.pdfAViolations(pdf, PDFAFlavour.PDFA_3_U)).as("veraPDF PDF/A-3u").isEmpty();
        String words = PdfChecks.words(pdf);
        assertThat(words).contains("Өзара түсіністік туралы меморандум", "양해각서", "Әбілқас Сағынов атындағы",
                "국립공주대학교", "Жақсыбаев Ғалым Құрманұлы", "임경호", "3-бап", "제3조",
                "барлық мәтіндердің күші бірдей", "қазақ тілі", "1-бет, барлығы 1", "Қолы / 서명");
        // Korean breaks lines between any two syllables, so its sentences are compared without white space.
        assertThat(words.replace(" ", "")).contains("각언어본은동등하게정본이다", "다음언어로작성되었으며(카자흐어및한국어)",
                "2025년9월18일투르키스탄에서", "투르키스탄");
        for (int article = 1; article <= 3; article++) {
            Position kk = position(pdf, article + "-бап");
            Position ko = position(pdf, "제" + article + "조");
            assertThat(ko.page()).isEqualTo(kk.page());
            assertThat(ko.y()).as("article %d level in both columns", article).isCloseTo(kk.y(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(ko.x()).as("Korean in the right column").isGreaterThan(kk.x() + 200);
        }
    }

    @Test
    void threeOrFourLanguagesFollowOneAnother() {
        byte[] pdf = render("kk", "ru", "en", "ko");
        assertThat(PdfChecks.pdfAViolations(pdf, PDFAFlavour.PDFA_3_U)).as("veraPDF PDF/A-3u").isEmpty();
        String words = PdfChecks.words(pdf);
        int kk = words.indexOf("1-бап");
        int ru = words.indexOf("Статья 1");
        int en = words.indexOf("Article 1");
        int ko = words.indexOf("제1조");
        assertThat(kk).isNotNegative().isLessThan(ru);
        assertThat(ru).isLessThan(en);
        assertThat(en).isLessThan(ko);
        assertThat(words).contains("Done at Turkestan on September 18, 2025 in Kazakh, Russian, English, and Korean, each text being equally authentic.")
                .contains("причём все тексты имеют одинаковую силу")
                .contains("Chairman of the Board – Rector", "Председатель правления – ректор");
        assertThat(position(pdf, "Статья 1").x()).as("one column").isCloseTo(position(pdf, "Article 1").x(),
                org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void theMachineReadableMemorandumIsAnAssociatedFileAndEveryPartyHasASignatureField() throws IOException {
        MemorandumContent content = MemorandumSamples.content("ru", "ko");
        byte[] pdf = MemorandumPdf.render(content);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            COSArray af = catalog.getCOSArray(COSName.getPDFName("AF"));
            assertThat(af).as("catalog /AF").isNotNull().hasSize(1);
            COSDictionary spec = (COSDictionary) af.getObject(0);
            assertThat(spec.getString(COSName.F)).isEqualTo(MemorandumPdf.JSON_NAME);
            assertThat(spec.getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Data");
            COSStream file = (COSStream) spec.getCOSDictionary(COSName.EF).getDictionaryObject(COSName.F);
            assertThat(file.getNameAsString(COSName.SUBTYPE)).isEqualTo("application/json");
            String text;
            try (var in = file.createInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            JsonObject json = Json.createReader(new StringReader(text)).readObject();
            assertThat(json.getString("format")).isEqualTo(MemorandumPdf.JSON_FORMAT);
            assertThat(json.getJsonArray("languages").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("ru", "ko");
            assertThat(json.getJsonObject("texts").getJsonObject("ko").getString("sha256")).isEqualTo(content.textSha256(Language.KO));
            assertThat(json.getJsonObject("texts").getJsonObject("ru").getString("sha256")).isEqualTo(content.textSha256(Language.RU));
            assertThat(json.getJsonObject("texts").getJsonObject("ru").getInt("articles")).isEqualTo(3);
            JsonObject second = json.getJsonArray("parties").getJsonObject(1);
            assertThat(second.getString("signatureField")).isEqualTo("party-2");
            assertThat(second.getString("country")).isEqualTo("KR");
            assertThat(second.getJsonObject("signatory").getJsonObject("name").getString("ko")).isEqualTo("임경호");
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsKey(MemorandumPdf.JSON_NAME);

            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertThat(form).isNotNull();
            List<String> names = new ArrayList<>();
            for (PDField field : form.getFields()) {
                assertThat(field).isInstanceOf(PDSignatureField.class);
                PDSignatureField signature = (PDSignatureField) field;
                assertThat(signature.getValue()).as("not signed yet").isNull();
                var widget = signature.getWidgets().get(0);
                assertThat(widget.getRectangle().getHeight()).isGreaterThan(40);
                assertThat(widget.getPage()).isNotNull();
                names.add(field.getFullyQualifiedName());
            }
            assertThat(names).containsExactly("party-1", "party-2");
        }
    }

    @Test
    void aDraftIsMarkedOnEveryPageInItsLanguagesAndCannotBeSigned() throws IOException {
        MemorandumContent content = MemorandumSamples.content("kk", "ko");
        MemorandumContent longer = new MemorandumContent(content.title(), content.languages(), content.parties(),
                java.util.Map.of(Language.KK, java.util.Collections.nCopies(40, content.articles(Language.KK).get(0)),
                        Language.KO, java.util.Collections.nCopies(40, content.articles(Language.KO).get(0))),
                content.place(), content.signingDate(), null, null);
        byte[] draft = PdfChecks.keep("memorandum-draft-kk-ko.pdf", MemorandumPdf.renderDraft(longer));
        assertThat(PdfChecks.pdfAViolations(draft, PDFAFlavour.PDFA_3_U)).as("veraPDF PDF/A-3u").isEmpty();
        int pages = PdfChecks.pages(draft);
        assertThat(pages).isGreaterThan(1);
        try (PDDocument doc = Loader.loadPDF(draft)) {
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // PDFBox puts each rotated Hangul syllable on a line of its own, so white space is left out.
                assertThat(stripper.getText(doc).replaceAll("\\s+", "")).as("page %d", page).contains("ЖОБА", "초안")
                        .doesNotContain("DRAFT", "ПРОЕКТ");
            }
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertThat(form == null ? List.of() : form.getFields()).as("no signature fields in a draft").isEmpty();
        }
        assertThat(PdfChecks.words(draft)).as("the text is the agreed one").contains("Өзара түсіністік туралы меморандум", "40-бап", "제40조");
        assertThat(MemorandumSignerTest.catchForum(() -> MemorandumSignerTest.sign(draft, MemorandumSignerTest.karagandaKeys(), "party-1"))
                .fieldErrors().get(0).field()).isEqualTo("party");

        byte[] agreed = MemorandumPdf.render(longer);
        assertThat(PdfChecks.text(agreed)).as("the agreed render has no watermark").doesNotContain("ЖОБА", "초안");
        assertThat(PdfChecks.pages(agreed)).isEqualTo(pages);
        byte[] four = MemorandumPdf.renderDraft(MemorandumSamples.content("kk", "ru", "en", "ko"));
        assertThat(PdfChecks.pdfAViolations(four, PDFAFlavour.PDFA_3_U)).isEmpty();
        assertThat(PdfChecks.text(four).replaceAll("\\s+", "")).contains("ЖОБА", "ПРОЕКТ", "DRAFT", "초안");
    }

    record Position(int page, float x, float y) {
    }

    /** Where the first occurrence of {@code needle} starts: page, x and y (from the top). */
    static Position position(byte[] pdf, String needle) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Position> found = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    int at = text.indexOf(needle);
                    if (found.isEmpty() && at >= 0 && at < positions.size()) {
                        TextPosition p = positions.get(at);
                        found.add(new Position(getCurrentPageNo(), p.getXDirAdj(), p.getYDirAdj()));
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
            assertThat(found).as("'" + needle + "' in the document").isNotEmpty();
            return found.get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
