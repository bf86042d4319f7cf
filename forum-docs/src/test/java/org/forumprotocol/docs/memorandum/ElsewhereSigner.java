package org.forumprotocol.docs.memorandum;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.function.Consumer;

import com.itextpdf.bouncycastleconnector.BouncyCastleFactoryCreator;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;

/**
 * Signs the way software outside the system might (NCALayer, Acrobat): any field, in any order, with any
 * certification level and claimed time, optionally changing the document in the same update. The system's own
 * {@link MemorandumSigner} refuses most of this, which is why the tests of the countersigned upload need it.
 */
final class ElsewhereSigner {
    private final TestKeys keys;
    private AccessPermissions certification;
    private Instant claimed = TestKeys.NOW;
    private Consumer<PdfDocument> alsoChange;
    private ITSAClient tsa;

    ElsewhereSigner(TestKeys keys) {
        this.keys = keys;
    }

    ElsewhereSigner certifying(AccessPermissions level) {
        this.certification = level;
        return this;
    }

    ElsewhereSigner claiming(Instant time) {
        this.claimed = time;
        return this;
    }

    /** Changes the document in the same incremental update as the signature, before signing. */
    ElsewhereSigner alsoChanging(Consumer<PdfDocument> change) {
        this.alsoChange = change;
        return this;
    }

    ElsewhereSigner timestampedBy(ITSAClient client) {
        this.tsa = client;
        return this;
    }

    byte[] sign(byte[] pdf, String field) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out, new StampingProperties().useAppendMode());
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        time.setTimeInMillis(claimed.toEpochMilli());
        SignerProperties properties = new SignerProperties().setFieldName(field).setClaimedSignDate(time)
                .setSignatureAppearance(MemorandumSigner.appearance(keys.certificate, claimed));
        if (certification != null) {
            properties.setCertificationLevel(certification);
        }
        signer.setSignerProperties(properties);
        if (alsoChange != null) {
            alsoChange.accept(signer.getDocument());
        }
        signer.signDetached(new BouncyCastleDigest(), new PrivateKeySignature(keys.pair.getPrivate(), "SHA-256",
                BouncyCastleFactoryCreator.getFactory().getProviderName()), keys.chain, null, null, tsa, 0, PdfSigner.CryptoStandard.CADES);
        return out.toByteArray();
    }
}
