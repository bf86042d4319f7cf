package org.forumprotocol.web.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.docs.memorandum.DemoKeys;
import org.forumprotocol.docs.memorandum.MemorandumPdf;
import org.forumprotocol.docs.memorandum.MemorandumSigner;
import org.forumprotocol.docs.memorandum.MemorandumVerifier;
import org.forumprotocol.docs.memorandum.SignatureReport;
import org.forumprotocol.docs.memorandum.VerificationReport;
import org.junit.jupiter.api.Test;

/** The demonstration memorandum's text is valid, and the keys made at start-up sign it in turn, both intact. */
class DemoMemorandumTest {

    @Test
    void theDemoTextIsAValidRussianKoreanMemorandumOfTheTwoUniversities() {
        MemorandumContent c = Memoranda.validate(DemoMemorandum.draft());
        assertThat(c.languages()).containsExactly(Language.RU, Language.KO);
        assertThat(c.parties()).extracting(p -> p.country()).containsExactly("KZ", "KR");
        assertThat(c.parties().get(1).organisation().in(Language.KO)).isEqualTo("국립공주대학교");
        assertThat(c.articleCount()).isEqualTo(5);
    }

    @Test
    void twoDemoKeysSignInTurnAndBothSignaturesStayIntact() {
        Instant now = Instant.now();
        byte[] pdf = MemorandumPdf.render(Memoranda.validate(DemoMemorandum.draft()));
        List<DemoKeys.DemoKey> keys = DemoMemorandum.signatoryKeys(now);
        DemoKeys.DemoKey ktu = keys.get(0);
        DemoKeys.DemoKey kongju = keys.get(1);
        assertThat(ktu.certificate().getPublicKey()).isNotEqualTo(kongju.certificate().getPublicKey());
        assertThat(ktu.password()).isNotEqualTo(kongju.password()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ktu.authority()).as("one demonstration authority").isEqualTo(kongju.authority());

        char[] password = ktu.password().toCharArray();
        byte[] once = MemorandumSigner.sign(pdf, ktu.pkcs12(), password, null, MemorandumPdf.fieldName(0), null, now);
        assertThat(password).as("wiped by the signer").containsOnly('\0');
        byte[] twice = MemorandumSigner.sign(once, kongju.pkcs12(), kongju.password().toCharArray(), null, MemorandumPdf.fieldName(1), null, now);

        VerificationReport report = new MemorandumVerifier(List.of()).verify(twice);
        VerificationReport anchored = new MemorandumVerifier(List.of(ktu.authority())).verify(twice);
        assertThat(report.allIntact()).isTrue();
        assertThat(report.signatures()).extracting(SignatureReport::field).containsExactly("party-1", "party-2");
        assertThat(report.signatures()).extracting(SignatureReport::signerName).containsExactly("Zhaksybayev Galym", "Lim Kyung-ho");
        assertThat(report.signatures().get(0).certification()).isTrue();
        assertThat(report.signatures().get(0).subject()).contains("C=KZ");
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.trust()).isEqualTo(SignatureReport.Trust.UNTRUSTED));
        assertThat(anchored.signatures()).as("trusted once the demonstration authority is an anchor")
                .allSatisfy(s -> assertThat(s.trust()).isEqualTo(SignatureReport.Trust.TRUSTED));
    }
}
