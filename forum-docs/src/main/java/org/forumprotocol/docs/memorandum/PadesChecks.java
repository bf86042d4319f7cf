package org.forumprotocol.docs.memorandum;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The PAdES baseline requirements (ETSI EN 319 142-1) a signature meets, as far as they concern the signature
 * itself. B-B: SubFilter {@code ETSI.CAdES.detached}; the signature intact (checked by iText before); a ByteRange
 * from the start of the file that leaves out exactly the {@code /Contents} string and nothing else; the signed
 * attributes content-type, message-digest and an ESS signing-certificate-v2 (or v1) attribute (iText refuses one
 * that names another certificate); a digest algorithm of SHA-256 or stronger. B-T: in addition a signature
 * time-stamp (unsigned attribute) whose message imprint is the hash of this signature's value and whose own CMS
 * signature is valid with the timestamp authority's certificate it carries (which must be valid at the time
 * stamped and be for time stamping). Not checked here: B-LT and B-LTA (DSS, revocation data, archive
 * timestamps), the absence of the signing-time attribute, signature policies and commitment types.
 */
final class PadesChecks {
    private static final PdfName ETSI_CADES = new PdfName("ETSI.CAdES.detached");
    /** SHA-256, -384, -512, SHA-512/256, SHA3-256, -384, -512. */
    private static final Set<String> STRONG_DIGESTS = Set.of("2.16.840.1.101.3.4.2.1", "2.16.840.1.101.3.4.2.2",
            "2.16.840.1.101.3.4.2.3", "2.16.840.1.101.3.4.2.6", "2.16.840.1.101.3.4.2.8", "2.16.840.1.101.3.4.2.9",
            "2.16.840.1.101.3.4.2.10");

    /** The outcome: level reached, what keeps it from a higher one, and the timestamp if any. */
    record Result(String level, List<String> notes, Instant timestamp, boolean timestampValid, X509Certificate[] timestampChain) {
    }

    private PadesChecks() {
    }

    /**
     * @param pdf         the whole file
     * @param value       the signature dictionary
     * @param intact      whether iText found the signature intact
     * @param digestOid   the signature's digest algorithm
     */
    static Result check(byte[] pdf, PdfDictionary value, boolean intact, String digestOid) {
        List<String> notes = new ArrayList<>();
        boolean pades = ETSI_CADES.equals(value.getAsName(PdfName.SubFilter));
        boolean bb = pades;
        if (!pades) {
            notes.add("not a PAdES signature: SubFilter " + value.getAsName(PdfName.SubFilter) + " instead of ETSI.CAdES.detached");
        }
        if (!intact) {
            bb = false;
            notes.add("the signature is not intact");
        }
        String range = byteRangeProblem(pdf, value);
        if (range != null) {
            bb = false;
            notes.add(range);
        }
        if (!STRONG_DIGESTS.contains(digestOid)) {
            bb = false;
            notes.add("the digest algorithm (" + digestOid + ") is weaker than SHA-256");
        }
        Instant timestamp = null;
        boolean timestampValid = false;
        X509Certificate[] chain = new X509Certificate[0];
        SignerInformation signer = signer(value);
        if (signer == null) {
            bb = false;
            notes.add("the CMS signature cannot be read");
        } else {
            AttributeTable signed = signer.getSignedAttributes();
            if (signed == null || signed.get(CMSAttributes.contentType) == null || signed.get(CMSAttributes.messageDigest) == null) {
                bb = false;
                notes.add("the signed attributes content-type and message-digest are missing");
            }
            if (signed == null || signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) == null
                    && signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate) == null) {
                bb = false;
                notes.add("no ESS signing-certificate attribute binds the signing certificate to the signature");
            }
            AttributeTable unsigned = signer.getUnsignedAttributes();
            Attribute token = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (token != null) {
                try {
                    TimeStampToken tst = new TimeStampToken(new CMSSignedData(token.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
                    timestamp = tst.getTimeStampInfo().getGenTime().toInstant();
                    chain = certificates(tst);
                    String problem = timestampProblem(tst, signer.getSignature(), chain);
                    if (problem == null) {
                        timestampValid = true;
                    } else {
                        notes.add(problem);
                    }
                } catch (Exception e) {
                    notes.add("the signature timestamp cannot be read: " + e.getMessage());
                }
            }
        }
        String level = !pades ? "CMS" : !bb ? "NONE" : timestampValid ? "B-T" : "B-B";
        return new Result(level, List.copyOf(notes), timestamp, timestampValid, chain);
    }

    /** Null when the ByteRange is [0, a, b, c] with the gap exactly the /Contents hex string and ending within the file. */
    static String byteRangeProblem(byte[] pdf, PdfDictionary value) {
        PdfArray range = value.getAsArray(PdfName.ByteRange);
        PdfString contents = value.getAsString(PdfName.Contents);
        if (range == null || range.size() != 4 || contents == null) {
            return "the ByteRange is not two ranges around the signature";
        }
        long start = range.getAsNumber(0).longValue();
        long firstLength = range.getAsNumber(1).longValue();
        long second = range.getAsNumber(2).longValue();
        long secondLength = range.getAsNumber(3).longValue();
        if (start != 0 || firstLength <= 0 || second <= firstLength || secondLength < 0 || second + secondLength > pdf.length) {
            return "the ByteRange does not start at the beginning of the file or reaches beyond its end";
        }
        long gap = second - firstLength;
        if (pdf[(int) firstLength] != '<' || pdf[(int) second - 1] != '>' || gap != 2L * contents.getValueBytes().length + 2) {
            return "the ByteRange leaves out more than the signature value";
        }
        return null;
    }

    private static SignerInformation signer(PdfDictionary value) {
        PdfString contents = value.getAsString(PdfName.Contents);
        if (contents == null) {
            return null;
        }
        // The /Contents string is padded with zeros after the DER structure: read just the one structure.
        try (ASN1InputStream in = new ASN1InputStream(contents.getValueBytes())) {
            CMSSignedData data = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            return signers.size() == 1 ? signers.iterator().next() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static X509Certificate[] certificates(TimeStampToken token) {
        List<X509Certificate> chain = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> all = token.getCertificates().getMatches(null);
        try {
            for (X509CertificateHolder h : matches) {
                chain.add(converter.getCertificate(h));
            }
            for (X509CertificateHolder h : all) {
                if (!matches.contains(h)) {
                    chain.add(converter.getCertificate(h));
                }
            }
        } catch (java.security.cert.CertificateException e) {
            return new X509Certificate[0];
        }
        return chain.toArray(new X509Certificate[0]);
    }

    /** Null when the timestamp is for this signature value and its own signature holds. */
    private static String timestampProblem(TimeStampToken token, byte[] signatureValue, X509Certificate[] chain) {
        try {
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(token.getTimeStampInfo().getMessageImprintAlgOID()));
            digest.getOutputStream().write(signatureValue);
            digest.getOutputStream().close();
            if (!MessageDigest.isEqual(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest())) {
                return "the signature timestamp is for other data than this signature";
            }
        } catch (Exception e) {
            return "the signature timestamp's imprint cannot be checked: " + e.getMessage();
        }
        if (chain.length == 0) {
            return "the signature timestamp carries no certificate of its authority to check it with";
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(chain[0]));
            return null;
        } catch (Exception e) {
            return "the signature timestamp's own signature is not valid: " + e.getMessage();
        }
    }
}
