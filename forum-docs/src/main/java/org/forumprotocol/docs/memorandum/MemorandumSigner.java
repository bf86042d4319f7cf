package org.forumprotocol.docs.memorandum;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.CertificateInfo;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.bouncycastleconnector.BouncyCastleFactoryCreator;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.docs.pdf.DocumentFonts;

/**
 * Signs one party's signature field of an agreed memorandum with that party's PKCS#12 key: a PAdES baseline
 * signature (ETSI.CAdES.detached, SHA-256), B-B, or B-T when a timestamp authority is given, appended as an
 * incremental update so that the bytes signed before stay as they are. Parties sign in the order of their fields
 * (party-1, party-2, …). The first signature certifies the
 * document and allows form filling and signing, so every later party's signature keeps it valid.
 *
 * <p>The key file and its password are used for this one call only: the password array is zeroed before the
 * method returns, whatever happens, and neither appears in any message or log.
 */
public final class MemorandumSigner {
    private static final String DIGEST = "SHA-256";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private MemorandumSigner() {
    }

    /**
     * The document with the party's signature in {@code fieldName} appended.
     *
     * @param alias the key entry to sign with; null takes the file's only (or first) private key
     * @param tsa   an RFC 3161 timestamp authority for PAdES-B-T, or null for B-B
     * @param now   the signing time: the certificate must be valid then, and it is the claimed signing time
     */
    public static byte[] sign(byte[] pdf, byte[] pkcs12, char[] password, String alias, String fieldName, ITSAClient tsa,
                              Instant now) {
        Key key;
        try {
            key = open(pkcs12, password, alias);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        X509Certificate certificate = (X509Certificate) key.chain()[0];
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw ForumException.invalid("certificate", "the certificate expired on " + DAY.format(certificate.getNotAfter().toInstant())
                    + " and can no longer sign");
        } catch (CertificateNotYetValidException e) {
            throw ForumException.invalid("certificate", "the certificate is valid only from "
                    + DAY.format(certificate.getNotBefore().toInstant()) + " and cannot sign yet");
        }
        boolean first = checkField(pdf, fieldName);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        try {
            PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out);
            signer.setStampingProperties(new StampingProperties().useAppendMode());
            Calendar claimed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            claimed.setTimeInMillis(now.toEpochMilli());
            SignerProperties properties = new SignerProperties().setFieldName(fieldName).setClaimedSignDate(claimed)
                    .setSignatureAppearance(appearance(certificate, now));
            if (first) {
                properties.setCertificationLevel(AccessPermissions.FORM_FIELDS_MODIFICATION);
            }
            // Explicitly SHA-256: the PAdES signer's own default for a bare private key is SHA-512.
            IExternalSignature signature = new PrivateKeySignature(key.privateKey(), DIGEST,
                    BouncyCastleFactoryCreator.getFactory().getProviderName());
            if (tsa == null) {
                signer.signWithBaselineBProfile(properties, key.chain(), signature);
            } else {
                signer.signWithBaselineTProfile(properties, key.chain(), signature, tsa);
            }
        } catch (IOException | GeneralSecurityException | ITextException e) {
            throw new ForumException(Kind.UNPROCESSABLE, "The document could not be signed: " + e.getMessage());
        }
        return out.toByteArray();
    }

    private record Key(PrivateKey privateKey, Certificate[] chain) {
    }

    private static Key open(byte[] pkcs12, char[] password, String alias) {
        if (pkcs12 == null || pkcs12.length == 0) {
            throw ForumException.invalid("keystore", "a PKCS#12 key file (.p12, .pfx) is required");
        }
        if (password == null) {
            throw ForumException.invalid("password", "the password of the key file is required");
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw ForumException.invalid("password", "the password does not open this key file");
            }
            throw ForumException.invalid("keystore", "not a PKCS#12 key file (.p12, .pfx)");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw ForumException.invalid("keystore", "not a PKCS#12 key file (.p12, .pfx)");
        }
        try {
            List<String> keys = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
            if (keys.isEmpty()) {
                throw ForumException.invalid("keystore", "the key file holds no private key");
            }
            String chosen = alias == null || alias.isBlank() ? keys.get(0) : alias;
            if (!keys.contains(chosen)) {
                throw ForumException.invalid("alias", "the key file has no key '" + alias + "'; it has " + keys);
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            Certificate[] chain = store.getCertificateChain(chosen);
            if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
                throw ForumException.invalid("keystore", "the key '" + chosen + "' has no X.509 certificate");
            }
            return new Key(key, chain);
        } catch (UnrecoverableKeyException e) {
            throw ForumException.invalid("password", "the password does not open the key in this file");
        } catch (GeneralSecurityException e) {
            throw ForumException.invalid("keystore", "the key cannot be read from this file");
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (KeyStoreException e) {
            return false;
        }
    }

    /** Whether the field exists and is unsigned; true when nobody has signed the document yet. */
    private static boolean checkField(byte[] pdf, String fieldName) {
        try (PdfDocument document = new ReadingDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(document);
            if (!util.doesSignatureFieldExist(fieldName)) {
                throw ForumException.invalid("party", "the document has no signature field '" + fieldName + "'");
            }
            List<String> signed = util.getSignatureNames();
            if (signed.contains(fieldName)) {
                throw new ForumException(Kind.CONFLICT, "The field '" + fieldName + "' is signed already");
            }
            // Parties sign in their order: party-3 only after party-1 and party-2, as the signing ceremony goes.
            java.util.regex.Matcher party = java.util.regex.Pattern.compile("party-(\\d+)").matcher(fieldName);
            if (party.matches()) {
                int number = Integer.parseInt(party.group(1));
                for (int earlier = 1; earlier < number; earlier++) {
                    String before = "party-" + earlier;
                    if (util.doesSignatureFieldExist(before) && !signed.contains(before)) {
                        throw new ForumException(Kind.CONFLICT, "Party " + earlier + " signs before party " + number
                                + "; its field '" + before + "' is not signed yet");
                    }
                }
            }
            return signed.isEmpty();
        } catch (IOException | ITextException e) {
            throw ForumException.invalid("file", "not a readable PDF document");
        }
    }

    /** What the signed field shows: who signed and when, in the project's fonts (PDF/A needs them embedded). */
    static SignatureFieldAppearance appearance(X509Certificate certificate, Instant now) {
        String name = CertificateInfo.getSubjectFields(certificate).getField("CN");
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(SignerProperties.IGNORED_ID)
                .setContent((name == null ? certificate.getSubjectX500Principal().getName() : name) + "\n" + DAY.format(now));
        appearance.setProperty(Property.FONT_PROVIDER, DocumentFonts.provider());
        appearance.setFontFamily(DocumentFonts.FAMILIES);
        appearance.setFontSize(9);
        return appearance;
    }
}
