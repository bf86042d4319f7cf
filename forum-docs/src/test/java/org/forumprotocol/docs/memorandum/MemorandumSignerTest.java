package org.forumprotocol.docs.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.memorandum.MemorandumSamples;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Two parties sign in turn with keys made here; the refusals of bad keys and passwords. */
class MemorandumSignerTest {
    static byte[] agreed;
    static TestKeys karaganda;
    static TestKeys kongju;

    @BeforeAll
    static void keys() throws Exception {
        agreed = MemorandumPdf.render(MemorandumSamples.content("kk", "ko"));
        karaganda = TestKeys.selfSigned(TestKeys.rsa(), "CN=Жақсыбаев Ғалым, O=Қарағанды техникалық университеті, C=KZ");
        kongju = TestKeys.selfSigned(TestKeys.ecP256(), "CN=임경호, O=국립공주대학교, C=KR");
    }

    /** A key of Karaganda's rector, for tests that need any valid key. */
    static TestKeys karagandaKeys() throws Exception {
        return TestKeys.selfSigned(TestKeys.rsa(), "CN=Жақсыбаев Ғалым, O=Қарағанды техникалық университеті, C=KZ");
    }

    static byte[] sign(byte[] pdf, TestKeys keys, String field) throws Exception {
        return MemorandumSigner.sign(pdf, keys.pkcs12("s3cret-Parol"), "s3cret-Parol".toCharArray(), null, field, null, TestKeys.NOW);
    }

    @Test
    void twoPartiesSignInTurnAndTheFirstSignatureStaysValid() throws Exception {
        byte[] first = sign(agreed, karaganda, "party-1");
        byte[] both = sign(first, kongju, "party-2");
        PdfChecks.keep("memorandum-signed.pdf", both);

        assertThat(Arrays.copyOf(first, agreed.length)).as("appended to the agreed bytes").isEqualTo(agreed);
        assertThat(Arrays.copyOf(both, first.length)).as("the first signed revision unchanged").isEqualTo(first);

        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(both)))) {
            SignatureUtil util = new SignatureUtil(doc);
            assertThat(util.getSignatureNames()).containsExactly("party-1", "party-2");
            assertThat(util.getTotalRevisions()).as("revisions covered by signatures").isEqualTo(2);
            assertThat(util.getRevision("party-1")).isEqualTo(1);
            assertThat(util.getRevision("party-2")).isEqualTo(2);
            PdfPKCS7 one = util.readSignatureData("party-1");
            PdfPKCS7 two = util.readSignatureData("party-2");
            assertThat(one.verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(two.verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(one.getSigningCertificate().getSubjectX500Principal()).isEqualTo(karaganda.certificate.getSubjectX500Principal());
            assertThat(two.getSigningCertificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
            assertThat(one.getDigestAlgorithmName()).isEqualTo("SHA256");
            assertThat(util.signatureCoversWholeDocument("party-1")).isFalse();
            assertThat(util.signatureCoversWholeDocument("party-2")).isTrue();
            assertThat(util.extractRevision("party-1").readAllBytes()).isEqualTo(first);
            assertThat(util.getSignature("party-1").getSubFilter().getValue()).isEqualTo("ETSI.CAdES.detached");
            assertThat(one.getSignDate().toInstant()).isEqualTo(TestKeys.NOW);
        }
        try (PDDocument doc = Loader.loadPDF(both)) {
            PDSignature certification = doc.getSignatureDictionaries().get(0);
            assertThat(certification.getCOSObject().getCOSArray(org.apache.pdfbox.cos.COSName.REFERENCE)).as("certification /Reference")
                    .isNotNull();
            var docMdp = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.PERMS);
            assertThat(docMdp).as("/Perms /DocMDP of a certified document").isNotNull();
            var reference = (org.apache.pdfbox.cos.COSDictionary) certification.getCOSObject()
                    .getCOSArray(org.apache.pdfbox.cos.COSName.REFERENCE).getObject(0);
            assertThat(reference.getCOSDictionary(org.apache.pdfbox.cos.COSName.getPDFName("TransformParams"))
                    .getInt(org.apache.pdfbox.cos.COSName.P)).as("DocMDP: form filling and signing allowed").isEqualTo(2);
        }
        assertThat(PdfChecks.pdfAViolations(both, PDFAFlavour.PDFA_3_U)).as("signed document still PDF/A-3u").isEmpty();
    }

    @Test
    void aWrongPasswordAnExpiredCertificateAndAMissingFieldAreRefusedClearly() throws Exception {
        char[] wrong = "wrong-one".toCharArray();
        ForumException password = catchForum(() -> MemorandumSigner.sign(agreed, karaganda.pkcs12("s3cret-Parol"), wrong,
                null, "party-1", null, TestKeys.NOW));
        assertThat(password.kind()).isEqualTo(ForumException.Kind.INVALID);
        assertThat(password.fieldErrors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(password.getMessage()).doesNotContain("wrong-one");
        assertThat(wrong).as("the password is zeroed after use").containsOnly('\0');

        TestKeys expired = TestKeys.selfSigned(TestKeys.rsa(), "CN=Expired", TestKeys.NOW.minus(Duration.ofDays(800)),
                TestKeys.NOW.minus(Duration.ofDays(1)));
        ForumException old = catchForum(() -> sign(agreed, expired, "party-1"));
        assertThat(old.fieldErrors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("certificate");
            assertThat(e.message()).contains("expired");
        });
        TestKeys future = TestKeys.selfSigned(TestKeys.ecP256(), "CN=Future", TestKeys.NOW.plus(Duration.ofDays(1)),
                TestKeys.NOW.plus(Duration.ofDays(100)));
        assertThat(catchForum(() -> sign(agreed, future, "party-1")).fieldErrors().get(0).message()).contains("valid only from");

        assertThat(catchForum(() -> sign(agreed, karaganda, "party-7")).fieldErrors().get(0).field()).isEqualTo("party");
        assertThat(catchForum(() -> MemorandumSigner.sign(agreed, "not a key".getBytes(), "x".toCharArray(), null, "party-1",
                null, TestKeys.NOW)).fieldErrors().get(0).field()).isEqualTo("keystore");
        byte[] signed = sign(agreed, karaganda, "party-1");
        assertThat(catchForum(() -> sign(signed, kongju, "party-1")).kind()).isEqualTo(ForumException.Kind.CONFLICT);
        ForumException order = catchForum(() -> sign(agreed, kongju, "party-2"));
        assertThat(order.kind()).as("party 2 before party 1").isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(order.getMessage()).contains("Party 1 signs before party 2");
    }

    interface Work {
        Object run() throws Exception;
    }

    static ForumException catchForum(Work work) {
        try {
            work.run();
        } catch (ForumException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a ForumException", e);
        }
        throw new AssertionError("expected a ForumException");
    }

    static {
        // Referenced so that a change of the permission's name in iText shows up here at compile time.
        assertThat(AccessPermissions.FORM_FIELDS_MODIFICATION).isNotNull();
    }
}
