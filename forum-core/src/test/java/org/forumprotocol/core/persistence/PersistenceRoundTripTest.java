package org.forumprotocol.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.forumprotocol.core.MutableClock;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.audit.AuditFilter;
import org.forumprotocol.core.audit.AuditTrail;
import org.junit.jupiter.api.Test;

/** The mapping as a whole: ids, text in the forum's languages and instants survive the database unchanged. */
class PersistenceRoundTripTest {
    private static final String KAZAKH_AND_KOREAN = "Қазақстан Ә ғ қ ң ө ұ ү һ і 조태익 Чжо Тэ Ик";

    @Test
    void theFirstRowsOfAFreshDatabaseGetPositiveIdsAndTwoInstancesNeverCollide() {
        try (TestDatabase db = TestDatabase.empty("ids")) {
            new SchemaMigrations(db.dataSource()).migrate();
            EntityManagerFactory first = TestDatabase.createEntityManagerFactory(db.dataSource());
            EntityManagerFactory second = TestDatabase.createEntityManagerFactory(db.dataSource());
            try {
                AuditEntry a = record(first, "first instance");
                AuditEntry b = record(second, "second instance");
                AuditEntry c = record(first, "first instance again");

                assertThat(a.getId()).isBetween(1L, 50L);
                assertThat(b.getId()).isBetween(51L, 100L);
                assertThat(c.getId()).isEqualTo(a.getId() + 1);
            } finally {
                first.close();
                second.close();
            }
        }
    }

    @Test
    void kazakhAndHangulTextIsStoredUnchanged() throws Exception {
        try (TestDatabase db = TestDatabase.empty("unicode")) {
            new SchemaMigrations(db.dataSource()).migrate();
            EntityManagerFactory emf = TestDatabase.createEntityManagerFactory(db.dataSource());
            try {
                EntityManager em = emf.createEntityManager();
                try {
                    AuditTrail audit = new AuditTrail(em, MutableClock.startingAtForumOpening(), () -> "조태익");
                    TestDatabase.inTransaction(em, () -> audit.record("Delegation", "Қазақстан", "CREATE", KAZAKH_AND_KOREAN));
                } finally {
                    em.close();
                }

                EntityManager reader = emf.createEntityManager();
                try {
                    AuditTrail search = new AuditTrail(reader, MutableClock.startingAtForumOpening(), () -> "reader");
                    List<AuditEntry> found = search.search(new AuditFilter("조태익", null, "Қазақстан", null, null, null, 0, 10)).entries();
                    assertThat(found).singleElement().satisfies(e -> {
                        assertThat(e.getSummary()).isEqualTo(KAZAKH_AND_KOREAN);
                        assertThat(e.getActor()).isEqualTo("조태익");
                        assertThat(e.getEntityId()).isEqualTo("Қазақстан");
                    });
                } finally {
                    reader.close();
                }
            } finally {
                emf.close();
            }

            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT summary, actor, CHAR_LENGTH(summary) FROM audit_entry")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(KAZAKH_AND_KOREAN);
                assertThat(rs.getString(2)).isEqualTo("조태익");
                assertThat(rs.getInt(3)).isEqualTo(KAZAKH_AND_KOREAN.codePointCount(0, KAZAKH_AND_KOREAN.length()));
            }
        }
    }

    @Test
    void instantsAreStoredAsUtcWallClockTimeToTheMicrosecond() throws Exception {
        Instant when = Instant.parse("2025-09-15T23:30:15.123456Z");
        try (TestDatabase db = TestDatabase.empty("instants")) {
            new SchemaMigrations(db.dataSource()).migrate();
            EntityManagerFactory emf = TestDatabase.createEntityManagerFactory(db.dataSource());
            try {
                EntityManager em = emf.createEntityManager();
                try {
                    AuditTrail audit = new AuditTrail(em, new MutableClock(when), () -> "tester");
                    TestDatabase.inTransaction(em, () -> audit.record("Event", "gala", "CREATE", "gala dinner"));
                } finally {
                    em.close();
                }

                EntityManager reader = emf.createEntityManager();
                try {
                    AuditTrail search = new AuditTrail(reader, new MutableClock(when), () -> "reader");
                    assertThat(search.search(AuditFilter.any()).entries()).singleElement()
                            .extracting(AuditEntry::getOccurredAt).isEqualTo(when);
                    // The instant is also found by a range around it.
                    assertThat(search.search(new AuditFilter(null, null, null, null, when, when.plusNanos(1000), 0, 10)).total()).isEqualTo(1);
                } finally {
                    reader.close();
                }
            } finally {
                emf.close();
            }

            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT occurred_at FROM audit_entry")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1, LocalDateTime.class)).isEqualTo(LocalDateTime.parse("2025-09-15T23:30:15.123456"));
            }
        }
    }

    @Test
    void theInstantConverterMapsNullToNull() {
        InstantConverter converter = new InstantConverter();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        Instant instant = Instant.parse("2025-09-15T09:00:00Z");
        assertThat(converter.convertToDatabaseColumn(instant)).isEqualTo(LocalDateTime.parse("2025-09-15T09:00:00"));
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant))).isEqualTo(instant);
    }

    private static AuditEntry record(EntityManagerFactory emf, String summary) {
        EntityManager em = emf.createEntityManager();
        try {
            AuditTrail audit = new AuditTrail(em, MutableClock.startingAtForumOpening(), () -> "tester");
            return TestDatabase.inTransaction(em, () -> audit.record("Account", "x", "CREATE", summary));
        } finally {
            em.close();
        }
    }
}
