package org.forumprotocol.docs.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.MemorandumSamples;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.forumprotocol.docs.memorandum.VerificationReport.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The printable verification report: PDF/A-2u in every working language, with Kazakh and Hangul names as text. */
class VerificationReportPdfTest {
    static final Instant CHECKED = Instant.parse("2025-09-19T08:15:30Z");
    static TestKeys ca;
    static VerificationReport signed;
    static VerificationReport modified;

    @BeforeAll
    static void verify() throws Exception {
        ca = TestKeys.selfSigned(TestKeys.rsa(), "CN=Test Root CA, O=Forum Protocol Tests, C=KZ");
        TestKeys karaganda = ca.issue(TestKeys.rsa(), "CN=Жақсыбаев Ғалым Құрманұлы, O=Қарағанды техникалық университеті, C=KZ");
        TestKeys kongju = TestKeys.selfSigned(TestKeys.ecP256(), "CN=임경호, O=국립공주대학교, C=KR");
        byte[] agreed = MemorandumPdf.render(MemorandumSamples.content("kk", "ko"));
        byte[] both = MemorandumSignerTest.sign(MemorandumSignerTest.sign(agreed, karaganda, "party-1"), kongju, "party-2");
        MemorandumVerifier verifier = new MemorandumVerifier(List.of(ca.certificate));
        signed = verifier.verify(both);
        modified = verifier.verify(MemorandumVerifierTest.append(both, doc -> new PdfCanvas(doc.getFirstPage()).rectangle(100, 100, 200, 50).fill()));
        assertThat(signed.verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
        assertThat(modified.verdict()).isEqualTo(Verdict.MODIFIED);
    }

    @Test
    void theReportIsPdfA2uInEveryLanguageWithEverySignatureAsText() {
        for (Language language : Language.values()) {
            byte[] pdf = PdfChecks.keep("verification-report-" + language.code() + ".pdf",
                    VerificationReportPdf.render(signed, "양해각서 – Қарағанды.pdf", CHECKED, language));
            PdfChecks.assertPdfA2u(pdf, language.code());
            String words = PdfChecks.words(pdf);
            assertThat(words).as(language.code()).contains("Жақсыбаев Ғалым Құрманұлы", "임경호", "국립공주대학교", "양해각서 – Қарағанды.pdf",
                    signed.sha256(), signed.signatures().get(0).serialNumber(), "Test Root CA", "B-B", "party-1", "party-2");
        }
        String kk = PdfChecks.words(VerificationReportPdf.render(signed, null, CHECKED, Language.KK));
        assertThat(kk).contains("Қолтаңбаларды тексеру есебі", "Қолтаңба 1/2: party-1 өрісі", "Иә: қол қойылған деректер өзгермеген",
                "Сенімсіз", "Куәландырылған: нысандарды толтыруға және қол қоюға рұқсат етілген", "2-жаңарту: party-2 қолтаңба өрісі",
                "19 қыркүйек 08:15:30 UTC");
        String ko = PdfChecks.words(VerificationReportPdf.render(signed, null, CHECKED, Language.KO));
        assertThat(ko.replace(" ", "")).contains("서명검증보고서", "서명1/2:필드party-1", "무결성", "2025년9월19일");
        String ru = PdfChecks.words(VerificationReportPdf.render(signed, null, CHECKED, Language.RU));
        assertThat(ru).contains("Отчёт о проверке подписей", "Подписи не нарушены, недопустимых изменений нет, но не все сертификаты",
                "Доверенный", "Не доверенный", "Обновление 2: поле подписи party-2 (допустимо)");
        assertThat(VerificationReportPdf.fileName(Language.RU)).isEqualTo("Отчёт о проверке подписей.pdf");
    }

    @Test
    void aModificationAfterSigningIsShownWithItsPage() {
        byte[] pdf = PdfChecks.keep("verification-report-modified-en.pdf", VerificationReportPdf.render(modified, null, CHECKED, Language.EN));
        PdfChecks.assertPdfA2u(pdf, "en");
        String words = PdfChecks.words(pdf);
        assertThat(words).contains("the document was changed after signing in a way that is not permitted",
                "Yes, not as permitted: modified after signing", "Update 3: content of page 1 (not permitted)",
                "Revision 1 of 3: the document as it was when signed", "Update 2: signature field party-2 (permitted)");
        String unsigned = PdfChecks.words(VerificationReportPdf.render(
                new MemorandumVerifier(List.of()).verify(MemorandumPdf.render(MemorandumSamples.content("ru", "ko"))), "draft.pdf", CHECKED,
                Language.EN));
        assertThat(unsigned).contains("The file has no signatures.", "None: the document is not certified");
    }
}
