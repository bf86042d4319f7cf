package org.forumprotocol.docs.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.forumprotocol.core.memorandum.MemorandumSamples;
import org.forumprotocol.docs.memorandum.DemoKeys.Algorithm;
import org.forumprotocol.docs.memorandum.DemoKeys.DemoKey;
import org.forumprotocol.docs.memorandum.SignatureReport.Trust;
import org.forumprotocol.docs.memorandum.VerificationReport.Verdict;
import org.junit.jupiter.api.Test;

/** The demo data's keys sign real memoranda and verify as trusted against their demo authority. */
class DemoKeysTest {
    static final Instant NOW = Instant.parse("2025-09-18T06:30:12.345Z");

    @Test
    void twoSignatoriesOfOneDemoAuthoritySignAMemorandumThatVerifiesAsTrusted() {
        DemoKeys authority = DemoKeys.authority("Forum Protocol Demo CA", NOW, 5);
        DemoKey karaganda = authority.issue("Жақсыбаев Ғалым Құрманұлы", "Әбілқас Сағынов атындағы Қарағанды техникалық университеті",
                "KZ", Algorithm.RSA_2048, 3);
        DemoKey kongju = authority.issue("임경호", "국립공주대학교, 공주시", "KR", Algorithm.EC_P256, 3);

        assertThat(karaganda.certificate().getPublicKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(kongju.certificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(karaganda.certificate().getNotBefore().toInstant()).as("from a day before now")
                .isEqualTo(Instant.parse("2025-09-17T06:30:12Z"));
        assertThat(karaganda.certificate().getNotAfter().toInstant()).isEqualTo(Instant.parse("2028-09-17T06:30:12Z"));
        assertThat(kongju.certificate().getSubjectX500Principal().getName()).contains("CN=임경호", "O=국립공주대학교\\, 공주시", "C=KR");
        assertThat(kongju.certificate().getIssuerX500Principal()).isEqualTo(authority.certificate().getSubjectX500Principal());
        assertThat(karaganda.password()).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo(kongju.password());
        assertThat(karaganda.certificate().getSerialNumber()).isNotEqualTo(kongju.certificate().getSerialNumber());

        byte[] agreed = MemorandumPdf.render(MemorandumSamples.content("kk", "ko"));
        byte[] one = MemorandumSigner.sign(agreed, karaganda.pkcs12(), karaganda.password().toCharArray(), karaganda.alias(),
                "party-1", null, NOW);
        byte[] both = MemorandumSigner.sign(one, kongju.pkcs12(), kongju.password().toCharArray(), null, "party-2", null,
                NOW.plus(Duration.ofMinutes(5)));
        VerificationReport report = new MemorandumVerifier(List.of(authority.certificate())).verify(both);
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).extracting(SignatureReport::signerName).containsExactly("Жақсыбаев Ғалым Құрманұлы", "임경호");
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.trust()).isEqualTo(Trust.TRUSTED);
            assertThat(s.padesLevel()).isEqualTo("B-B");
        });
    }

    @Test
    void aSingleKeyComesWithItsOwnAuthorityAndOpensWithItsPassword() throws Exception {
        DemoKey key = DemoKeys.issue("Lim Kyung-ho", "Kongju National University", null, 2, NOW);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(key.pkcs12()), key.password().toCharArray());
        assertThat(store.isKeyEntry(key.alias())).isTrue();
        assertThat(store.getCertificateChain(key.alias())).containsExactly(key.certificate(), key.authority());
        assertThat(key.certificate().getNotAfter().toInstant()).isEqualTo(NOW.minus(Duration.ofDays(1))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).plusYears(2).toInstant());
        key.certificate().verify(key.authority().getPublicKey());

        assertThatThrownBy(() -> DemoKeys.issue(" ", "x", "KZ", 1, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoKeys.issue("A", "x", "Kazakhstan", 1, NOW)).hasMessageContaining("ISO 3166");
        assertThatThrownBy(() -> DemoKeys.issue("A", "x", "KZ", 0, NOW)).hasMessageContaining("years");
    }
}
