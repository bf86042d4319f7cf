package org.forumprotocol.web.memorandum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.Classification;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumState;
import org.forumprotocol.core.memorandum.RevisionComparison;
import org.forumprotocol.core.memorandum.SignatureMethod;
import org.forumprotocol.docs.memorandum.SignatureReport;
import org.forumprotocol.docs.memorandum.VerificationReport;
import org.forumprotocol.web.page.ShownText;

/** What the memoranda pages keep in their view, filled, for the serialization test of the page beans. */
public final class MemorandumPageSamples {
    private MemorandumPageSamples() {
    }

    public static MemorandumForm form() {
        return MemorandumFormTest.filled();
    }

    public static MemorandumDetails details() {
        MemorandumContent c = Memoranda.validate(form().draft());
        List<MemorandumDetails.PartyStatus> parties = MemorandumDetails.parties(c, MemorandumState.ARCHIVED, List.of(
                new MemorandumDetails.SignatureFacts(0, "Жаксыбаев Галым", "CN=Жаксыбаев Галым", Instant.now(), SignatureMethod.SIGNED_HERE,
                        "officer", "ab"),
                new MemorandumDetails.SignatureFacts(1, "임경호", null, Instant.now(), SignatureMethod.UPLOADED, "officer", "cd")), Language.KO);
        return new MemorandumDetails(12, 4, MemorandumState.ARCHIVED, 1, null, new ShownText("양해각서", "ko"),
                List.of(new MemorandumDetails.LanguageText("ko", "양해각서")), List.of("ru", "ko"), new ShownText("투르키스탄", "ko"),
                LocalDate.of(2025, 9, 18), parties, MemorandumDetails.articles(c), Instant.now(), Instant.now(), Instant.now(), "ab",
                null, new MemorandumDetails.ArchiveRecord(Instant.now(), "officer", "cd", 25, LocalDate.of(2050, 9, 18),
                Classification.INTERNAL));
    }

    public static ReportView report() {
        return ReportView.of("양해각서.pdf", new VerificationReport("ff", 1234, List.of(new SignatureReport("party-1", "임경호",
                "CN=임경호", "CN=임경호", "0a", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, null, false, true, 1, 1, true, true, "B-B",
                SignatureReport.Trust.UNTRUSTED, "no trust anchors", null)), false));
    }

    public static RevisionsView.Comparison comparison() {
        MemorandumContent c = Memoranda.validate(form().draft());
        return RevisionsView.Comparison.of(new RevisionComparison(1, 2, Map.of(Language.KO, List.of(1)), true, false, false, false), c, c);
    }

    public static List<Object> rows() {
        ShownText title = new ShownText("양해각서", "ko");
        return List.of(new MemorandumRow(12, title, MemorandumState.SIGNING, 1, List.of("ru", "ko"), List.of("KZ", "KR"),
                        LocalDate.of(2025, 9, 18), Instant.now()),
                new ArchiveRow(12, title, List.of(new ArchiveRow.Party(title, "KR")), List.of("ru", "ko"), LocalDate.of(2025, 9, 18),
                        Instant.now(), Classification.PUBLIC),
                new AlarmRow(3, 12, "archived PDF", Instant.now(), "archivist", "ab", "cd"),
                new RevisionsView.Row(1, "officer", Instant.now()));
    }
}
