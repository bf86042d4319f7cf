package org.forumprotocol.docs.memorandum;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys and certificates made in the test: a self-signed certificate, or one issued by a test CA, in a PKCS#12
 * file with a password, as a signatory would upload it.
 */
final class TestKeys {
    static final Instant NOW = Instant.parse("2025-09-18T06:30:00Z");
    private static long serial = 1000;

    final KeyPair pair;
    final X509Certificate certificate;
    final X509Certificate[] chain;

    private TestKeys(KeyPair pair, X509Certificate certificate, X509Certificate[] chain) {
        this.pair = pair;
        this.certificate = certificate;
        this.chain = chain;
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    static KeyPair ecP256() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    /** A self-signed certificate valid from {@code from} to {@code to}. */
    static TestKeys selfSigned(KeyPair pair, String subject, Instant from, Instant to) throws Exception {
        X509Certificate c = certificate(new X500Name(subject), pair, new X500Name(subject), pair, from, to, true);
        return new TestKeys(pair, c, new X509Certificate[] {c});
    }

    static TestKeys selfSigned(KeyPair pair, String subject) throws Exception {
        return selfSigned(pair, subject, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)));
    }

    /** A certificate of {@code subject} issued by this (CA) key. */
    TestKeys issue(KeyPair subjectPair, String subject) throws Exception {
        X500Name issuer = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        X509Certificate c = certificate(new X500Name(subject), subjectPair, issuer, pair, NOW.minus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(365)), false);
        return new TestKeys(subjectPair, c, new X509Certificate[] {c, certificate});
    }

    byte[] pkcs12(String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", pair.getPrivate(), password.toCharArray(), chain);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password.toCharArray());
        return out.toByteArray();
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectPair, X500Name issuer, KeyPair issuerPair,
                                               Instant from, Instant to, boolean ca) throws Exception {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serial++),
                Date.from(from), Date.from(to), subject, subjectPair.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                ? KeyUsage.keyCertSign | KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        String algorithm = issuerPair.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder(algorithm).build(issuerPair.getPrivate())));
    }

    static Certificate[] none() {
        return new Certificate[0];
    }
}
