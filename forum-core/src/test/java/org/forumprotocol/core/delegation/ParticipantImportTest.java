package org.forumprotocol.core.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.MutableClock;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.audit.AuditFilter;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.DelegateDetails.NameDetails;
import org.forumprotocol.core.event.EventDetails;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Importing a participant sheet: every rule of a delegate entered by hand, every bad cell named, all or nothing. */
class ParticipantImportTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private EntityManager em;
    private Events events;
    private Delegations delegations;
    private ParticipantImport participantImport;
    private AuditTrail audit;

    @BeforeEach
    void services() {
        em = DB.newEntityManager();
        audit = new AuditTrail(em, MutableClock.startingAtForumOpening(), () -> "officer");
        events = new Events(em, audit);
        delegations = new Delegations(em, events, audit);
        participantImport = new ParticipantImport(em, events, audit);
    }

    private long forum() {
        return TestDatabase.inTransaction(em, () -> events.create(new EventDetails(EventKind.FORUM,
                Map.of("kk", "Орталық Азия – Корея II форумы", "ru", "Форум «Центральная Азия – Корея II»"), Map.of(), Map.of(),
                LocalDate.of(2025, 9, 18), LocalDate.of(2025, 9, 19), "Asia/Almaty", List.of("kk", "ru", "en", "ko"), null)).getId());
    }

    /** An existing Korean delegation with its head, the ambassador. */
    private long koreaWithHead(long event) {
        return TestDatabase.inTransaction(em, () -> {
            Delegation korea = delegations.addDelegation(event, new DelegationDetails("KR", Map.of("ru", "Делегация Республики Корея"),
                    null, "CONFIRMED", null, null, null, null, null, null, null, null, null));
            delegations.addDelegate(korea.getId(), new DelegateDetails(Map.of("ko", new NameDetails("조", "태익", null)), null, null,
                    "MALE", "AMBASSADOR", LocalDate.of(2023, 5, 10), true, null, "jo@example.kr", null, "ko", null, null, null));
            return korea.getId();
        });
    }

    private static final List<String> HEADERS = ParticipantColumns.IMPORTED;

    private static ParticipantSheet.Row row(int number, String... keyValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            cells.put(keyValues[i], keyValues[i + 1]);
        }
        return new ParticipantSheet.Row(number, cells, 0);
    }

    private static ParticipantSheet sheet(ParticipantSheet.Row... rows) {
        return new ParticipantSheet(HEADERS, List.of(rows));
    }

    private ParticipantImport.Result run(long event, ParticipantSheet sheet, boolean dryRun) {
        return TestDatabase.inTransaction(em, () -> participantImport.run(event, sheet, dryRun, "participants.xlsx"));
    }

    private ForumException refused(long event, ParticipantSheet sheet) {
        return catchThrowableOfType(ForumException.class, () -> run(event, sheet, false));
    }

    private static List<String> fields(ForumException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }

    private static final ParticipantSheet GOOD = sheet(
            row(2, "country", "KR", "family_ko", "박", "given_ko", "진", "family_en", "Park", "given_en", "Jin",
                    "rank", "DEPUTY_MINISTER", "rank_since", "2024-01-15", "email", "Park@Example.kr", "language", "ko"),
            row(3, "country", "kg", "delegation_ru", "Делегация Кыргызской Республики", "family_ru", "Касымов", "given_ru", "Нурлан",
                    "role", "head", "rank", "governor", "phone", "+996 312 62 52 01", "gender", "MALE"),
            row(4, "country", "KG", "family_kk", "Кенесов", "given_kk", "Ғани", "rank", "EXPERT", "rank_since", "01.09.2020",
                    "position_kk", "Сарапшы", "dietary_needs", "halal"),
            row(5, "country", "KZ", "family_kk", "Оспанов", "given_kk", "Әсет", "role", "HEAD", "rank", "GOVERNOR",
                    "accessibility_needs", "wheelchair"));

    @Test
    void rowsAreGroupedIntoExistingAndNewDelegationsWithOneAuditEntry() {
        long event = forum();
        long korea = koreaWithHead(event);
        long auditBefore = count("AuditEntry");

        ParticipantImport.Result result = run(event, GOOD, false);

        assertThat(result).isEqualTo(new ParticipantImport.Result(false, 2, 1, 4));
        List<Delegation> all = delegations.delegationsOf(event);
        assertThat(all).extracting(Delegation::getCountry).containsExactly("KR", "KG", "KZ");
        assertThat(all.get(0).getId()).isEqualTo(korea);
        assertThat(all.get(1).getName().in(Language.RU)).isEqualTo("Делегация Кыргызской Республики");
        assertThat(all.get(1).getStatus()).isEqualTo(DelegationStatus.INVITED);
        // Without a name in the file, the delegation is named after the country in each working language (ICU).
        assertThat(all.get(2).getName().asMap()).containsEntry(Language.RU, "Казахстан").containsEntry(Language.EN, "Kazakhstan")
                .containsEntry(Language.KO, "카자흐스탄").containsKey(Language.KK);

        assertThat(delegations.membersOf(korea)).hasSize(2);
        Delegate park = delegations.membersOf(korea).get(1);
        assertThat(park.getEmail()).isEqualTo("park@example.kr");
        assertThat(park.getRole()).isEqualTo(DelegateRole.MEMBER);
        assertThat(park.displayName(Language.KO)).isEqualTo("박진");
        assertThat(park.getRankSince()).isEqualTo(LocalDate.of(2024, 1, 15));
        List<Delegate> kyrgyz = delegations.membersOf(all.get(1).getId());
        assertThat(kyrgyz).extracting(Delegate::getRole).containsExactly(DelegateRole.HEAD, DelegateRole.MEMBER);
        assertThat(kyrgyz.get(0).getRank()).isEqualTo(Rank.GOVERNOR);
        assertThat(kyrgyz.get(1).getRankSince()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(kyrgyz.get(1).getPosition().in(Language.KK)).isEqualTo("Сарапшы");
        assertThat(kyrgyz.get(1).getDietaryNeeds()).isEqualTo("halal");

        assertThat(count("AuditEntry")).isEqualTo(auditBefore + 1);
        AuditEntry entry = audit.search(new AuditFilter(null, "Event", String.valueOf(event), "IMPORT_PARTICIPANTS", null, null, 0, 10))
                .entries().get(0);
        assertThat(entry.getActor()).isEqualTo("officer");
        assertThat(entry.getSummary()).contains("4 participants", "participants.xlsx", "created: KG, KZ", "reused: KR");
    }

    @Test
    void aDryRunCountsAndStoresNothing() {
        long event = forum();
        koreaWithHead(event);
        long delegates = count("Delegate");
        long delegationsBefore = count("Delegation");
        long auditBefore = count("AuditEntry");

        assertThat(run(event, GOOD, true)).isEqualTo(new ParticipantImport.Result(true, 2, 1, 4));

        assertThat(count("Delegate")).isEqualTo(delegates);
        assertThat(count("Delegation")).isEqualTo(delegationsBefore);
        assertThat(count("AuditEntry")).isEqualTo(auditBefore);
        // And the real import afterwards still works: the dry run left no trace.
        assertThat(run(event, GOOD, false).delegatesAdded()).isEqualTo(4);
    }

    @Test
    void oneBadRowAmongGoodOnesStoresNothing() {
        long event = forum();
        List<ParticipantSheet.Row> rows = new ArrayList<>(GOOD.rows());
        rows.add(row(6, "country", "KZ", "family_ru", "Иванов", "email", "not-an-address"));
        long delegates = count("Delegate");
        long delegationsBefore = count("Delegation");
        long auditBefore = count("AuditEntry");

        ForumException e = refused(event, new ParticipantSheet(HEADERS, rows));

        assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
        assertThat(e.getMessage()).contains("1 of 5 rows", "nothing was stored");
        assertThat(e.fieldErrors()).containsExactly(new FieldError("rows[6].email", "not an e-mail address: 'not-an-address'"));
        assertThat(count("Delegate")).isEqualTo(delegates);
        assertThat(count("Delegation")).isEqualTo(delegationsBefore);
        assertThat(count("AuditEntry")).isEqualTo(auditBefore);
    }

    @Test
    void everyRejectedRowIsReportedWithItsRowNumberAndColumn() {
        long event = forum();
        koreaWithHead(event);
        ParticipantSheet sheet = sheet(
                row(2, "country", "KR", "family_en", "Kim", "role", "HEAD"),
                row(3, "country", "XX", "family_en", "Nobody"),
                row(4, "family_en", "Stateless"),
                row(5, "country", "KG", "family_ru", "Ким\u0007", "given_en", "Bidi\u202Ename", "email", "jo@example.kr"),
                row(6, "country", "KG", "family_en", "Lee", "rank", "EMPEROR", "role", "KING", "gender", "X", "language", "de",
                        "rank_since", "10 May 2023", "phone", "call me"),
                row(7, "country", "KG", "given_ko", "영", "email", "lee@example.kg", "role", "HEAD"),
                row(8, "country", "KG", "family_ko", "이", "email", "LEE@example.kg", "role", "HEAD",
                        "position_en", "x".repeat(1001)),
                row(9, "country", "KZ"),
                new ParticipantSheet.Row(10, Map.of("country", "KZ", "family_kk", "Әлиев"), 2),
                row(11, "country", "KZ", "family_kk", "Нұров", "delegation_ru", "Делегация Казахстана"),
                row(12, "country", "KZ", "family_kk", "Үсенов", "delegation_ru", "Другая делегация"));

        ForumException e = refused(event, sheet);

        assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
        assertThat(fields(e)).containsExactly(
                "rows[2].role",
                "rows[3].country",
                "rows[4].country",
                "rows[5].family_ru", "rows[5].given_en", "rows[5].email",
                "rows[6].rank", "rows[6].rank_since", "rows[6].role", "rows[6].phone", "rows[6].language", "rows[6].gender",
                "rows[8].position_en", "rows[8].role", "rows[8].email",
                "rows[9].names",
                "rows[10]",
                "rows[12].delegation_ru");
        Map<String, String> messages = new HashMap<>();
        e.fieldErrors().forEach(f -> messages.putIfAbsent(f.field(), f.message()));
        assertThat(messages.get("rows[2].role")).contains("already has a head");
        assertThat(messages.get("rows[3].country")).contains("unknown country code 'XX'");
        assertThat(messages.get("rows[4].country")).isEqualTo("is required");
        assertThat(messages.get("rows[5].family_ru")).contains("control characters");
        assertThat(messages.get("rows[5].given_en")).contains("bidirectional");
        assertThat(messages.get("rows[5].email")).isEqualTo("already used by another participant of this event");
        assertThat(messages.get("rows[6].rank")).contains("EMPEROR", "AMBASSADOR");
        assertThat(messages.get("rows[6].rank_since")).contains("2023-05-10");
        assertThat(messages.get("rows[8].role")).contains("row 7 is already the head");
        assertThat(messages.get("rows[8].email")).contains("row 7");
        assertThat(messages.get("rows[8].position_en")).contains("at most 1000");
        assertThat(messages.get("rows[9].names")).contains("family_", "given_");
        assertThat(messages.get("rows[10]")).contains("2 filled cell(s) in columns without a header");
        assertThat(messages.get("rows[12].delegation_ru")).contains("row 11", "Делегация Казахстана");
        assertThat(e.getMessage()).contains("9 of 11 rows");
        assertThat(count("Delegate")).isEqualTo(1);
    }

    @Test
    void theHeaderRowMustNameKnownColumnsOnceAndTheCountry() {
        long event = forum();
        ParticipantSheet sheet = new ParticipantSheet(List.of("family_en", "emial", "", "family_en", "no", "name"),
                List.of(row(2, "family_en", "Kim")));

        ForumException e = refused(event, sheet);

        assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
        assertThat(fields(e)).containsExactly("rows[1].emial", "rows[1].family_en", "rows[1].country");
        assertThat(e.fieldErrors().get(0).message()).contains("unknown column 'emial'", "email");
        assertThat(e.fieldErrors().get(1).message()).contains("twice");
    }

    @Test
    void aFileWithoutRowsOrWithTooManyIsRefused() {
        long event = forum();
        ForumException empty = refused(event, new ParticipantSheet(HEADERS, List.of(new ParticipantSheet.Row(2, Map.of(), 0))));
        assertThat(empty.kind()).isEqualTo(Kind.UNPROCESSABLE);
        assertThat(fields(empty)).containsExactly("rows");

        List<ParticipantSheet.Row> many = new ArrayList<>();
        for (int i = 0; i <= ParticipantImport.MAX_ROWS; i++) {
            many.add(row(i + 2, "country", "KZ", "family_en", "Person " + i));
        }
        ForumException tooMany = refused(event, new ParticipantSheet(HEADERS, many));
        assertThat(tooMany.kind()).isEqualTo(Kind.INVALID);
        assertThat(fields(tooMany)).containsExactly("file");

        assertThat(refused(999_999_999L, GOOD).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void fieldsOfTheRulesNameTheColumnsOfTheFile() {
        assertThat(ParticipantImport.column("names.kk.family")).isEqualTo("family_kk");
        assertThat(ParticipantImport.column("names.ko.given")).isEqualTo("given_ko");
        assertThat(ParticipantImport.column("position.en")).isEqualTo("position_en");
        assertThat(ParticipantImport.column("name.ru")).isEqualTo("delegation_ru");
        assertThat(ParticipantImport.column("rankSince")).isEqualTo("rank_since");
        assertThat(ParticipantImport.column("dietaryNeeds")).isEqualTo("dietary_needs");
        assertThat(ParticipantImport.column("accessibilityNeeds")).isEqualTo("accessibility_needs");
        assertThat(ParticipantImport.column("email")).isEqualTo("email");
    }

    @Test
    void theFormsKeepTheirOwnRulesAfterTheRulesMovedIntoOnePlace() {
        long event = forum();
        long korea = koreaWithHead(event);
        ForumException bad = catchThrowableOfType(ForumException.class, () -> TestDatabase.inTransaction(em, () ->
                delegations.addDelegate(korea, new DelegateDetails(Map.of(), null, null, null, "EMPEROR", null, false, null,
                        "nope", "letters", "de", null, null, null))));
        assertThat(bad.kind()).isEqualTo(Kind.INVALID);
        assertThat(fields(bad)).containsExactly("names", "rank", "email", "phone", "language");

        ForumException secondHead = catchThrowableOfType(ForumException.class, () -> TestDatabase.inTransaction(em, () ->
                delegations.addDelegate(korea, new DelegateDetails(Map.of("en", new NameDetails("Kim", null, null)), null, null,
                        null, null, null, true, null, null, null, null, null, null, null))));
        assertThat(secondHead.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(fields(secondHead)).containsExactly("head");

        ForumException country = catchThrowableOfType(ForumException.class, () -> TestDatabase.inTransaction(em, () ->
                delegations.addDelegation(event, new DelegationDetails("xx", Map.of(), null, "LOST", null, null, null, null,
                        null, null, null, null, null))));
        assertThat(fields(country)).containsExactly("country", "name", "status");
    }
}
