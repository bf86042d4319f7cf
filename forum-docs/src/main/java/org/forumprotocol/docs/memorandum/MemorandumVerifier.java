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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.signatures.CertificateInfo;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.TimestampConstants;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.docs.memorandum.DocumentChange.Kind;
import org.forumprotocol.docs.memorandum.SignatureReport.Modifications;
import org.forumprotocol.docs.memorandum.SignatureReport.Trust;

/**
 * Checks every signature of any PDF: who signed (certificate subject, issuer, serial, validity), when (claimed and,
 * if any, timestamped), whether the signed bytes are intact, which revision it covers, what was changed after it
 * and whether the certification level permits that, the PAdES baseline level reached (see {@link PadesChecks} for
 * what is checked), and whether the certificate chains to one of the given trust anchors. Trust is reported apart
 * from integrity: a self-signed key that nobody vouches for is untrusted, not broken. Revocation is not checked
 * (no OCSP or CRL fetching), so B-LT and B-LTA are not assessed.
 *
 * <p>What counts as a change after a signature, and which changes each certification level permits, is described
 * at {@link DocumentChange.Kind}; {@link DocumentUpdates} finds them.
 */
public final class MemorandumVerifier {
    private static final PdfName ETSI_RFC3161 = new PdfName("ETSI.RFC3161");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Changes that may come with a signature uploaded after signing elsewhere; anything else is refused. */
    private static final Set<Kind> WITH_A_SIGNATURE = Set.of(Kind.SIGNATURE, Kind.METADATA, Kind.STRUCTURE);

    private final Set<TrustAnchor> anchors;

    /** A verifier that trusts certificates issued by (or equal to) one of {@code anchors}. */
    public MemorandumVerifier(Collection<X509Certificate> anchors) {
        this.anchors = new HashSet<>();
        anchors.forEach(a -> this.anchors.add(new TrustAnchor(a, null)));
    }

    public VerificationReport verify(byte[] pdf) {
        return check(pdf).report();
    }

    /**
     * A report and what {@link #verifyIncrement} needs besides: the updates it was made from, and for each signature
     * whose ByteRange leaves out more than its value, why.
     */
    private record Checked(VerificationReport report, List<DocumentUpdates.Update> updates, Map<String, String> rangeProblems) {
    }

