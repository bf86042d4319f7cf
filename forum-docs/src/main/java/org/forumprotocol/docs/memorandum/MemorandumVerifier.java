package org.forumprotocol.docs.memorandum;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.CertificateInfo;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.TimestampConstants;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.docs.memorandum.SignatureReport.Trust;

/**
 * Checks every signature of any PDF: who signed (certificate subject, issuer, serial, validity), when (claimed and,
 * if any, timestamped), whether the signed bytes are intact, which revision it covers and whether anything was
 * added after it, the PAdES level, and whether the certificate chains to one of the given trust anchors. Trust
 * is reported apart from integrity: a self-signed key that nobody vouches for is untrusted, not broken.
 * Revocation is not checked (no OCSP or CRL fetching).
 */
public final class MemorandumVerifier {
    private static final PdfName ETSI_CADES = new PdfName("ETSI.CAdES.detached");
    private static final PdfName ETSI_RFC3161 = new PdfName("ETSI.RFC3161");

    private final Set<TrustAnchor> anchors;

    /** A verifier that trusts certificates issued by (or equal to) one of {@code anchors}. */
    public MemorandumVerifier(Collection<X509Certificate> anchors) {
        this.anchors = new HashSet<>();
        anchors.forEach(a -> this.anchors.add(new TrustAnchor(a, null)));
    }

    public VerificationReport verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw ForumException.invalid("file", "a PDF file is required");
        }
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(document);
            List<String> names = util.getSignatureNames();
            int revisions = util.getTotalRevisions();
            List<SignatureReport> reports = new ArrayList<>();
            boolean coveredToEnd = false;
            for (String name : names) {
                PdfDictionary value = util.getSignatureDictionary(name);
                if (ETSI_RFC3161.equals(value.getAsName(PdfName.SubFilter))) {
                    // A document timestamp (PAdES-LTA) rather than a party's signature; its coverage still counts.
                    coveredToEnd |= util.signatureCoversWholeDocument(name);
                    continue;
                }
                SignatureReport report = signature(util, name, revisions);
                coveredToEnd |= report.coversWholeDocument();
                reports.add(report);
            }
            return new VerificationReport(MemorandumContent.sha256(pdf), pdf.length, List.copyOf(reports),
                    !names.isEmpty() && !coveredToEnd);
        } catch (IOException | ITextException e) {
            throw ForumException.invalid("file", "not a readable PDF document");
        }
    }

    private SignatureReport signature(SignatureUtil util, String name, int revisions) {
        int revision = util.getRevision(name);
        boolean whole = util.signatureCoversWholeDocument(name);
        PdfDictionary value = util.getSignatureDictionary(name);
        boolean certification = value.getAsArray(PdfName.Reference) != null
                && value.getAsArray(PdfName.Reference).size() > 0
                && PdfName.DocMDP.equals(value.getAsArray(PdfName.Reference).getAsDictionary(0).getAsName(PdfName.TransformMethod));
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = util.readSignatureData(name);
        } catch (RuntimeException e) {
            return new SignatureReport(name, null, null, null, null, null, null, null, null, false, false, revision, revisions,
                    whole, certification, null, Trust.UNTRUSTED, "no certificate to check", "the signature cannot be read: " + e.getMessage());
        }
        X509Certificate certificate = pkcs7.getSigningCertificate();
        boolean intact;
        String problem = null;
        try {
            intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
        } catch (GeneralSecurityException | RuntimeException e) {
            intact = false;
            problem = "the signature cannot be checked: " + e.getMessage();
        }
        Instant timestamp = null;
        boolean timestampIntact = false;
        Calendar stamped = pkcs7.getTimeStampDate();
        if (stamped != null && stamped != TimestampConstants.UNDEFINED_TIMESTAMP_DATE) {
            timestamp = stamped.toInstant();
            try {
                timestampIntact = pkcs7.verifyTimestampImprint();
            } catch (GeneralSecurityException | RuntimeException e) {
                timestampIntact = false;
            }
        }
        String level = ETSI_CADES.equals(pkcs7.getFilterSubtype()) ? (timestamp == null ? "B-B" : "B-T") : "CMS";
        Instant claimed = claimedTime(value, pkcs7, timestamp != null);
        String[] trust = trust(pkcs7.getSignCertificateChain(), timestamp != null ? timestamp : claimed);
        String cn = CertificateInfo.getSubjectFields(certificate).getField("CN");
        return new SignatureReport(name, cn != null ? cn : certificate.getSubjectX500Principal().getName(),
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(16), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), claimed, timestamp, timestampIntact, intact, revision, revisions,
                whole, certification, level, trust[0] == null ? Trust.TRUSTED : Trust.UNTRUSTED, trust[0], problem);
    }

    /**
     * The signing time the signer's software stated: the signed signing-time attribute, or /M of the signature
     * dictionary. iText's own sign date is the timestamp's time once there is a timestamp, so that is not used then.
     */
    private static Instant claimedTime(PdfDictionary value, PdfPKCS7 pkcs7, boolean timestamped) {
        if (!timestamped && pkcs7.getSignDate() != null && pkcs7.getSignDate() != TimestampConstants.UNDEFINED_TIMESTAMP_DATE) {
            return pkcs7.getSignDate().toInstant();
        }
        com.itextpdf.kernel.pdf.PdfString m = value.getAsString(PdfName.M);
        if (m == null) {
            return null;
        }
        try {
            return com.itextpdf.kernel.pdf.PdfDate.decode(m.toUnicodeString()).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {null} when the chain leads to an anchor, else {the reason}: PKIX path validation without revocation. */
    private String[] trust(Certificate[] chain, Instant at) {
        if (anchors.isEmpty()) {
            return new String[] {"no trust anchors are configured"};
        }
        try {
            List<Certificate> path = new ArrayList<>(Arrays.asList(chain));
            // The anchor itself is not part of a PKIX path; a self-signed anchor signing directly has an empty one.
            path.removeIf(c -> anchors.stream().anyMatch(a -> a.getTrustedCert().equals(c)) && path.indexOf(c) > 0);
            if (path.size() == 1 && anchors.stream().anyMatch(a -> a.getTrustedCert().equals(path.get(0)))) {
                return new String[] {null};
            }
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            if (at != null) {
                params.setDate(Date.from(at));
            }
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path), params);
            return new String[] {null};
        } catch (CertPathValidatorException e) {
            return new String[] {"the certificate does not chain to a trusted authority: " + e.getMessage()};
        } catch (GeneralSecurityException e) {
            return new String[] {"the certificate chain cannot be checked: " + e.getMessage()};
        }
    }
}
