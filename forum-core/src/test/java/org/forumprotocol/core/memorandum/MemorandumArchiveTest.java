package org.forumprotocol.core.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.transaction.Transactional;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.memorandum.Memoranda.ArchiveAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signatures in the parties' order, the archive, its search and its integrity alarms, on H2 and (with
 * FORUM_TEST_DB_URL) PostgreSQL. The "PDFs" here are stand-ins: core keeps bytes and hashes, forum-docs signs.
 */
class MemorandumArchiveTest {
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

    private static List<String> fields(ForumException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    private long agreed(MemorandumDraft d) {
        Memorandum m = f.tx(() -> memoranda.create(d));
        f.tx(() -> memoranda.agree(m.getId(), memoranda.get(m.getId()).getVersion(), PDF));
        return m.getId();
    }

    /** Every party signs in turn; returns the final bytes. */
    private byte[] signedByAll(long id) {
        byte[] pdf = PDF;
        int parties = memoranda.get(id).content().parties().size();
        for (int i = 0; i < parties; i++) {
            byte[] next = MemorandumSamples.appended(pdf, "party " + i);
            int party = i;
            f.tx(() -> memoranda.recordSignature(id, party, next, "Signer " + party, "CN=Signer " + party, SignatureMethod.SIGNED_HERE));
            pdf = next;
        }
        return pdf;
    }

    private long archived(MemorandumDraft d) {
        long id = agreed(d);
        signedByAll(id);
        f.tx(() -> memoranda.archive(id, 25, "INTERNAL"));
        return id;
    }

    /** As the container runs the service: the refusal is thrown, yet the transaction commits (dontRollbackOn). */
    private ChecksumMismatchException refusedKeepingTheAlarm(Runnable work) {
        return f.tx(() -> {
            try {
                work.run();
            } catch (ChecksumMismatchException e) {
                return e;
            }
            throw new AssertionError("expected the damaged copy to be refused");
        });
    }

    private void overwrite(String sql, byte[] bytes, long id) {
        try (Connection c = DB.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setBytes(1, bytes);
            s.setLong(2, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void partiesSignInTheirOrderAndEachSignatureAppendsToTheDocumentBeforeIt() {
        Memorandum draft = f.tx(() -> memoranda.create(MemorandumSamples.draft("kk", "ko")));
        assertThat(memoranda.currentPdf(draft.getId())).as("a draft is rendered by the caller").isNull();
        long id = agreed(MemorandumSamples.draft("kk", "ko"));
        assertThat(memoranda.currentPdf(id)).isEqualTo(PDF);

        ForumException early = f.refusedStoringNothing(() -> memoranda.recordSignature(id, 1, MemorandumSamples.appended(PDF, "x"),
                "임경호", null, SignatureMethod.SIGNED_HERE));
        assertThat(early.kind()).isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(early.getMessage()).contains("Конджу ұлттық университеті (party 1)")
                .contains("signs after Әбілқас Сағынов атындағы Қарағанды техникалық университеті (party 0)").contains("not signed yet");
        assertThat(f.refused(() -> memoranda.requireTurn(id, 1)).kind()).isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(fields(f.refused(() -> memoranda.requireTurn(id, 2)))).containsExactly("party");
        assertThat(fields(f.refused(() -> memoranda.requireTurn(id, -1)))).containsExactly("party");

        byte[] other = "%PDF-1.7\n% another text\n%%EOF\n% signature\n".getBytes(StandardCharsets.ISO_8859_1);
        ForumException notAppended = f.refusedStoringNothing(() -> memoranda.recordSignature(id, 0, other, "Жақсыбаев Ғалым", null,
                SignatureMethod.UPLOADED));
        assertThat(fields(notAppended)).containsExactly("file");
        assertThat(notAppended.fieldErrors().get(0).message()).contains("differs from byte 12");
        assertThat(fields(f.refusedStoringNothing(() -> memoranda.recordSignature(id, 0, PDF, "Жақсыбаев Ғалым", null,
                SignatureMethod.UPLOADED)))).containsExactly("file");
        assertThat(fields(f.refusedStoringNothing(() -> memoranda.recordSignature(id, 0, MemorandumSamples.appended(PDF, "x"), " ",
                null, null)))).containsExactlyInAnyOrder("signerName", "how");

        f.clock.advance(Duration.ofMinutes(3));
        byte[] first = MemorandumSamples.appended(PDF, "party 0");
        MemorandumSignature s0 = f.tx(() -> memoranda.recordSignature(id, 0, first, "Жақсыбаев Ғалым",
                "CN=Жақсыбаев Ғалым,C=KZ", SignatureMethod.SIGNED_HERE));
        assertThat(s0.getSignedAt()).isEqualTo(ForumFixture.T0.plus(Duration.ofMinutes(3)));
        assertThat(memoranda.get(id).getState()).isEqualTo(MemorandumState.SIGNING);
        assertThat(memoranda.currentPdf(id)).isEqualTo(first);
        assertThat(f.refused(() -> memoranda.requireTurn(id, 0)).getMessage()).contains("(party 0) has signed").contains("already");

        byte[] second = MemorandumSamples.appended(first, "party 1");
        f.tx(() -> memoranda.recordSignature(id, 1, second, "임경호", "CN=임경호,C=KR", SignatureMethod.UPLOADED));
        assertThat(memoranda.get(id).getState()).isEqualTo(MemorandumState.SIGNED);
        assertThat(memoranda.currentPdf(id)).isEqualTo(second);
        assertThat(f.refused(() -> memoranda.requireTurn(id, 1)).getMessage()).contains("SIGNED");

        List<MemorandumSignature> signatures = f.fresh(em -> new Memoranda(em, f.audit, f.clock).signatures(id));
        assertThat(signatures).extracting(MemorandumSignature::getPartyIndex).containsExactly(0, 1);
        assertThat(signatures).extracting(MemorandumSignature::getMethod).containsExactly(SignatureMethod.SIGNED_HERE, SignatureMethod.UPLOADED);
        assertThat(signatures.get(1).getSignerName()).isEqualTo("임경호");
        assertThat(signatures.get(1).getSignerSubject()).isEqualTo("CN=임경호,C=KR");
        assertThat(signatures.get(1).getRecordedBy()).isEqualTo(ForumFixture.OFFICER);
        assertThat(signatures.get(1).getPdfSha256()).isEqualTo(MemorandumContent.sha256(second));
        assertThat(signatures.get(1).pdf()).isEqualTo(second);
        List<AuditEntry> audit = f.auditEntries();
        assertThat(audit).extracting(AuditEntry::getAction).containsSubsequence("AGREE", "SIGN", "SIGNED_UPLOAD");
        assertThat(audit.get(audit.size() - 1).getSummary()).contains("임경호").contains("uploaded").contains("SIGNING → SIGNED")
                .contains(MemorandumContent.sha256(second));
    }

    @Test
    void onlyASignedMemorandumIsArchivedWithItsFinalBytesRetentionAndClassification() {
        long id = agreed(MemorandumSamples.draft("ru", "ko"));
        assertThat(f.refusedStoringNothing(() -> memoranda.archive(id, 10, "PUBLIC")).kind()).isEqualTo(ForumException.Kind.CONFLICT);
        byte[] last = signedByAll(id);
        assertThat(fields(f.refusedStoringNothing(() -> memoranda.archive(id, null, null))))
                .containsExactlyInAnyOrder("retentionYears", "classification");
        assertThat(fields(f.refusedStoringNothing(() -> memoranda.archive(id, 0, "SECRET"))))
                .containsExactlyInAnyOrder("retentionYears", "classification");
        assertThat(fields(f.refusedStoringNothing(() -> memoranda.archive(id, 101, "public")))).containsExactly("retentionYears");
        assertThat(f.refused(() -> memoranda.archivedPdf(id, ArchiveAccess.DOWNLOAD)).kind()).isEqualTo(ForumException.Kind.NOT_FOUND);

        f.clock.advance(Duration.ofDays(2));
        f.tx(() -> memoranda.archive(id, 10, "restricted"));
        Memorandum m = f.fresh(em -> em.find(Memorandum.class, id));
        assertThat(m.getState()).isEqualTo(MemorandumState.ARCHIVED);
        assertThat(m.getArchivedSha256()).isEqualTo(MemorandumContent.sha256(last));
        assertThat(m.getRetentionYears()).isEqualTo(10);
        assertThat(m.getClassification()).isEqualTo(Classification.RESTRICTED);
        assertThat(m.getArchivedAt()).isEqualTo(ForumFixture.T0.plus(Duration.ofDays(2)));
        assertThat(m.getArchivedBy()).isEqualTo(ForumFixture.OFFICER);
        assertThat(m.retainUntil()).isEqualTo(LocalDate.of(2035, 9, 17));
        assertThat(f.refused(() -> memoranda.archive(id, 10, "PUBLIC")).kind()).isEqualTo(ForumException.Kind.CONFLICT);

        f.clock.advance(Duration.ofHours(1));
        byte[] downloaded = f.tx(() -> memoranda.archivedPdf(id, ArchiveAccess.DOWNLOAD));
        assertThat(downloaded).isEqualTo(last);
        AuditEntry download = f.auditEntries().get(f.auditEntries().size() - 1);
        assertThat(download.getAction()).isEqualTo("DOWNLOAD");
        assertThat(download.getActor()).isEqualTo(ForumFixture.OFFICER);
        assertThat(download.getOccurredAt()).isEqualTo(ForumFixture.T0.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
        assertThat(download.getEntityId()).isEqualTo(String.valueOf(id));
        f.tx(() -> memoranda.archivedPdf(id, ArchiveAccess.VERIFICATION));
        assertThat(f.auditEntries().get(f.auditEntries().size() - 1).getAction()).isEqualTo("VERIFY_ARCHIVED");
        assertThat(memoranda.alarms()).isEmpty();
    }

    @Test
    void aTamperedArchiveCopyIsRefusedAlarmedAndLeftAsItIs() {
        long id = archived(MemorandumSamples.draft("kk", "ko"));
        Memorandum m = memoranda.get(id);
        byte[] good = f.tx(() -> memoranda.archivedPdf(id, ArchiveAccess.DOWNLOAD));
        byte[] tampered = good.clone();
        tampered[12] ^= 0x01;
        overwrite("UPDATE memorandum SET archived_pdf = ? WHERE id = ?", tampered, id);
        f.clock.advance(Duration.ofMinutes(1));

        ChecksumMismatchException refused = refusedKeepingTheAlarm(() -> memoranda.archivedPdf(id, ArchiveAccess.DOWNLOAD));
        assertThat(refused.kind()).isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(refused.getMessage()).contains("archived PDF of memorandum " + id).contains("integrity").contains("backup");

        List<ArchiveAlarm> alarms = f.fresh(em -> new Memoranda(em, f.audit, f.clock).alarms());
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.getMemorandumId()).isEqualTo(id);
            assertThat(a.getStoredCopy()).isEqualTo("archived PDF");
            assertThat(a.getExpectedSha256()).isEqualTo(m.getArchivedSha256());
            assertThat(a.getActualSha256()).isEqualTo(MemorandumContent.sha256(tampered)).isNotEqualTo(m.getArchivedSha256());
            assertThat(a.getDetectedAt()).isEqualTo(f.clock.instant());
            assertThat(a.getDetectedBy()).isEqualTo(ForumFixture.OFFICER);
        });
        List<AuditEntry> audit = f.auditEntries();
        assertThat(audit.get(audit.size() - 1).getAction()).as("the refused read is no download").isEqualTo("INTEGRITY_ALARM");
        assertThat(audit.stream().filter(e -> e.getAction().equals("DOWNLOAD"))).hasSize(1);
        // Refused again on every later read: nothing repaired or replaced the copy behind anyone's back.
        refusedKeepingTheAlarm(() -> memoranda.archivedPdf(id, ArchiveAccess.VERIFICATION));
        assertThat(memoranda.alarms()).hasSize(2);
        byte[] stored = f.fresh(em -> em.find(Memorandum.class, id).storedArchivedPdf());
        assertThat(stored).isEqualTo(tampered);
    }

    @Test
    void aTamperedSignedCopyStopsFurtherSigningWithAnAlarm() {
        long id = agreed(MemorandumSamples.draft("ru", "ko"));
        byte[] first = MemorandumSamples.appended(PDF, "party 0");
        MemorandumSignature s = f.tx(() -> memoranda.recordSignature(id, 0, first, "Signer", null, SignatureMethod.SIGNED_HERE));
        overwrite("UPDATE memorandum_signature SET pdf = ? WHERE id = ?", MemorandumSamples.appended(PDF, "forged"), s.getId());

        refusedKeepingTheAlarm(() -> memoranda.currentPdf(id));
        refusedKeepingTheAlarm(() -> memoranda.recordSignature(id, 1, MemorandumSamples.appended(first, "party 1"), "임경호", null,
                SignatureMethod.SIGNED_HERE));
        assertThat(memoranda.alarms()).extracting(ArchiveAlarm::getStoredCopy).containsOnly("PDF after signature 1").hasSize(2);
        assertThat(memoranda.signatures(id)).hasSize(1);
        assertThat(memoranda.get(id).getState()).isEqualTo(MemorandumState.SIGNING);
    }

    @Test
    void theContainerCommitsTheAlarmWhileRefusing() throws Exception {
        Transactional tx = Memoranda.class.getAnnotation(Transactional.class);
        assertThat(tx.dontRollbackOn()).contains(ChecksumMismatchException.class);
        for (String name : List.of("archivedPdf", "currentPdf", "recordSignature", "archive")) {
            java.lang.reflect.Method method = java.util.Arrays.stream(Memoranda.class.getMethods())
                    .filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
            assertThat(method.getAnnotation(Transactional.class)).as(name + " keeps the class's transaction rules").isNull();
        }
    }

    // --- search ---

    private static MemorandumDraft memorandum(Map<String, String> title, List<String> languages, Map<String, List<String>> articles,
                                              LocalDate date, MemorandumDraft.Party... parties) {
        Map<String, String> place = new LinkedHashMap<>();
        languages.forEach(l -> place.put(l, Map.of("kk", "Түркістан", "ru", "Туркестан", "en", "Turkestan", "ko", "투르키스탄").get(l)));
        return new MemorandumDraft(title, languages, List.of(parties), articles, place, date, null, null, null);
    }

    private static MemorandumDraft.Party party(String country, Map<String, String> organisation, Map<String, String> signatory,
                                               Map<String, String> position) {
        return new MemorandumDraft.Party(organisation, country, signatory, position);
    }

    @Test
    void theArchiveIsSearchedByWordsInAnyScriptCountryPartySignatoryLanguageAndDate() {
        long universities = archived(MemorandumSamples.draft("kk", "ko"));
        long regions = archived(memorandum(Map.of("ru", "Соглашение о сотрудничестве", "ko", "협력 협정"), List.of("ru", "ko"),
                Map.of("ru", List.of("Стороны развивают туризм и торговлю.", "Соглашение действует 10 лет."),
                        "ko", List.of("양측은 관광과 무역을 발전시킨다.", "본 협정은 10년간 유효하다.")),
                LocalDate.of(2024, 6, 3),
                party("KZ", Map.of("ru", "Акимат Туркестанской области", "ko", "투르키스탄주 정부"),
                        Map.of("ru", "Сатыбалды Дархан", "ko", "사트발디 다르한"), Map.of("ru", "Аким", "ko", "주지사")),
                party("KR", Map.of("ru", "Провинция Кёнсан-Пукто", "ko", "경상북도"),
                        Map.of("ru", "Ли Чхоль У", "ko", "이철우"), Map.of("ru", "Губернатор", "ko", "도지사"))));
        long cities = archived(memorandum(Map.of("ru", "Меморандум о побратимстве", "en", "Memorandum on twinning 100%"),
                List.of("ru", "en"),
                Map.of("ru", List.of("Города развивают связи."), "en", List.of("The cities develop their ties.")),
                LocalDate.of(2023, 5, 12),
                party("KZ", Map.of("ru", "Акимат города Туркестан", "en", "Akimat of Turkestan city"),
                        Map.of("ru", "Жолдасов Нурбол", "en", "Nurbol Zholdasov"), Map.of("ru", "Аким", "en", "Akim")),
                party("KG", Map.of("ru", "Мэрия города Ош", "en", "Osh City Hall"),
                        Map.of("ru", "Жанибек Абиров", "en", "Zhanybek Abirov"), Map.of("ru", "Мэр", "en", "Mayor"))));
        long unarchived = agreed(MemorandumSamples.draft("kk", "ko"));
        signedByAll(unarchived);

        assertThat(ids(ArchiveQuery.all())).as("newest signing date first; only archived ones")
                .containsExactly(universities, regions, cities);
        assertThat(ids(ArchiveQuery.all().withText("공동 연구"))).containsExactly(universities);
        assertThat(ids(ArchiveQuery.all().withText("ҚАРАҒАНДЫ ТЕХНИКАЛЫҚ"))).containsExactly(universities);
        assertThat(ids(ArchiveQuery.all().withText("ТУРИЗМ"))).containsExactly(regions);
        assertThat(ids(ArchiveQuery.all().withText("туркестан"))).containsExactly(regions, cities);
        assertThat(ids(ArchiveQuery.all().withText("투르키스탄"))).containsExactly(universities, regions);
        assertThat(ids(ArchiveQuery.all().withText("Губернатор"))).as("positions are text too").containsExactly(regions);
        assertThat(ids(ArchiveQuery.all().withText("туризм оши"))).as("every word must occur").isEmpty();
        assertThat(ids(ArchiveQuery.all().withText("%"))).as("% is a character, not a wildcard").containsExactly(cities);
        assertThat(ids(ArchiveQuery.all().withText("_"))).isEmpty();

        assertThat(ids(query(null, "kr", null, null, null, null, null))).containsExactly(universities, regions);
        assertThat(ids(query(null, "KG", null, null, null, null, null))).containsExactly(cities);
        assertThat(ids(query(null, null, "КОНДЖУ", null, null, null, null))).containsExactly(universities);
        assertThat(ids(query(null, null, "경상북도", null, null, null, null))).containsExactly(regions);
        assertThat(ids(query(null, null, "Аким", null, null, null, null))).as("part of a word matches: Акимат")
                .containsExactly(regions, cities);
        assertThat(ids(query(null, null, null, "임경호", null, null, null))).containsExactly(universities);
        assertThat(ids(query(null, null, null, "zholdasov", null, null, null))).containsExactly(cities);
        assertThat(ids(query(null, null, null, "Губернатор", null, null, null))).isEmpty();
        assertThat(ids(query(null, null, null, null, "ko", null, null))).containsExactly(universities, regions);
        assertThat(ids(query(null, null, null, null, "en", null, null))).containsExactly(cities);
        assertThat(ids(query(null, null, null, null, null, LocalDate.of(2024, 1, 1), null))).containsExactly(universities, regions);
        assertThat(ids(query(null, null, null, null, null, LocalDate.of(2023, 5, 12), LocalDate.of(2024, 6, 3))))
                .as("both ends included").containsExactly(regions, cities);
        assertThat(ids(query("меморандум", "KZ", null, null, "ru", null, LocalDate.of(2024, 12, 31)))).containsExactly(cities);

        ArchivePage page = memoranda.search(new ArchiveQuery(null, null, null, null, null, null, null, 1, 1));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.memoranda()).extracting(Memorandum::getId).containsExactly(regions);

        ForumException bad = f.refused(() -> memoranda.search(new ArchiveQuery(null, "XX", null, null, "de", LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 1), -1, 0)));
        assertThat(fields(bad)).containsExactlyInAnyOrder("country", "language", "to", "limit", "offset");
    }

    private static ArchiveQuery query(String text, String country, String party, String signatory, String language, LocalDate from,
                                      LocalDate to) {
        return new ArchiveQuery(text, country, party, signatory, language, from, to, 0, ArchiveQuery.DEFAULT_LIMIT);
    }

    private List<Long> ids(ArchiveQuery q) {
        return memoranda.search(q).memoranda().stream().map(Memorandum::getId).toList();
    }

    @Test
    void wordsAreFoldedAlikeInTheIndexAndTheQuery() {
        assertThat(ArchiveIndex.fold("  ЁЛКА  Қазақстан\t한국 ")).isEqualTo("елка қазақстан 한국");
        assertThat(ArchiveIndex.patterns("50% a_b c\\d")).containsExactly("%50\\%%", "%a\\_b%", "%c\\\\d%");
        assertThat(ArchiveIndex.patterns("   ")).isEmpty();
    }
}
