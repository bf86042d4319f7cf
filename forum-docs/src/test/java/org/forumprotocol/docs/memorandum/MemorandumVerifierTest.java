package org.forumprotocol.docs.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumSamples;
import org.forumprotocol.docs.memorandum.SignatureReport.Trust;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Verification reports of signed, tampered, extended and untrusted memoranda. */
class MemorandumVerifierTest {
    static TestKeys ca;
    static TestKeys karaganda;
    static TestKeys kongju;
    static byte[] agreed;
    static byte[] signed;

    @BeforeAll
    static void sign() throws Exception {
        ca = TestKeys.selfSigned(TestKeys.rsa(), "CN=Test Root CA, O=Forum Protocol Tests, C=KZ");
        karaganda = ca.issue(TestKeys.rsa(), "CN=Жақсыбаев Ғалым, O=Қарағанды техникалық университеті, C=KZ");
        kongju = TestKeys.selfSigned(TestKeys.ecP256(), "CN=임경호, O=국립공주대학교, C=KR");
        agreed = MemorandumPdf.render(MemorandumSamples.content("ru", "ko"));
        signed = MemorandumSignerTest.sign(MemorandumSignerTest.sign(agreed, karaganda, "party-1"), kongju, "party-2");
    }

    @Test
    void bothSignaturesAreIntactAndTrustIsReportedApart() {
        VerificationReport report = new MemorandumVerifier(List.of(ca.certificate)).verify(signed);
        assertThat(report.sha256()).isEqualTo(MemorandumContent.sha256(signed));
        assertThat(report.allIntact()).isTrue();
        assertThat(report.unsignedChangesAfterLast()).isFalse();
        assertThat(report.signatures()).hasSize(2);
        SignatureReport first = report.signatures().get(0);
        SignatureReport second = report.signatures().get(1);
        assertThat(first.field()).isEqualTo("party-1");
        assertThat(first.signerName()).isEqualTo("Жақсыбаев Ғалым");
        assertThat(first.issuer()).contains("Test Root CA");
        assertThat(first.serialNumber()).isEqualTo(karaganda.certificate.getSerialNumber().toString(16));
        assertThat(first.notAfter()).isEqualTo(karaganda.certificate.getNotAfter().toInstant());
        assertThat(first.claimedSigningTime()).isEqualTo(TestKeys.NOW);
        assertThat(first.timestamp()).isNull();
        assertThat(first.padesLevel()).isEqualTo("B-B");
        assertThat(first.certification()).isTrue();
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.coversWholeDocument()).isFalse();
        assertThat(first.intact()).isTrue();
        assertThat(first.trust()).isEqualTo(Trust.TRUSTED);

        assertThat(second.signerName()).isEqualTo("임경호");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.coversWholeDocument()).isTrue();
        assertThat(second.certification()).isFalse();
        assertThat(second.intact()).as("a self-signed key is intact").isTrue();
        assertThat(second.trust()).as("but nobody vouches for it").isEqualTo(Trust.UNTRUSTED);
        assertThat(second.trustReason()).contains("trusted authority");

        assertThat(new MemorandumVerifier(List.of()).verify(signed).signatures())
                .allSatisfy(s -> assertThat(s.trust()).isEqualTo(Trust.UNTRUSTED))
                .allSatisfy(s -> assertThat(s.intact()).isTrue());
        assertThat(new MemorandumVerifier(List.of(kongju.certificate)).verify(signed).signatures().get(1).trust())
                .as("a self-signed certificate that is itself an anchor").isEqualTo(Trust.TRUSTED);
    }

    @Test
    void withATimestampAuthorityTheSignatureIsPadesBT() throws Exception {
        byte[] stamped;
        try (TestTimestampAuthority tsa = new TestTimestampAuthority()) {
            stamped = MemorandumSigner.sign(agreed, karaganda.pkcs12("s3cret-Parol"), "s3cret-Parol".toCharArray(), null,
                    "party-1", new com.itextpdf.signatures.TSAClientBouncyCastle(tsa.url()), TestKeys.NOW);
        }
        java.time.Instant after = java.time.Instant.now();
        SignatureReport report = new MemorandumVerifier(List.of(ca.certificate)).verify(stamped).signatures().get(0);
        assertThat(report.padesLevel()).isEqualTo("B-T");
        assertThat(report.timestamp()).isNotNull().isBefore(after.plusSeconds(1)).isAfter(after.minusSeconds(120));
        assertThat(report.timestampIntact()).isTrue();
        assertThat(report.intact()).isTrue();
        assertThat(report.claimedSigningTime()).isEqualTo(TestKeys.NOW);
    }

    @Test
    void oneFlippedByteBreaksTheSignature() {
        byte[] tampered = signed.clone();
        // Inside a stream of the first revision (a font program: the bulk of the file), not in its structure.
        String text = new String(tampered, StandardCharsets.ISO_8859_1);
        int stream = text.indexOf("stream", agreed.length / 3);
        int at = stream + 500;
        assertThat(at).isLessThan(agreed.length);
        tampered[at] ^= 0x01;
        VerificationReport report = new MemorandumVerifier(List.of(ca.certificate)).verify(tampered);
        assertThat(report.signatures()).hasSize(2);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.intact()).as(s.field()).isFalse());
        assertThat(report.allIntact()).isFalse();
    }

    @Test
    void anUnsignedUpdateAfterSigningIsReported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            new PdfCanvas(doc.getFirstPage()).rectangle(100, 100, 200, 50).fill();
        }
        VerificationReport report = new MemorandumVerifier(List.of(ca.certificate)).verify(out.toByteArray());
        assertThat(report.unsignedChangesAfterLast()).isTrue();
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.intact()).as("what was signed is still intact").isTrue();
            assertThat(s.coversWholeDocument()).isFalse();
        });
        assertThat(report.allIntact()).isFalse();
    }

    @Test
    void anUnsignedPdfHasNoSignaturesAndGarbageIsRefused() {
        VerificationReport report = new MemorandumVerifier(List.of()).verify(agreed);
        assertThat(report.signatures()).isEmpty();
        assertThat(report.allIntact()).isFalse();
        assertThat(report.unsignedChangesAfterLast()).isFalse();
        try {
            new MemorandumVerifier(List.of()).verify("no pdf at all".getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("expected a refusal");
        } catch (ForumException e) {
            assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("file"));
        }
    }
}
