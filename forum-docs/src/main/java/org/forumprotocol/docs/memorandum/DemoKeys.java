package org.forumprotocol.docs.memorandum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signing keys for demonstration data, made in memory: a demo certification authority (self-signed, EC P-256) and
 * PKCS#12 files it issues to named signatories, as a real signatory would upload one. Nothing is written anywhere;
 * a key exists only as long as its {@link DemoKey}. Certificates are valid from a day before {@code now} (so that a
 * server whose clock is slightly behind still accepts them) for the given number of years.
 *
 * <p>For demonstration only: the authority's private key lives in this object, so anyone holding it can issue more
 * keys. Give the web layer's trust anchors the {@link #certificate()} to see demo signatures reported as trusted.
 */
public final class DemoKeys {
    /** The key types the system signs with. */
    public enum Algorithm { RSA_2048, EC_P256 }

    /**
     * A signatory's key file. {@code password} opens {@code pkcs12}; its key entry is {@code alias} with the chain
     * signatory certificate, authority certificate.
     */
    public record DemoKey(byte[] pkcs12, String password, String alias, X509Certificate certificate, X509Certificate authority) {
    }

    private static final String ALIAS = "signatory";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair pair;
    private final X509Certificate certificate;
    private final Instant now;

    private DemoKeys(KeyPair pair, X509Certificate certificate, Instant now) {
        this.pair = pair;
        this.certificate = certificate;
        this.now = now;
    }

    /**
     * A demo certification authority named {@code name} (e.g. "Forum Protocol Demo CA") with an EC P-256 key, valid
     * from {@code now} − 1 day for {@code years} years; every key it issues is valid from the same moment.
     */
    public static DemoKeys authority(String name, Instant now, int years) {
        return authority(name, now, years, Algorithm.EC_P256);
    }

    /**
     * The same with a key of the given type: RSA 2048, as Kazakhstan's national certification authority uses, makes
     * its certificates cheaper to check (an RSA signature verifies far faster than an ECDSA one in the JDK's
     * providers) but the authority slower to make.
     */
    public static DemoKeys authority(String name, Instant now, int years, Algorithm algorithm) {
        requireText(name, "name");
        requireYears(years);
        try {
            KeyPair pair = generate(algorithm == null ? Algorithm.EC_P256 : algorithm);
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).build();
            Instant from = start(now);
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(from),
                    Date.from(end(from, years)), subject, pair.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
            return new DemoKeys(pair, sign(b, pair.getPrivate()), now);
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("the demo authority could not be made: " + e.getMessage(), e);
        }
    }

    /** One signatory's key from an authority of its own ("Forum Protocol Demo CA"), EC P-256. */
    public static DemoKey issue(String signerName, String organisation, String country, int years, Instant now) {
        return authority("Forum Protocol Demo CA", now, years).issue(signerName, organisation, country, Algorithm.EC_P256, years);
    }

    /** The authority's certificate: the trust anchor for the keys it issues. */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * A PKCS#12 file for {@code signerName} (the certificate's CN, any script) of {@code organisation} (O) in
     * {@code country} (C, ISO 3166 alpha-2, or null), valid from the authority's start for {@code years} years (but
     * never beyond the authority), for signing (digital signature, non-repudiation), with a random password.
     */
    public DemoKey issue(String signerName, String organisation, String country, Algorithm algorithm, int years) {
        requireText(signerName, "signerName");
        requireYears(years);
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code such as KZ, not '" + country + "'");
        }
        try {
            KeyPair key = generate(algorithm == null ? Algorithm.EC_P256 : algorithm);
            X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, signerName);
            if (organisation != null && !organisation.isBlank()) {
                name.addRDN(BCStyle.O, organisation);
            }
            if (country != null) {
                name.addRDN(BCStyle.C, country);
            }
            Instant from = start(now);
            Instant until = end(from, years);
            if (until.isAfter(certificate.getNotAfter().toInstant())) {
                until = certificate.getNotAfter().toInstant();
            }
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(certificate, serial(), Date.from(from), Date.from(until),
                    name.build(), key.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(certificate));
            X509Certificate issued = sign(b, pair.getPrivate());
            String password = password();
            return new DemoKey(pkcs12(key.getPrivate(), new Certificate[] {issued, certificate}, password), password, ALIAS, issued,
                    certificate);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("the demo key could not be made: " + e.getMessage(), e);
        }
    }

    private static KeyPair generate(Algorithm algorithm) throws GeneralSecurityException {
        if (algorithm == Algorithm.RSA_2048) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, RANDOM);
            return g.generateKeyPair();
        }
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return g.generateKeyPair();
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey issuer)
            throws OperatorCreationException, GeneralSecurityException {
        String algorithm = "EC".equals(issuer.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(issuer)));
    }

    private static byte[] pkcs12(PrivateKey key, Certificate[] chain, String password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, password.toCharArray(), chain);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password.toCharArray());
        return out.toByteArray();
    }

    /** 144 random bits, URL-safe: typed by nobody, only passed along with the file. */
    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Positive and unpredictable, as RFC 5280 asks of serial numbers (at most 20 octets). */
    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    /** Whole seconds: certificates hold no fractions, and tests compare what they set with what they read. */
    private static Instant start(Instant now) {
        return now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant end(Instant from, int years) {
        return from.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    private static void requireYears(int years) {
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("years must be between 1 and 100, not " + years);
        }
    }
}
