package org.forumprotocol.core.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Drafts, revisions, agreement and the states of memoranda, on H2 and (with FORUM_TEST_DB_URL) PostgreSQL. */
class MemorandaTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();
    private static final byte[] PDF = "%PDF-1.7\n% agreed text\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private ForumFixture f;
    private Memoranda memoranda;

    @BeforeEach
    void services() {
        f = new ForumFixture(DB);
        memoranda = new Memoranda(f.em, f.audit, f.clock);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Memorandum create(MemorandumDraft d) {
        return f.tx(() -> memoranda.create(d));
    }

    private static List<String> fields(ForumException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void aDraftKeepsEveryScriptAndItsFirstRevision() {
        Memorandum m = create(MemorandumSamples.draft("kk", "ko"));
        Memorandum stored = f.fresh(em -> em.find(Memorandum.class, m.getId()));
        assertThat(stored.getState()).isEqualTo(MemorandumState.DRAFT);
        assertThat(stored.getAmendment()).isEqualTo(1);
        assertThat(stored.getTitle()).isEqualTo("Өзара түсіністік туралы меморандум");
        MemorandumContent c = stored.content();
        assertThat(c.languages()).containsExactly(Language.KK, Language.KO);
        assertThat(c.articles(Language.KO).get(2)).isEqualTo("본 양해각서는 서명일로부터 5년간 유효하다.");
        assertThat(c.parties().get(0).organisation().in(Language.KK)).contains("Әбілқас Сағынов");
        assertThat(c.parties().get(1).signatoryName().in(Language.KO)).isEqualTo("임경호");
        assertThat(c.parties().get(1).country()).isEqualTo("KR");
        assertThat(c.signingDate()).isEqualTo(MemorandumSamples.SIGNED_ON);
        assertThat(c).isEqualTo(MemorandumSamples.content("kk", "ko"));
        List<MemorandumRevision> revisions = f.fresh(em -> new Memoranda(em, f.audit, f.clock).revisions(m.getId()));
        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.getNumber()).isEqualTo(1);
            assertThat(r.getAuthor()).isEqualTo(ForumFixture.OFFICER);
            assertThat(r.getSavedAt()).isEqualTo(ForumFixture.T0);
            assertThat(r.content()).isEqualTo(c);
        });
        assertThat(f.auditEntries()).extracting(AuditEntry::getAction).containsExactly("CREATE");
    }

    @Test
    void everyProblemOfADraftIsNamedAndNothingIsStored() {
        MemorandumDraft good = MemorandumSamples.draft("ru", "ko");
        Map<String, List<String>> articles = new LinkedHashMap<>(good.articles());
        articles.put("ko", good.articles().get("ko").subList(0, 2));
        Map<String, String> title = new LinkedHashMap<>(good.title());
        title.put("en", "Memorandum");
        MemorandumDraft bad = new MemorandumDraft(title, List.of("ru", "ko"),
                List.of(good.parties().get(0), new MemorandumDraft.Party(Map.of("ru", "Университет"), "XX", Map.of(), Map.of())),
                articles, Map.of("ru", "Туркестан"), null, null, null, null);
        ForumException e = f.refusedStoringNothing(() -> memoranda.create(bad));
        assertThat(e.kind()).isEqualTo(ForumException.Kind.INVALID);
        assertThat(fields(e)).containsExactlyInAnyOrder("title.en", "place.ko", "signingDate", "parties[1].organisation.ko",
                "parties[1].country", "parties[1].signatory", "articles");
        assertThat(e.fieldErrors().stream().filter(x -> x.field().equals("articles")).findFirst().orElseThrow().message())
                .contains("ru: 3").contains("ko: 2");

        ForumException oneLanguage = f.refused(() -> memoranda.create(new MemorandumDraft(Map.of("ru", "Меморандум"),
                List.of("ru"), good.parties(), Map.of("ru", List.of("Статья")), Map.of("ru", "Туркестан"),
                MemorandumSamples.SIGNED_ON, null, null, null)));
        assertThat(fields(oneLanguage)).contains("languages");
        assertThat(fields(f.refused(() -> memoranda.create(new MemorandumDraft(good.title(), List.of("ru", "ko", "ru", "de"),
                good.parties(), good.articles(), good.place(), good.signingDate(), null, null, null)))))
                .contains("languages[2]", "languages[3]");
        assertThat(fields(f.refused(() -> memoranda.create(new MemorandumDraft(good.title(), good.languages(),
                List.of(good.parties().get(0)), good.articles(), good.place(), good.signingDate(), null, null, null)))))
                .containsExactly("parties");
        assertThat(fields(f.refused(() -> memoranda.create(MemorandumSamples.withArticle(good, "ru", 1, "  ")))))
                .containsExactly("articles.ru[1]");
        MemorandumDraft.Party noPosition = new MemorandumDraft.Party(good.parties().get(1).organisation(), "KR",
                good.parties().get(1).signatoryName(), Map.of("ko", "총장"));
        assertThat(fields(f.refused(() -> memoranda.create(new MemorandumDraft(good.title(), good.languages(),
                List.of(good.parties().get(0), noPosition), good.articles(), good.place(), good.signingDate(), null, null, null)))))
                .containsExactly("parties[1].signatory.position.ru");
        assertThat(f.count("memorandum")).isZero();
    }

    @Test
    void everySaveIsARevisionAndComparingNamesTheChangedArticlesPerLanguage() {
        MemorandumDraft d = MemorandumSamples.draft("ru", "ko");
        Memorandum m = create(d);
        f.clock.advance(Duration.ofMinutes(5));
        MemorandumDraft second = MemorandumSamples.withArticle(d, "ko", 1, "양 당사자는 공동 연구 및 출판을 수행한다.");
        f.tx(() -> memoranda.update(m.getId(), second));
        f.tx(() -> memoranda.update(m.getId(), second));
        f.clock.advance(Duration.ofMinutes(5));
        Map<String, List<String>> longer = new LinkedHashMap<>(second.articles());
        List<String> ru = new ArrayList<>(longer.get("ru"));
        ru.add("Споры разрешаются путём переговоров.");
        List<String> ko = new ArrayList<>(longer.get("ko"));
        ko.add("분쟁은 협상을 통해 해결한다.");
        longer.put("ru", ru);
        longer.put("ko", ko);
        f.tx(() -> memoranda.update(m.getId(), MemorandumSamples.withArticles(second, longer)));

        List<MemorandumRevision> revisions = memoranda.revisions(m.getId());
        assertThat(revisions).extracting(MemorandumRevision::getNumber).as("saving the same text again is no revision")
                .containsExactly(1, 2, 3);
        assertThat(revisions.get(2).getSavedAt()).isEqualTo(ForumFixture.T0.plus(Duration.ofMinutes(10)));
        RevisionComparison oneTwo = memoranda.compare(m.getId(), 1, 2);
        assertThat(oneTwo.changedArticles()).containsOnlyKeys(Language.KO).containsEntry(Language.KO, List.of(2));
        assertThat(oneTwo.titleChanged() || oneTwo.partiesChanged() || oneTwo.placeOrDateChanged()).isFalse();
        RevisionComparison oneThree = memoranda.compare(m.getId(), 1, 3);
        assertThat(oneThree.changedArticles()).containsEntry(Language.RU, List.of(4)).containsEntry(Language.KO, List.of(2, 4));
        assertThat(memoranda.compare(m.getId(), 3, 3).unchanged()).isTrue();
        assertThat(fields(f.refused(() -> memoranda.compare(m.getId(), 1, 9)))).containsExactly("to");
        assertThat(f.auditEntries()).extracting(AuditEntry::getAction).containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(f.auditEntries().get(2).getSummary()).contains("revision 3").contains("articles 3 → 4");
    }

    @Test
    void anEditFromAnOlderVersionIsStale() {
        Memorandum m = create(MemorandumSamples.draft("ru", "en"));
        long v = m.getVersion();
        f.tx(() -> memoranda.update(m.getId(), MemorandumSamples.withArticle(MemorandumSamples.draft("ru", "en"), "en", 0, "Changed.")
                .withExpectedVersion(v)));
        ForumException e = f.refusedStoringNothing(() -> memoranda.update(m.getId(),
                MemorandumSamples.withArticle(MemorandumSamples.draft("ru", "en"), "en", 0, "Other.").withExpectedVersion(v)));
        assertThat(e.kind()).isEqualTo(ForumException.Kind.STALE);
    }

    @Test
    void agreeingFreezesTheTextWithThePdfAndItsHash() {
        Memorandum m = create(MemorandumSamples.draft("ru", "ko"));
        long version = memoranda.get(m.getId()).getVersion();
        assertThat(fields(f.refusedStoringNothing(() -> memoranda.agree(m.getId(), version, "not a pdf".getBytes(StandardCharsets.UTF_8)))))
                .containsExactly("pdf");
        assertThat(f.refusedStoringNothing(() -> memoranda.agree(m.getId(), version + 7, PDF)).kind())
                .isEqualTo(ForumException.Kind.STALE);
        f.clock.advance(Duration.ofHours(1));
        f.tx(() -> memoranda.agree(m.getId(), version, PDF));

        Memorandum agreed = f.fresh(em -> em.find(Memorandum.class, m.getId()));
        assertThat(agreed.getState()).isEqualTo(MemorandumState.AGREED);
        assertThat(agreed.agreedPdf()).isEqualTo(PDF);
        assertThat(agreed.getAgreedSha256()).isEqualTo(MemorandumContent.sha256(PDF)).hasSize(64);
        assertThat(agreed.getAgreedAt()).isEqualTo(ForumFixture.T0.plus(Duration.ofHours(1)));

        ForumException change = f.refusedStoringNothing(() -> memoranda.update(m.getId(),
                MemorandumSamples.withArticle(MemorandumSamples.draft("ru", "ko"), "ru", 0, "Иначе.")));
        assertThat(change.kind()).isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(change.getMessage()).contains("AGREED").contains("amendment");
        assertThat(f.refusedStoringNothing(() -> memoranda.agree(m.getId(), agreed.getVersion(), PDF)).kind())
                .isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(f.auditEntries().get(f.auditEntries().size() - 1).getSummary()).contains(MemorandumContent.sha256(PDF));
    }

    @Test
    void statesMoveOnlyForwardAndAnAmendmentIsANewDraftVersion() {
        Memorandum m = create(MemorandumSamples.draft("kk", "ru", "en", "ko"));
        assertThat(f.refusedStoringNothing(() -> memoranda.recordSignature(m.getId(), 0, PDF, "Signer", null, SignatureMethod.SIGNED_HERE))
                .kind()).isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(f.refused(() -> memoranda.amend(m.getId())).kind()).isEqualTo(ForumException.Kind.CONFLICT);
        f.tx(() -> memoranda.agree(m.getId(), memoranda.get(m.getId()).getVersion(), PDF));
        byte[] signedOnce = MemorandumSamples.appended(PDF, "party 0");
        f.tx(() -> memoranda.recordSignature(m.getId(), 0, signedOnce, "Жақсыбаев Ғалым", null, SignatureMethod.SIGNED_HERE));
        assertThat(memoranda.get(m.getId()).getState()).isEqualTo(MemorandumState.SIGNING);
        assertThat(f.refused(() -> memoranda.archive(m.getId(), 10, "PUBLIC")).kind()).isEqualTo(ForumException.Kind.CONFLICT);
        f.tx(() -> memoranda.recordSignature(m.getId(), 1, MemorandumSamples.appended(signedOnce, "party 1"), "임경호", null,
                SignatureMethod.UPLOADED));
        assertThat(f.refused(() -> memoranda.withdraw(m.getId())).getMessage()).contains("SIGNED").contains("WITHDRAWN");
        f.tx(() -> memoranda.archive(m.getId(), 10, "PUBLIC"));
        assertThat(memoranda.get(m.getId()).getState()).isEqualTo(MemorandumState.ARCHIVED);

        Memorandum first = f.tx(() -> memoranda.amend(m.getId()));
        assertThat(first.getAmendment()).isEqualTo(2);
        assertThat(first.getAmendsId()).isEqualTo(m.getId());
        assertThat(first.getState()).isEqualTo(MemorandumState.DRAFT);
        assertThat(first.content()).isEqualTo(memoranda.get(m.getId()).content());
        f.tx(() -> memoranda.agree(first.getId(), memoranda.get(first.getId()).getVersion(), PDF));
        assertThat(f.tx(() -> memoranda.amend(first.getId())).getAmendment()).as("numbered within the original").isEqualTo(3);
        assertThat(memoranda.get(m.getId()).agreedPdf()).isEqualTo(PDF);

        Memorandum other = create(MemorandumSamples.draft("ru", "ko"));
        f.tx(() -> memoranda.withdraw(other.getId()));
        assertThat(f.refused(() -> memoranda.update(other.getId(), MemorandumSamples.draft("ru", "ko"))).kind())
                .isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(f.auditEntries()).extracting(AuditEntry::getAction).containsSubsequence("CREATE", "AGREE",
                "SIGN", "SIGNED_UPLOAD", "ARCHIVE", "AMEND", "AGREE", "AMEND", "CREATE", "WITHDRAW");
        assertThat(f.refused(() -> memoranda.get(-1)).kind()).isEqualTo(ForumException.Kind.NOT_FOUND);
    }

    @Test
    void eachLanguageHasItsOwnTextHash() {
        MemorandumContent c = MemorandumSamples.content("ru", "ko");
        assertThat(c.text(Language.RU)).startsWith("Меморандум о взаимопонимании\n1. Стороны");
        assertThat(c.textSha256(Language.RU)).isNotEqualTo(c.textSha256(Language.KO)).matches("[0-9a-f]{64}");
        assertThat(MemorandumJson.read(MemorandumJson.write(c))).isEqualTo(c);
    }
}