    private Checked check(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw ForumException.invalid("file", "a PDF file is required");
        }
        try (PdfDocument document = new ReadingDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(document);
            List<String> names = util.getSignatureNames();
            int revisions = util.getTotalRevisions();
            List<DocumentUpdates.Update> updates;
            try {
                updates = DocumentUpdates.read(pdf, document);
            } catch (IOException | RuntimeException e) {
                updates = null;
            }
            Integer level = null;
            for (String name : names) {
                Integer p = certificationLevel(util.getSignatureDictionary(name));
                if (p != null && level == null) {
                    level = p;
                }
            }
            List<SignatureReport> reports = new ArrayList<>();
            Map<String, String> rangeProblems = new HashMap<>();
            boolean coveredToEnd = false;
            for (String name : names) {
                PdfDictionary value = util.getSignatureDictionary(name);
                String range = PadesChecks.byteRangeProblem(pdf, value);
                if (range != null) {
                    rangeProblems.put(name, range);
                }
                boolean whole = coversWholeDocument(util, name);
                coveredToEnd |= whole;
                if (ETSI_RFC3161.equals(value.getAsName(PdfName.SubFilter))) {
                    // A document timestamp (PAdES-LTA) rather than a party's signature; its coverage still counts.
                    continue;
                }
                reports.add(signature(pdf, util, name, revisions, whole, changesAfter(value, updates, level, whole)));
            }
            VerificationReport report = new VerificationReport(MemorandumContent.sha256(pdf), pdf.length, reports,
                    !names.isEmpty() && !coveredToEnd, updates == null ? 0 : updates.size(), level, null);
            return new Checked(report, updates, rangeProblems);
        } catch (IOException | ITextException e) {
            throw ForumException.invalid("file", "not a readable PDF document");
        }
    }

    private static boolean coversWholeDocument(SignatureUtil util, String name) {
        try {
            return util.signatureCoversWholeDocument(name);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The DocMDP permissions P of a certification signature (2 when the signature does not say), else null. */
    private static Integer certificationLevel(PdfDictionary value) {
        PdfArray references = value.getAsArray(PdfName.Reference);
        for (int i = 0; references != null && i < references.size(); i++) {
            PdfDictionary reference = references.getAsDictionary(i);
            if (reference != null && PdfName.DocMDP.equals(reference.getAsName(PdfName.TransformMethod))) {
                PdfDictionary params = reference.getAsDictionary(PdfName.TransformParams);
                PdfNumber p = params == null ? null : params.getAsNumber(PdfName.P);
                return p == null || p.intValue() < 1 || p.intValue() > 3 ? 2 : p.intValue();
            }
        }
        return null;
    }

    /** What the updates after the revision this signature covers changed, each judged at the certification level. */
    private static List<DocumentChange> changesAfter(PdfDictionary value, List<DocumentUpdates.Update> updates, Integer level,
                                                     boolean whole) {
        if (whole) {
            return List.of();
        }
        if (updates == null) {
            return List.of(new DocumentChange(0, Kind.OTHER, "", false, "the updates after this signature cannot be read"));
        }
        long covered = coveredEnd(value);
        int p = level == null ? 0 : level;
        List<DocumentChange> changes = new ArrayList<>();
        for (DocumentUpdates.Update update : updates) {
            // A revision can end one or two bytes after the signed range: the end-of-line after %%EOF.
            if (update.end() > covered + 2) {
                for (DocumentUpdates.Found f : update.changes()) {
                    changes.add(new DocumentChange(update.number(), f.kind(), f.target(), f.kind().permittedAt(p), f.description()));
                }
            }
        }
        return changes;
    }

    private static long coveredEnd(PdfDictionary value) {
        PdfArray range = value.getAsArray(PdfName.ByteRange);
        if (range == null || range.size() < 4) {
            return 0;
        }
        return range.getAsNumber(range.size() - 2).longValue() + range.getAsNumber(range.size() - 1).longValue();
    }

    private SignatureReport signature(byte[] pdf, SignatureUtil util, String name, int revisions, boolean whole,
                                      List<DocumentChange> changesAfter) {
        int revision = util.getRevision(name);
        PdfDictionary value = util.getSignatureDictionary(name);
        Integer certificationLevel = certificationLevel(value);
        boolean certification = certificationLevel != null;
        Modifications after = Modifications.of(changesAfter);
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = util.readSignatureData(name);
        } catch (RuntimeException e) {
            return new SignatureReport(name, null, null, null, null, null, null, claimedTime(value, null, false), null, false,
                    false, revision, revisions, whole, certification, "NONE", Trust.UNTRUSTED, "no certificate to check",
                    "the signature cannot be read: " + e.getMessage(), certificationLevel, null,
                    List.of("the signature cannot be read"), null, null, after, changesAfter);
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
        PadesChecks.Result pades = PadesChecks.check(pdf, value, intact, pkcs7.getDigestAlgorithmOid());
        boolean stamped = pkcs7.getTimeStampDate() != null && pkcs7.getTimeStampDate() != TimestampConstants.UNDEFINED_TIMESTAMP_DATE;
        Instant timestamp = pades.timestamp();
        Instant claimed = claimedTime(value, pkcs7, stamped || timestamp != null);
        // The time of signing: what a valid timestamp proves, else what the signer's computer said.
        Instant signedAt = pades.timestampValid() ? timestamp : claimed;
        Boolean validThen = signedAt == null ? null
                : !signedAt.isBefore(certificate.getNotBefore().toInstant()) && !signedAt.isAfter(certificate.getNotAfter().toInstant());
        String trustProblem = trust(pkcs7.getSignCertificateChain(), signedAt);
        String authority = null;
        Trust timestampTrust = null;
        if (pades.timestampChain().length > 0) {
            authority = pades.timestampChain()[0].getSubjectX500Principal().getName();
            timestampTrust = trust(pades.timestampChain(), timestamp) == null ? Trust.TRUSTED : Trust.UNTRUSTED;
        } else if (timestamp != null) {
            timestampTrust = Trust.UNTRUSTED;
        }
        String cn = CertificateInfo.getSubjectFields(certificate).getField("CN");
        return new SignatureReport(name, cn != null ? cn : certificate.getSubjectX500Principal().getName(),
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(16), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), claimed, timestamp, pades.timestampValid(), intact, revision, revisions,
                whole, certification, pades.level(), trustProblem == null ? Trust.TRUSTED : Trust.UNTRUSTED, trustProblem, problem,
                certificationLevel, validThen, pades.notes(), authority, timestampTrust, after, changesAfter);
    }

    /**
     * The signing time the signer's software stated: the signed signing-time attribute, or /M of the signature
     * dictionary. iText's own sign date is the timestamp's time once there is a timestamp, so that is not used then.
     */
    private static Instant claimedTime(PdfDictionary value, PdfPKCS7 pkcs7, boolean timestamped) {
        if (pkcs7 != null && !timestamped && pkcs7.getSignDate() != null
                && pkcs7.getSignDate() != TimestampConstants.UNDEFINED_TIMESTAMP_DATE) {
            return pkcs7.getSignDate().toInstant();
        }
        PdfString m = value.getAsString(PdfName.M);
        if (m == null) {
            return null;
        }
        try {
            Calendar decoded = PdfDate.decode(m.toUnicodeString());
            return decoded.toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Null when the chain leads to an anchor, else the reason: PKIX path validation at {@code at}, without revocation. */
    private String trust(Certificate[] chain, Instant at) {
        if (anchors.isEmpty()) {
            return "no trust anchors are configured";
        }
        try {
            List<Certificate> path = new ArrayList<>(Arrays.asList(chain));
            // The anchor itself is not part of a PKIX path; a self-signed anchor signing directly has an empty one.
            path.removeIf(c -> anchors.stream().anyMatch(a -> a.getTrustedCert().equals(c)) && path.indexOf(c) > 0);
            if (path.size() == 1 && anchors.stream().anyMatch(a -> a.getTrustedCert().equals(path.get(0)))) {
                return null;
            }
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            if (at != null) {
                params.setDate(Date.from(at));
            }
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path), params);
            return null;
        } catch (CertPathValidatorException e) {
            return "the certificate does not chain to a trusted authority: " + e.getMessage();
        } catch (GeneralSecurityException e) {
            return "the certificate chain cannot be checked: " + e.getMessage();
        }
    }

    /**
     * Checks a document that a party signed outside the system ("countersign elsewhere", for example in NCALayer)
     * against the document as it stands, and returns the report of its new signature. Accepted only if
     * {@code uploaded} begins with exactly the bytes of {@code current} (so every earlier revision and signature is
     * untouched) and what follows adds exactly one signature, in {@code expectedField} (a signature field of
     * {@code current} that is not yet signed), intact, covering the whole uploaded file, made with a certificate that
     * was valid when it signed, and changes nothing else: only the signature itself, the form's settings for signing,
     * metadata and the structure tree (the changes signing software makes), each permitted by the certification
     * level. A certification signature is accepted only as the first signature and only if it lets the other parties
     * sign. Trust is not required (a national authority's certificate may not be among the anchors): the report
     * says whether the certificate is trusted.
     *
     * @throws ForumException {@code invalid("file", reason)} naming what is wrong with the upload
     * @throws IllegalArgumentException when {@code current} has no unsigned signature field {@code expectedField}
     */
    public SignatureReport verifyIncrement(byte[] current, byte[] uploaded, String expectedField) {
        if (current == null || current.length == 0) {
            throw new IllegalArgumentException("the document as it stands is required");
        }
        if (uploaded == null || uploaded.length == 0) {
            throw ForumException.invalid("file", "a PDF file is required");
        }
        if (uploaded.length <= current.length) {
            throw ForumException.invalid("file", Arrays.equals(current, uploaded)
                    ? "the file is the document as it stands, without a new signature"
                    : "the file is not the document as it stands with a signature appended: it is shorter than that document");
        }
        int difference = Arrays.mismatch(current, 0, current.length, uploaded, 0, current.length);
        if (difference >= 0) {
            throw ForumException.invalid("file", "the file is not the document as it stands with a signature appended: it differs from "
                    + "it at byte " + difference + " (it was changed or saved again rather than only signed, or signed from another copy)");
        }
        List<String> signedBefore;
        List<String> unsignedBefore;
        int levelBefore = 0;
        try (PdfDocument document = new ReadingDocument(new PdfReader(new ByteArrayInputStream(current)))) {
            SignatureUtil util = new SignatureUtil(document);
            signedBefore = util.getSignatureNames();
            unsignedBefore = util.getBlankSignatureNames();
            for (String name : signedBefore) {
                Integer p = certificationLevel(util.getSignatureDictionary(name));
                levelBefore = p != null && levelBefore == 0 ? p : levelBefore;
            }
        } catch (IOException | ITextException e) {
            throw new IllegalArgumentException("the document as it stands is not a readable PDF", e);
        }
        if (!unsignedBefore.contains(expectedField)) {
            throw new IllegalArgumentException("the document as it stands has no unsigned signature field '" + expectedField + "'");
        }
        Checked checked = check(uploaded);
        List<SignatureReport> added = checked.report().signatures().stream().filter(s -> !signedBefore.contains(s.field())).toList();
        if (added.isEmpty()) {
            throw ForumException.invalid("file", "the file adds no signature to the document");
        }
        if (added.size() > 1) {
            throw ForumException.invalid("file", "the file adds " + added.size() + " signatures (" + String.join(", ",
                    added.stream().map(SignatureReport::field).toList()) + "); exactly one, in field '" + expectedField + "', is expected");
        }
        SignatureReport signature = added.get(0);
        if (!signature.field().equals(expectedField)) {
            throw ForumException.invalid("file", "the new signature is in field '" + signature.field() + "', but it is the turn of field '"
                    + expectedField + "'");
        }
        if (signature.problem() != null) {
            throw ForumException.invalid("file", "the new signature cannot be checked: " + signature.problem());
        }
        if (!signature.intact()) {
            throw ForumException.invalid("file", "the new signature is not intact: the signed bytes or the signature value do not match");
        }
        if (checked.rangeProblems().containsKey(signature.field())) {
            throw ForumException.invalid("file", "the new signature does not sign the whole file: "
                    + checked.rangeProblems().get(signature.field()));
        }
        if (!signature.coversWholeDocument()) {
            throw ForumException.invalid("file", "the new signature does not cover the whole file: something was appended after signing");
        }
        if (Boolean.FALSE.equals(signature.validAtSigningTime())) {
            throw ForumException.invalid("file", "the signing certificate was not valid when it signed (valid from "
                    + DAY.format(signature.notBefore()) + " to " + DAY.format(signature.notAfter()) + ")");
        }
        if (signature.certification() && !signedBefore.isEmpty()) {
            throw ForumException.invalid("file", "the new signature is a certification signature, but the document is signed already");
        }
        if (Integer.valueOf(1).equals(signature.certificationLevel()) && unsignedBefore.size() > 1) {
            throw ForumException.invalid("file", "the new signature certifies the document with no changes permitted, so the other "
                    + "parties could no longer sign");
        }
        if (checked.updates() == null) {
            throw ForumException.invalid("file", "the part of the file after the document as it stands cannot be read");
        }
        for (DocumentUpdates.Update update : checked.updates()) {
            if (update.end() <= current.length + 2) {
                continue;
            }
            for (DocumentUpdates.Found change : update.changes()) {
                boolean ours = change.kind() != Kind.SIGNATURE || change.target().equals(expectedField)
                        || change.target().equals("AcroForm") || change.target().equals("Perms");
                // Judged by the certification made before: a certification signature does not restrict its own update.
                if (!WITH_A_SIGNATURE.contains(change.kind()) || !ours || !change.kind().permittedAt(levelBefore)) {
                    throw ForumException.invalid("file", "besides the signature in field '" + expectedField + "' the file changes the "
                            + "document: " + change.description());
                }
            }
        }
        return signature;
    }
}
