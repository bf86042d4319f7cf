package org.forumprotocol.web.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumState;
import org.forumprotocol.core.memorandum.RevisionComparison;
import org.forumprotocol.core.memorandum.SignatureMethod;
import org.forumprotocol.docs.memorandum.SignatureReport;
import org.forumprotocol.docs.memorandum.VerificationReport;
import org.forumprotocol.web.memorandum.MemorandumDetails.PartyStatus;
import org.forumprotocol.web.memorandum.MemorandumDetails.SignatureFacts;
import org.forumprotocol.web.memorandum.MemorandumDetails.Standing;
import org.junit.jupiter.api.Test;

/** What the memoranda pages show: each party's standing, the changed articles, what a signature covers. */
class MemorandumDetailsTest {
    private static final MemorandumContent CONTENT = Memoranda.validate(MemorandumFormTest.filled().draft());
    private static final SignatureFacts FIRST = new SignatureFacts(0, "Жаксыбаев Галым", "CN=Жаксыбаев Галым, C=KZ",
            Instant.parse("2025-09-18T05:00:00Z"), SignatureMethod.SIGNED_HERE, "officer", "ab12");

    private static List<Standing> standings(MemorandumState state, List<SignatureFacts> signatures) {
        return MemorandumDetails.parties(CONTENT, state, signatures, Language.RU).stream().map(PartyStatus::standing).toList();
    }

    @Test
    void thePartiesSignInTheirOrderWhileSignaturesAreCollected() {
        assertThat(standings(MemorandumState.AGREED, List.of())).containsExactly(Standing.NEXT, Standing.WAITING);
        assertThat(standings(MemorandumState.SIGNING, List.of(FIRST))).containsExactly(Standing.SIGNED, Standing.NEXT);
        assertThat(standings(MemorandumState.SIGNED, List.of(FIRST, new SignatureFacts(1, "임경호", null, Instant.now(),
                SignatureMethod.UPLOADED, "officer", "cd34")))).containsExactly(Standing.SIGNED, Standing.SIGNED);
    }

    @Test
    void aDraftsPartiesDoNotSignYetAndAWithdrawnMemorandumsNeverWill() {
        assertThat(standings(MemorandumState.DRAFT, List.of())).containsExactly(Standing.NOT_YET, Standing.NOT_YET);
        assertThat(standings(MemorandumState.WITHDRAWN, List.of(FIRST))).containsExactly(Standing.SIGNED, Standing.NEVER);
    }

    @Test
    void partiesAreNamedInThePageLanguageElseInTheMemorandumsFirstLanguage() {
        PartyStatus korean = MemorandumDetails.parties(CONTENT, MemorandumState.SIGNING, List.of(FIRST), Language.KO).get(1);
        assertThat(korean.organisation().text()).isEqualTo("국립공주대학교");
        assertThat(korean.organisation().lang()).isEqualTo("ko");
        assertThat(korean.number()).isEqualTo(2);
        assertThat(korean.field()).isEqualTo("party-2");

        PartyStatus kazakhPage = MemorandumDetails.parties(CONTENT, MemorandumState.SIGNING, List.of(FIRST), Language.KK).get(0);
        assertThat(kazakhPage.organisation().lang()).as("no Kazakh text: the first language, Russian").isEqualTo("ru");
        assertThat(kazakhPage.signature()).isEqualTo(FIRST);
    }

    @Test
    void articlesAreListedWithTheirTextInEachLanguageInTheMemorandumsOrder() {
        List<MemorandumDetails.ArticleRow> rows = MemorandumDetails.articles(CONTENT);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).texts()).extracting(MemorandumDetails.LanguageText::lang).containsExactly("ru", "ko");
    }

    @Test
    void aComparisonShowsEachChangedArticleBeforeAndAfterAddedOnesWithoutBefore() {
        MemorandumForm later = MemorandumFormTest.filled();
        later.getArticles().get(0).getText().put("ko", "양 당사자는 학생 및 교수 교류를 발전시킨다.");
        later.addArticle();
        later.getArticles().get(1).getText().put("ru", "Срок — пять лет.");
        later.getArticles().get(1).getText().put("ko", "5년간 유효하다.");
        MemorandumContent after = Memoranda.validate(later.draft());
        RevisionComparison c = new RevisionComparison(1, 2, Map.of(Language.KO, List.of(1, 2), Language.RU, List.of(2)),
                false, false, false, false);

        RevisionsView.Comparison view = RevisionsView.Comparison.of(c, CONTENT, after);

        assertThat(view.articles()).extracting(a -> a.number() + a.lang()).containsExactly("1ko", "2ru", "2ko");
        RevisionsView.ChangedArticle changed = view.articles().get(0);
        assertThat(changed.before()).isEqualTo("양 당사자는 학생 교류를 발전시킨다.");
        assertThat(changed.after()).isEqualTo("양 당사자는 학생 및 교수 교류를 발전시킨다.");
        assertThat(view.articles().get(1).isAdded()).isTrue();
        assertThat(view.unchanged()).isFalse();
    }

    @Test
    void whatASignatureCoversIsSaidByItsRevision() {
        SignatureReport first = signature(1, 2, false);
        SignatureReport last = signature(2, 2, true);
        SignatureReport lastWithAppendix = signature(2, 2, false);
        ReportView report = ReportView.of("memorandum.pdf", new VerificationReport("ff", 1234, List.of(first, last), false));

        assertThat(report.signatures()).extracting(ReportView.SignatureRow::coverageKey)
                .containsExactly("verification.coverage.laterRevisions", "verification.coverage.whole");
        assertThat(report.allIntact()).isTrue();
        assertThat(report.intactCount()).isEqualTo(2);
        assertThat(ReportView.SignatureRow.of(lastWithAppendix).coverageKey()).isEqualTo("verification.coverage.changedAfter");
        assertThat(report.signatures().get(0).trusted()).isFalse();
    }

    private static SignatureReport signature(int revision, int revisions, boolean whole) {
        return new SignatureReport("party-" + revision, "Signer " + revision, "CN=Signer", "CN=Signer", "0a", Instant.EPOCH,
                Instant.EPOCH, null, null, false, true, revision, revisions, whole, revision == 1, "B-B",
                SignatureReport.Trust.UNTRUSTED, "no trust anchors are configured", null);
    }
}
