package org.forumprotocol.docs.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.core.delegation.ParticipantColumns;
import org.forumprotocol.core.delegation.ParticipantImport;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.delegation.Rank;
import org.forumprotocol.core.event.EventDetails;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.persistence.SchemaMigrations;
import org.forumprotocol.docs.BenchmarkResults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmarks of the participant import and list (JMH), never run by {@code mvn verify}. Run them with
 * {@code mvn -B -Pbenchmark -pl forum-docs -am verify -DskipTests}; {@link #main} appends one line per figure
 * to deployment/benchmarks/RESULTS.md. The database is an in-memory H2 one, or PostgreSQL when
 * FORUM_TEST_DB_URL says so (as for the tests).
 */
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx2g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParticipantsBenchmark {
    static final int DELEGATES = 2_000;
    static final int COUNTRIES = 40;
    private static final String[] COUNTRY_CODES = {"KZ", "KR", "KG", "UZ", "TJ", "TM", "RU", "CN", "JP", "MN", "TR", "AZ",
            "GE", "AM", "BY", "UA", "DE", "FR", "GB", "IT", "ES", "PL", "CZ", "AT", "CH", "NL", "BE", "SE", "NO", "FI",
            "DK", "US", "CA", "IN", "PK", "IR", "AE", "SA", "QA", "MY"};

    /** A database with the schema, and the services as the container would wire them. */
    @State(Scope.Benchmark)
    public static class Database {
        TestDatabase db;
        EntityManagerFactory emf;
        EntityManager em;
        Events events;
        Delegations delegations;
        ParticipantImport participantImport;
        byte[] xlsx;

        @Setup(Level.Trial)
        public void open() {
            db = TestDatabase.empty("benchmark");
            new SchemaMigrations(db.dataSource()).migrate();
            emf = TestDatabase.createEntityManagerFactory(db.dataSource());
            em = emf.createEntityManager();
            AuditTrail audit = new AuditTrail(em, Clock.systemUTC(), () -> "benchmark");
            events = new Events(em, audit);
            delegations = new Delegations(em, events, audit);
            participantImport = new ParticipantImport(em, events, audit);
            xlsx = XlsxFormat.write(sheet(), "participants");
        }

        long newEvent() {
            return TestDatabase.inTransaction(em, () -> events.create(new EventDetails(EventKind.FORUM,
                    Map.of("kk", "Орталық Азия – Корея II форумы", "ru", "Форум «Центральная Азия – Корея II»"), Map.of(), Map.of(),
                    LocalDate.of(2025, 9, 18), LocalDate.of(2025, 9, 19), null, List.of("kk", "ru", "en", "ko"), null)).getId());
        }

        ParticipantImport.Result importInto(long event) {
            return TestDatabase.inTransaction(em, () -> participantImport.run(event,
                    ParticipantFiles.read(xlsx, "participants.xlsx", null), false, "benchmark"));
        }

        @TearDown(Level.Trial)
        public void close() {
            em.close();
            emf.close();
            db.close();
        }
    }

    /** A fresh event for each import. */
    @State(Scope.Thread)
    public static class FreshEvent {
        long id;

        @Setup(Level.Invocation)
        public void create(Database database) {
            id = database.newEvent();
        }
    }

    /** An event that already has the 2,000 delegates. */
    @State(Scope.Benchmark)
    public static class FullEvent {
        long id;

        @Setup(Level.Trial)
        public void fill(Database database) {
            id = database.newEvent();
            database.importInto(id);
        }
    }

    /** Reading the workbook, checking every row and storing 2,000 delegates in 40 delegations. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 7)
    public ParticipantImport.Result importFromXlsx(Database database, FreshEvent event) {
        return database.importInto(event.id);
    }

    /** The participant list of 2,000 in order of precedence, in Kazakh (names transliterated where needed). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public List<Participant> participantListByPrecedence(Database database, FullEvent event) {
        database.em.clear();
        return database.delegations.participants(event.id, Language.KK, ParticipantOrder.PRECEDENCE);
    }

    /** 2,000 rows in 40 delegations: names in several scripts, a head per delegation, ranks and dates. */
    static List<List<String>> sheet() {
        List<String> columns = ParticipantColumns.IMPORTED;
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns);
        Rank[] ranks = Rank.values();
        for (int i = 0; i < DELEGATES; i++) {
            String country = COUNTRY_CODES[i % COUNTRIES];
            boolean head = i < COUNTRIES;
            Map<String, String> cells = new java.util.HashMap<>();
            cells.put(ParticipantColumns.COUNTRY, country);
            cells.put("family_kk", "Әбілқайыров" + i);
            cells.put("given_kk", "Ғалымжан");
            cells.put("family_ru", "Абулхаиров" + i);
            cells.put("given_ru", "Галымжан");
            if (i % 3 == 0) {
                cells.put("family_en", "Abulkhairov" + i);
                cells.put("given_en", "Galymzhan");
            }
            if (i % 5 == 0) {
                cells.put("family_ko", "조");
                cells.put("given_ko", "태익" + i);
            }
            cells.put("position_ru", "Советник делегации " + country);
            cells.put("position_en", "Adviser of the delegation of " + country);
            cells.put(ParticipantColumns.RANK, head ? Rank.MINISTER.name() : ranks[3 + i % (ranks.length - 3)].name());
            cells.put(ParticipantColumns.RANK_SINCE, LocalDate.of(2010, 1, 1).plusDays(i * 3L).toString());
            cells.put(ParticipantColumns.ROLE, head ? "HEAD" : "MEMBER");
            cells.put(ParticipantColumns.EMAIL, "delegate" + i + "@example." + country.toLowerCase(Locale.ROOT));
            cells.put(ParticipantColumns.PHONE, "+7 701 " + String.format(Locale.ROOT, "%07d", i));
            cells.put(ParticipantColumns.LANGUAGE, i % 2 == 0 ? "ru" : "en");
            cells.put(ParticipantColumns.GENDER, i % 2 == 0 ? "MALE" : "FEMALE");
            rows.add(columns.stream().map(c -> cells.getOrDefault(c, "")).toList());
        }
        return rows;
    }

    // --- running and recording ---

    private static final Map<String, BenchmarkResults.Figure> FIGURES = Map.of(
            "importFromXlsx", new BenchmarkResults.Figure("participant import: 2,000 delegates in 40 delegations from XLSX (read, check, store)", 5_000),
            "participantListByPrecedence", new BenchmarkResults.Figure("participant list of 2,000 in order of precedence (Kazakh), warm", 100));

    /** Runs the benchmarks and appends their medians to the results file named by the first argument. */
    public static void main(String[] args) throws Exception {
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(ParticipantsBenchmark.class.getName() + "\\.")
                .build()).run();
        String database = TestDatabase.postgresServerUrl().isPresent() ? "PostgreSQL" : "H2 in-memory";
        BenchmarkResults.append(BenchmarkResults.file(args), "participants (JMH, ParticipantsBenchmark)", runs, FIGURES,
                database);
    }
}
