package org.forumprotocol.docs.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.signatures.AccessPermissions;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.memorandum.MemorandumSamples;
import org.forumprotocol.docs.memorandum.SignatureReport.Trust;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Countersign elsewhere": a party signs the document outside the system and uploads it; it is accepted only as the
 * document as it stands plus exactly that party's signature.
 */
class CountersignedUploadTest {
    static TestKeys ca;
    static TestKeys karaganda;
    static TestKeys kongju;
    static byte[] agreed;
    static byte[] first;
    static MemorandumVerifier verifier;

    @BeforeAll
    static void sign() throws Exception {
        ca = TestKeys.selfSigned(TestKeys.rsa(), "CN=Test Root CA, O=Forum Protocol Tests, C=KZ");
        karaganda = ca.issue(TestKeys.rsa(), "CN=Жақсыбаев Ғалым, O=Қарағанды техникалық университеті, C=KZ");
        kongju = TestKeys.selfSigned(TestKeys.ecP256(), "CN=임경호, O=국립공주대학교, C=KR");
        agreed = MemorandumPdf.render(MemorandumSamples.content("kk", "ko"));
        first = MemorandumSignerTest.sign(agreed, karaganda, "party-1");
        verifier = new MemorandumVerifier(List.of(ca.certificate));
    }

    @Test
    void eachPartysSignatureMadeElsewhereIsAccepted() throws Exception {
        SignatureReport one = verifier.verifyIncrement(agreed, new ElsewhereSigner(karaganda)
                .certifying(AccessPermissions.FORM_FIELDS_MODIFICATION).sign(agreed, "party-1"), "party-1");
        assertThat(one.field()).isEqualTo("party-1");
        assertThat(one.signerName()).isEqualTo("Жақсыбаев Ғалым");
        assertThat(one.intact()).isTrue();
        assertThat(one.coversWholeDocument()).isTrue();
        assertThat(one.trust()).isEqualTo(Trust.TRUSTED);

        byte[] both = new ElsewhereSigner(kongju).sign(first, "party-2");
        SignatureReport two = verifier.verifyIncrement(first, both, "party-2");
        assertThat(two.signerName()).isEqualTo("임경호");
        assertThat(two.trust()).as("trust is reported, not required").isEqualTo(Trust.UNTRUSTED);
        assertThat(two.padesLevel()).isEqualTo("B-B");

        // The system's own signer produces what an upload must be, too.
        assertThat(verifier.verifyIncrement(first, MemorandumSignerTest.sign(first, kongju, "party-2"), "party-2").intact()).isTrue();
    }

    @Test
    void anythingButTheDocumentPlusOneSignatureInTheExpectedFieldIsRefusedWithTheReason() throws Exception {
        byte[] both = MemorandumSignerTest.sign(first, kongju, "party-2");

        assertThat(refusal(first, first, "party-2")).contains("without a new signature");
        assertThat(refusal(first, "not a pdf".getBytes(StandardCharsets.UTF_8), "party-2")).contains("shorter");
        assertThat(refusal(agreed, both, "party-1")).contains("adds 2 signatures");

        byte[] otherCopy = both.clone();
        otherCopy[1000] ^= 0x01;
        assertThat(refusal(first, otherCopy, "party-2")).contains("differs from it at byte 1000");

        byte[] wrongField = new ElsewhereSigner(kongju).sign(agreed, "party-2");
        assertThat(refusal(agreed, wrongField, "party-1")).contains("field 'party-2'", "turn of field 'party-1'");

        byte[] pageAfter = MemorandumVerifierTest.append(both, doc -> new PdfCanvas(doc.getFirstPage()).rectangle(10, 10, 50, 50).fill());
        assertThat(refusal(first, pageAfter, "party-2")).contains("does not cover the whole file");

        byte[] pageWith = new ElsewhereSigner(kongju).alsoChanging(doc -> new PdfCanvas(doc.getFirstPage()).rectangle(10, 10, 50, 50).fill())
                .sign(first, "party-2");
        assertThat(refusal(first, pageWith, "party-2")).as("a change signed together with the signature")
                .contains("besides the signature", "page 1");

        byte[] broken = both.clone();
        int stream = new String(broken, StandardCharsets.ISO_8859_1).indexOf("stream", first.length);
        broken[stream + 40] ^= 0x01;
        assertThat(refusal(first, broken, "party-2")).contains("not intact");

        TestKeys expired = TestKeys.selfSigned(TestKeys.rsa(), "CN=Expired", TestKeys.NOW.minus(Duration.ofDays(800)),
                TestKeys.NOW.minus(Duration.ofDays(1)));
        assertThat(refusal(first, new ElsewhereSigner(expired).sign(first, "party-2"), "party-2")).contains("not valid when it signed");

        byte[] locked = new ElsewhereSigner(karaganda).certifying(AccessPermissions.NO_CHANGES_PERMITTED).sign(agreed, "party-1");
        assertThat(refusal(agreed, locked, "party-1")).contains("could no longer sign");

        byte[] secondCertification = new ElsewhereSigner(kongju).certifying(AccessPermissions.FORM_FIELDS_MODIFICATION).sign(first, "party-2");
        assertThat(refusal(first, secondCertification, "party-2")).contains("certification signature");

        assertThatThrownBy(() -> verifier.verifyIncrement(first, both, "party-1")).as("the server's mistake, not the upload's")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("party-1");
    }

    private static String refusal(byte[] current, byte[] uploaded, String field) {
        try {
            verifier.verifyIncrement(current, uploaded, field);
        } catch (ForumException e) {
            assertThat(e.kind()).isEqualTo(ForumException.Kind.INVALID);
            assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("file"));
            return e.getMessage();
        }
        throw new AssertionError("expected the upload to be refused");
    }
}
