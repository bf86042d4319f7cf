package org.forumprotocol.docs.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

import org.forumprotocol.core.memorandum.MemorandumSamples;
import org.forumprotocol.docs.memorandum.SignatureReport.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory of CA certificates as the web layer configures it. */
class TrustAnchorsTest {

    static String pem(X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    @Test
    void pemAndDerFilesAreReadAndOtherFilesIgnored(@TempDir Path dir) throws Exception {
        TestKeys root = TestKeys.selfSigned(TestKeys.rsa(), "CN=Ұлттық куәландырушы орталық (Test), C=KZ");
        TestKeys second = TestKeys.selfSigned(TestKeys.ecP256(), "CN=Second Test CA, C=KR");
        TestKeys third = TestKeys.selfSigned(TestKeys.ecP256(), "CN=Third Test CA, C=KR");
        Files.writeString(dir.resolve("roots.PEM"), "Two roots of the test\n" + pem(root.certificate) + pem(second.certificate));
        Files.write(dir.resolve("third.cer"), third.certificate.getEncoded());
        Files.writeString(dir.resolve("README.txt"), "not a certificate, and not read");

        List<X509Certificate> anchors = MemorandumVerifier.loadAnchors(dir);
        assertThat(anchors).containsExactlyInAnyOrder(root.certificate, second.certificate, third.certificate);

        TestKeys signer = root.issue(TestKeys.rsa(), "CN=Жақсыбаев Ғалым, C=KZ");
        byte[] signed = MemorandumSignerTest.sign(MemorandumPdf.render(MemorandumSamples.content("kk", "ko")), signer, "party-1");
        assertThat(new MemorandumVerifier(anchors).verify(signed).signatures().get(0).trust()).isEqualTo(Trust.TRUSTED);

        assertThat(MemorandumVerifier.loadAnchors(Files.createDirectory(dir.resolve("empty")))).isEmpty();
    }

    @Test
    void anUnreadableFileOrAMissingDirectoryIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.crt"), "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> MemorandumVerifier.loadAnchors(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.crt").hasMessageContaining("PEM or DER");
        assertThatThrownBy(() -> MemorandumVerifier.loadAnchors(dir.resolve("missing"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing").hasMessageContaining("not a directory");
    }
}
