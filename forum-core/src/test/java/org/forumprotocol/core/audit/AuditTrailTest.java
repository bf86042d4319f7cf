package org.forumprotocol.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;

import org.forumprotocol.core.MutableClock;
import org.forumprotocol.core.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditTrailTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private static final Instant T0 = Instant.parse("2025-09-15T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final AtomicReference<String> actor = new AtomicReference<>("tester");
    private EntityManager em;
    private AuditTrail audit;

    @BeforeEach
    void setUp() {
        em = DB.newEntityManager();
        audit = new AuditTrail(em, clock, actor::get);
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    @Test
    void recordStoresWhoDidWhatToWhichEntityAndWhen() throws Exception {
        actor.set("aliya");
        AuditEntry recorded = TestDatabase.inTransaction(em, () -> audit.record("Delegation", 17L, "CREATE", "name=Uzbekistan"));

        assertThat(recorded.getId()).isNotNull();
        List<AuditEntry> found = searchFresh(AuditFilter.any()).entries();
        assertThat(found).hasSize(1);
        AuditEntry e = found.get(0);
        assertThat(e.getId()).isEqualTo(recorded.getId());
        assertThat(e.getOccurredAt()).isEqualTo(T0);
        assertThat(e.getActor()).isEqualTo("aliya");
        assertThat(e.getEntityType()).isEqualTo("Delegation");
        assertThat(e.getEntityId()).isEqualTo("17");
        assertThat(e.getAction()).isEqualTo("CREATE");
        assertThat(e.getSummary()).isEqualTo("name=Uzbekistan");

        // Stored as the UTC wall-clock time, whatever the time zone of the JVM that wrote it.
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT occurred_at FROM audit_entry")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1, LocalDateTime.class)).isEqualTo(LocalDateTime.parse("2025-09-15T09:00:00"));
        }
    }

    @Test
    void searchFiltersByActorEntityAndAction() {
        recordSample();

        assertThat(summaries(new AuditFilter("aliya", null, null, null, null, null, 0, 50)))
                .containsExactly("5 aliya Account aliya UPDATE", "2 aliya Account bolat CREATE", "1 aliya Account aliya CREATE");
        assertThat(summaries(new AuditFilter(null, "Delegation", null, null, null, null, 0, 50)))
                .containsExactly("3 bolat Delegation 17 UPDATE");
        assertThat(summaries(new AuditFilter(null, "Account", "aliya", null, null, null, 0, 50)))
                .containsExactly("5 aliya Account aliya UPDATE", "4 system Account aliya LOGIN_SLOWED", "1 aliya Account aliya CREATE");
        assertThat(summaries(new AuditFilter(null, null, null, "CREATE", null, null, 0, 50)))
                .containsExactly("2 aliya Account bolat CREATE", "1 aliya Account aliya CREATE");
        assertThat(summaries(new AuditFilter("aliya", "Account", "aliya", "UPDATE", null, null, 0, 50)))
                .containsExactly("5 aliya Account aliya UPDATE");
        assertThat(summaries(new AuditFilter("nobody", null, null, null, null, null, 0, 50))).isEmpty();
        // Blank criteria mean "any"; criteria are trimmed.
        assertThat(summaries(new AuditFilter("  ", "", " 17 ", null, null, null, 0, 50)))
                .containsExactly("3 bolat Delegation 17 UPDATE");
    }

    @Test
    void searchByTimeRangeIncludesFromAndExcludesTo() {
        recordSample();

        assertThat(summaries(new AuditFilter(null, null, null, null, T0.plusSeconds(60), T0.plusSeconds(180), 0, 50)))
                .containsExactly("3 bolat Delegation 17 UPDATE", "2 aliya Account bolat CREATE");
        assertThat(summaries(new AuditFilter(null, null, null, null, T0.plusSeconds(180), null, 0, 50)))
                .containsExactly("5 aliya Account aliya UPDATE", "4 system Account aliya LOGIN_SLOWED");
        assertThat(summaries(new AuditFilter(null, null, null, null, null, T0.plusSeconds(1), 0, 50)))
                .containsExactly("1 aliya Account aliya CREATE");
        assertThat(summaries(new AuditFilter(null, null, null, null, T0.plusSeconds(3600), null, 0, 50))).isEmpty();
    }

    @Test
    void newestComeFirstAndTiesAreBrokenByTheLaterEntry() {
        recordSample();

        AuditPage all = searchFresh(AuditFilter.any());
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.entries()).extracting(AuditEntry::getSummary).containsExactly(
                "5 aliya Account aliya UPDATE", "4 system Account aliya LOGIN_SLOWED", "3 bolat Delegation 17 UPDATE",
                "2 aliya Account bolat CREATE", "1 aliya Account aliya CREATE");
        assertThat(all.entries()).extracting(AuditEntry::getOccurredAt)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void pagingReturnsOnePageAndTheTotalOfAllMatches() {
        recordSample();

        AuditPage first = searchFresh(new AuditFilter(null, null, null, null, null, null, 0, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.entries()).extracting(AuditEntry::getSummary)
                .containsExactly("5 aliya Account aliya UPDATE", "4 system Account aliya LOGIN_SLOWED");

        AuditPage second = searchFresh(new AuditFilter(null, null, null, null, null, null, 2, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.entries()).extracting(AuditEntry::getSummary)
                .containsExactly("3 bolat Delegation 17 UPDATE", "2 aliya Account bolat CREATE");

        AuditPage last = searchFresh(new AuditFilter(null, null, null, null, null, null, 4, 2));
        assertThat(last.entries()).extracting(AuditEntry::getSummary).containsExactly("1 aliya Account aliya CREATE");
        assertThat(last.total()).isEqualTo(5);

        AuditPage beyond = searchFresh(new AuditFilter(null, null, null, null, null, null, 10, 2));
        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);

        AuditPage filtered = searchFresh(new AuditFilter("aliya", null, null, null, null, null, 1, 1));
        assertThat(filtered.total()).isEqualTo(3);
        assertThat(filtered.entries()).extracting(AuditEntry::getSummary).containsExactly("2 aliya Account bolat CREATE");
    }

    @Test
    void filterKeepsOffsetAndLimitSensible() {
        AuditFilter negative = new AuditFilter(null, null, null, null, null, null, -5, -1);
        assertThat(negative.offset()).isZero();
        assertThat(negative.limit()).isEqualTo(50);
        assertThat(new AuditFilter(null, null, null, null, null, null, 0, 100_000).limit()).isEqualTo(AuditFilter.MAX_LIMIT);
        assertThat(new AuditFilter(null, null, null, null, null, null, 0, 7).limit()).isEqualTo(7);
    }

    @Test
    void overlongSummaryIsCutToTheColumnLengthAndStillStored() {
        String longSummary = "x".repeat(AuditEntry.SUMMARY_LENGTH + 500);
        TestDatabase.inTransaction(em, () -> audit.record("Document", "memo-1", "UPDATE", longSummary));
        TestDatabase.inTransaction(em, () -> audit.record("Document", "memo-2", "UPDATE", "y".repeat(AuditEntry.SUMMARY_LENGTH)));

        List<AuditEntry> stored = searchFresh(AuditFilter.any()).entries();
        AuditEntry cut = stored.stream().filter(e -> e.getEntityId().equals("memo-1")).findFirst().orElseThrow();
        assertThat(cut.getSummary()).hasSize(AuditEntry.SUMMARY_LENGTH).startsWith("xxx").endsWith("x…");
        AuditEntry exact = stored.stream().filter(e -> e.getEntityId().equals("memo-2")).findFirst().orElseThrow();
        assertThat(exact.getSummary()).isEqualTo("y".repeat(AuditEntry.SUMMARY_LENGTH));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // "𝔸" (U+1D538) takes two Java chars; placed so that a naive cut would keep only its first half.
        String summary = "a".repeat(AuditEntry.SUMMARY_LENGTH - 2) + "𝔸" + "tail";
        TestDatabase.inTransaction(em, () -> audit.record("Document", "memo-3", "UPDATE", summary));

        String stored = searchFresh(AuditFilter.any()).entries().get(0).getSummary();
        assertThat(stored).isEqualTo("a".repeat(AuditEntry.SUMMARY_LENGTH - 2) + "…");
        assertThat(stored.chars().anyMatch(c -> Character.isSurrogate((char) c))).isFalse();
    }

    /**
     * Five entries, a minute apart, the last two at the same instant; each summary starts with its order
     * of recording and repeats actor, entity and action so that a result reads at a glance.
     */
    private void recordSample() {
        record(0, "aliya", "Account", "aliya", "CREATE", 1);
        record(60, "aliya", "Account", "bolat", "CREATE", 2);
        record(120, "bolat", "Delegation", "17", "UPDATE", 3);
        record(180, "system", "Account", "aliya", "LOGIN_SLOWED", 4);
        record(180, "aliya", "Account", "aliya", "UPDATE", 5);
    }

    private void record(long secondsAfterT0, String who, String type, String id, String action, int n) {
        clock.set(T0.plus(Duration.ofSeconds(secondsAfterT0)));
        actor.set(who);
        TestDatabase.inTransaction(em, () -> audit.record(type, id, action, n + " " + who + " " + type + " " + id + " " + action));
    }

    private List<String> summaries(AuditFilter filter) {
        return searchFresh(filter).entries().stream().map(AuditEntry::getSummary).toList();
    }

    /** Searches with an entity manager of its own, so that results come from the database. */
    private AuditPage searchFresh(AuditFilter filter) {
        EntityManager reader = DB.newEntityManager();
        try {
            return new AuditTrail(reader, clock, () -> "reader").search(filter);
        } finally {
            reader.close();
        }
    }
}
