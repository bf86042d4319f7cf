package org.forumprotocol.docs.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.TSAClientBouncyCastle;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumSamples;
import org.forumprotocol.docs.memorandum.DocumentChange.Kind;
import org.forumprotocol.docs.memorandum.SignatureReport.Modifications;
import org.forumprotocol.docs.memorandum.SignatureReport.Trust;
import org.forumprotocol.docs.memorandum.VerificationReport.Verdict;
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
        assertThat(first.certificationLevel()).as("DocMDP P: form filling and signing").isEqualTo(2);
        assertThat(first.padesNotes()).as("nothing missing for B-B").isEmpty();
        assertThat(first.validAtSigningTime()).isTrue();
        assertThat(first.afterSigning()).as("the second party's signature is permitted").isEqualTo(Modifications.PERMITTED);
        assertThat(first.changesAfter()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.update()).isEqualTo(2);
            assertThat(c.permitted()).as(c.description()).isTrue();
            assertThat(c.kind()).as(c.description()).isIn(Kind.SIGNATURE, Kind.METADATA, Kind.STRUCTURE);
        });
        assertThat(first.changesAfter()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Kind.SIGNATURE);
            assertThat(c.target()).isEqualTo("party-2");
        });

        assertThat(second.signerName()).isEqualTo("임경호");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.coversWholeDocument()).isTrue();
        assertThat(second.certification()).isFalse();
        assertThat(second.intact()).as("a self-signed key is intact").isTrue();
        assertThat(second.trust()).as("but nobody vouches for it").isEqualTo(Trust.UNTRUSTED);
        assertThat(second.trustReason()).contains("trusted authority");
        assertThat(second.certificationLevel()).isNull();
        assertThat(second.padesLevel()).isEqualTo("B-B");
        assertThat(second.afterSigning()).isEqualTo(Modifications.NONE);
        assertThat(second.changesAfter()).isEmpty();
        assertThat(report.certificationLevel()).isEqualTo(2);
        assertThat(report.updates()).as("two signatures, two incremental updates").isEqualTo(2);
        assertThat(report.verdict()).as("intact, but Kongju's key is not trusted").isEqualTo(Verdict.VALID_UNTRUSTED);
        assertThat(new MemorandumVerifier(List.of(ca.certificate, kongju.certificate)).verify(signed).verdict()).isEqualTo(Verdict.VALID);

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
                    "party-1", new TSAClientBouncyCastle(tsa.url()), TestKeys.NOW);
        }
        java.time.Instant after = java.time.Instant.now();
        SignatureReport report = new MemorandumVerifier(List.of(ca.certificate)).verify(stamped).signatures().get(0);
        assertThat(report.padesLevel()).isEqualTo("B-T");
        assertThat(report.timestamp()).isNotNull().isBefore(after.plusSeconds(1)).isAfter(after.minusSeconds(120));
        assertThat(report.timestampIntact()).isTrue();
        assertThat(report.intact()).isTrue();
        assertThat(report.claimedSigningTime()).isEqualTo(TestKeys.NOW);
        assertThat(report.padesNotes()).isEmpty();
        assertThat(report.timestampAuthority()).contains("Test Timestamp Authority");
        assertThat(report.timestampTrust()).as("the test authority is no anchor").isEqualTo(Trust.UNTRUSTED);
    }

    @Test
    void aTimestampForOtherDataIsNoBT() throws Exception {
        byte[] stamped;
        try (TestTimestampAuthority tsa = new TestTimestampAuthority()) {
            TSAClientBouncyCastle honest = new TSAClientBouncyCastle(tsa.url());
            ITSAClient wrong = new ITSAClient() {
                @Override
                public int getTokenSizeEstimate() {
                    return honest.getTokenSizeEstimate();
                }

                @Override
                public MessageDigest getMessageDigest() throws GeneralSecurityException {
                    return honest.getMessageDigest();
                }

                @Override
                public byte[] getTimeStampToken(byte[] imprint) throws Exception {
                    byte[] other = imprint.clone();
                    other[0] ^= 0x01;
                    return honest.getTimeStampToken(other);
                }
            };
            stamped = MemorandumSigner.sign(agreed, karaganda.pkcs12("s3cret-Parol"), "s3cret-Parol".toCharArray(), null,
                    "party-1", wrong, TestKeys.NOW);
            SignatureReport report = new MemorandumVerifier(List.of(ca.certificate, tsa.certificate)).verify(stamped).signatures().get(0);
            assertThat(report.timestamp()).as("there is a timestamp").isNotNull();
            assertThat(report.timestampIntact()).isFalse();
            assertThat(report.padesLevel()).as("B-B only: the timestamp is not for this signature").isEqualTo("B-B");
            assertThat(report.padesNotes()).singleElement().asString().contains("other data");
            assertThat(report.intact()).as("the signature itself holds").isTrue();
            assertThat(report.timestampTrust()).isEqualTo(Trust.TRUSTED);
        }
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
        assertThat(report.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.padesLevel()).as("no level without integrity").isEqualTo("NONE"));
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
        assertThat(report.verdict()).isEqualTo(Verdict.MODIFIED);
        assertThat(report.updates()).isEqualTo(3);
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.afterSigning()).as("a modification after signing").isEqualTo(Modifications.NOT_PERMITTED);
            assertThat(s.changesAfter()).anySatisfy(c -> {
                assertThat(c.update()).isEqualTo(3);
                assertThat(c.kind()).isEqualTo(Kind.PAGE_CONTENT);
                assertThat(c.target()).isEqualTo("1");
                assertThat(c.permitted()).isFalse();
                assertThat(c.description()).contains("page 1", "/Contents");
            });
        });
        assertThat(report.signatures().get(0).changesAfter()).as("the second signature's update, then the page")
                .extracting(DocumentChange::update).contains(2, 3);
    }

    @Test
    void whatEachLaterUpdateChangedIsJudgedByTheCertificationLevel() throws Exception {
        MemorandumVerifier verifier = new MemorandumVerifier(List.of(ca.certificate, kongju.certificate));

        VerificationReport dss = verifier.verify(append(signed, doc -> doc.getCatalog().put(new PdfName("DSS"),
                new PdfDictionary().makeIndirect(doc))));
        assertThat(dss.unsignedChangesAfterLast()).isTrue();
        assertThat(dss.verdict()).as("validation data may always be added").isEqualTo(Verdict.VALID);
        // iText's writer also updates the modification date in /Info and XMP: metadata, permitted at level 2.
        assertThat(dss.signatures().get(1).changesAfter()).allSatisfy(c -> assertThat(c.permitted()).isTrue())
                .anySatisfy(c -> assertThat(c.kind()).isEqualTo(Kind.VALIDATION_DATA))
                .allSatisfy(c -> assertThat(c.kind()).isIn(Kind.VALIDATION_DATA, Kind.METADATA));

        VerificationReport note = verifier.verify(append(signed, doc -> doc.getFirstPage().addAnnotation(
                new PdfTextAnnotation(new Rectangle(100, 100, 20, 20)).setContents("Note"))));
        assertThat(note.verdict()).as("level 2 permits no comments").isEqualTo(Verdict.MODIFIED);
        assertThat(note.signatures().get(1).changesAfter()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Kind.ANNOTATION);
            assertThat(c.target()).isEqualTo("1");
            assertThat(c.permitted()).isFalse();
        });

        VerificationReport font = verifier.verify(append(signed, doc -> {
            PdfDictionary fonts = doc.getFirstPage().getResources().getResource(PdfName.Font);
            PdfDictionary f = fonts.getAsDictionary(fonts.keySet().iterator().next());
            f.put(new PdfName("ForumTest"), new PdfNumber(1));
            f.setModified();
        }));
        assertThat(font.signatures().get(1).changesAfter()).as("a font of page 1 is what page 1 shows").anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Kind.PAGE_CONTENT);
            assertThat(c.target()).isEqualTo("1");
        });
        assertThat(font.verdict()).isEqualTo(Verdict.MODIFIED);

        VerificationReport action = verifier.verify(append(signed, doc -> {
            doc.getCatalog().put(PdfName.OpenAction, new PdfArray(List.of(doc.getFirstPage().getPdfObject(), PdfName.Fit)));
            doc.getCatalog().getPdfObject().setModified();
        }));
        assertThat(action.signatures().get(1).changesAfter()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Kind.OTHER);
            assertThat(c.target()).isEqualTo("OpenAction");
            assertThat(c.permitted()).isFalse();
        });

        VerificationReport replaced = verifier.verify(append(signed, doc -> {
            PdfDictionary field = PdfFormCreator.getAcroForm(doc, false).getField("party-1").getPdfObject();
            PdfDictionary copy = (PdfDictionary) field.getAsDictionary(PdfName.V).clone();
            field.put(PdfName.V, copy.makeIndirect(doc));
            field.setModified();
        }));
        assertThat(replaced.verdict()).isEqualTo(Verdict.MODIFIED);
        assertThat(replaced.signatures().get(1).changesAfter()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Kind.OTHER);
            assertThat(c.target()).isEqualTo("party-1");
            assertThat(c.description()).contains("replaced");
        });
    }

    @Test
    void afterACertificationThatPermitsNoChangesEvenASignatureIsAModification() throws Exception {
        byte[] certified = new ElsewhereSigner(karaganda).certifying(AccessPermissions.NO_CHANGES_PERMITTED).sign(agreed, "party-1");
        byte[] both = MemorandumSignerTest.sign(certified, kongju, "party-2");
        VerificationReport report = new MemorandumVerifier(List.of(ca.certificate, kongju.certificate)).verify(both);
        assertThat(report.certificationLevel()).isEqualTo(1);
        assertThat(report.signatures().get(0).certificationLevel()).isEqualTo(1);
        assertThat(report.signatures().get(0).afterSigning()).isEqualTo(Modifications.NOT_PERMITTED);
        assertThat(report.signatures().get(0).changesAfter()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Kind.SIGNATURE);
            assertThat(c.permitted()).isFalse();
        });
        assertThat(report.verdict()).isEqualTo(Verdict.MODIFIED);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.intact()).isTrue());
    }

    @Test
    void eachKindOfChangeIsPermittedFromItsLevel() {
        assertThat(Kind.SIGNATURE.permittedAt(1)).isFalse();
        assertThat(Kind.SIGNATURE.permittedAt(2)).isTrue();
        assertThat(Kind.ANNOTATION.permittedAt(2)).isFalse();
        assertThat(Kind.ANNOTATION.permittedAt(3)).isTrue();
        assertThat(Kind.ANNOTATION.permittedAt(0)).as("no certification").isTrue();
        assertThat(Kind.VALIDATION_DATA.permittedAt(1)).isTrue();
        for (int p = 0; p <= 3; p++) {
            assertThat(Kind.PAGE_CONTENT.permittedAt(p)).isFalse();
            assertThat(Kind.PAGES.permittedAt(p)).isFalse();
            assertThat(Kind.OTHER.permittedAt(p)).isFalse();
        }
    }

    @Test
    void aByteRangeMustLeaveOutExactlyTheSignatureValueAndNothingElse() {
        byte[] file = "0123<abcd>6789".getBytes(StandardCharsets.US_ASCII);
        PdfDictionary value = new PdfDictionary();
        value.put(PdfName.Contents, new PdfString(new byte[] {(byte) 0xab, (byte) 0xcd}));
        value.put(PdfName.ByteRange, new PdfArray(new int[] {0, 4, 10, 4}));
        assertThat(PadesChecks.byteRangeProblem(file, value)).isNull();
        value.put(PdfName.ByteRange, new PdfArray(new int[] {0, 3, 10, 4}));
        assertThat(PadesChecks.byteRangeProblem(file, value)).contains("more than the signature value");
        value.put(PdfName.ByteRange, new PdfArray(new int[] {0, 4, 10, 5}));
        assertThat(PadesChecks.byteRangeProblem(file, value)).contains("beyond its end");
        value.put(PdfName.ByteRange, new PdfArray(new int[] {1, 3, 10, 4}));
        assertThat(PadesChecks.byteRangeProblem(file, value)).contains("does not start at the beginning");
    }

    /** {@code pdf} with one unsigned incremental update made by {@code change}. */
    static byte[] append(byte[] pdf, Consumer<PdfDocument> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            change.accept(doc);
        }
        byte[] result = out.toByteArray();
        assertThat(Arrays.copyOf(result, pdf.length)).as("appended").isEqualTo(pdf);
        return result;
    }

    @Test
    void anUnsignedPdfHasNoSignaturesAndGarbageIsRefused() {
        VerificationReport report = new MemorandumVerifier(List.of()).verify(agreed);
        assertThat(report.signatures()).isEmpty();
        assertThat(report.allIntact()).isFalse();
        assertThat(report.unsignedChangesAfterLast()).isFalse();
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_SIGNED);
        assertThat(report.updates()).isZero();
        try {
            new MemorandumVerifier(List.of()).verify("no pdf at all".getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("expected a refusal");
        } catch (ForumException e) {
            assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("file"));
        }
    }
}
