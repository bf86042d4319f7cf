package org.forumprotocol.docs.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import org.forumprotocol.docs.memorandum.SignatureReport.Modifications;
import org.forumprotocol.docs.memorandum.SignatureReport.Trust;
import org.forumprotocol.docs.memorandum.VerificationReport.Verdict;
import org.junit.jupiter.api.Test;

/** The memorandum benchmark measures what its figures claim (benchmarks never run here). */
class MemorandumBenchmarkTest {

    @Test
    void tenPagesFourPartiesAndEveryMeasuredStepDoesItsWhole() throws Exception {
        MemorandumBenchmark.Memorandum m = new MemorandumBenchmark.Memorandum();
        m.build();
        assertThat(MemorandumBenchmark.pages(m.agreed)).isEqualTo(MemorandumBenchmark.PAGES);

        VerificationReport one = MemorandumBenchmark.signAndVerifyOnce(m);
        assertThat(one.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.padesLevel()).isEqualTo("B-B");
            assertThat(s.trust()).isEqualTo(Trust.TRUSTED);
            assertThat(s.timestamp()).as("no timestamp authority").isNull();
            assertThat(s.signerName()).isEqualTo("Жақсыбаев Ғалым 1");
        });

        VerificationReport four = new MemorandumBenchmark().verifyFourSignatures(m);
        assertThat(four.verdict()).isEqualTo(Verdict.VALID);
        assertThat(four.signatures()).hasSize(MemorandumBenchmark.PARTIES);
        assertThat(four.signatures().get(0).afterSigning()).as("three later signatures analysed").isEqualTo(Modifications.PERMITTED);
        assertThat(four.signatures().get(0).changesAfter()).extracting(DocumentChange::update).contains(2, 3, 4);
        assertThat(four.signatures().get(3).signerName()).isEqualTo("임경호 4");
        assertThat(four.signatures().get(3).coversWholeDocument()).isTrue();
    }
}
