package org.forumprotocol.docs.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.forumprotocol.core.agenda.AgendaChange;
import org.forumprotocol.core.agenda.AgendaDiff;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmarks of the agenda's releases and calendars (JMH), never run by {@code mvn verify}: a three-day
 * programme of 60 items for 400 delegates in 20 delegations, and a second release that moves or changes 10
 * items and removes 2. Run with {@code mvn -B -Pbenchmark -pl forum-docs -am verify -DskipTests} (together
 * with the participant benchmarks); {@link #main} appends one line per figure to
 * deployment/benchmarks/RESULTS.md. No database: releases and calendars are computed from released items.
 */
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx1g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgendaBenchmark {
    static final int DAYS = 3;
    static final int ITEMS = 60;
    static final int DELEGATIONS = 20;
    static final int DELEGATES = 400;
    static final int CHANGED = 10;
    static final int REMOVED = 2;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 18);
    private static final long FIRST_DELEGATION = 100;
    private static final long FIRST_DELEGATE = 1_000;
    private static final int PER_DELEGATION = DELEGATES / DELEGATIONS;
    /** The delegate whose personal programme is written: in the sixth delegation. */
    static final long DELEGATE = FIRST_DELEGATE + 5 * PER_DELEGATION + 3;

    /** The first release, the working copy after the officers' edits, and the second release made from them. */
    @State(Scope.Benchmark)
    public static class Programme {
        List<ReleasedItem> first;
        List<ReleasedItem> edited;
        List<ReleasedItem> second;
        Map<Long, String> names;
        ProgrammeCalendar calendar;

        @Setup(Level.Trial)
        public void build() {
            List<ReleasedItem> working = new ArrayList<>(ITEMS);
            for (int i = 0; i < ITEMS; i++) {
                working.add(item(i).build());
            }
            first = AgendaDiff.nextRelease(List.of(), working);
            edited = edits(working);
            second = AgendaDiff.nextRelease(first, edited);
            List<AgendaChange> changes = AgendaDiff.changes(first, second);
            if (changes.size() != CHANGED + REMOVED || second.size() != ITEMS) {
                throw new IllegalStateException("the second release should change " + CHANGED + " and remove " + REMOVED
                        + " of " + ITEMS + " items: " + changes.size() + " changes, " + second.size() + " items");
            }
            names = new HashMap<>();
            for (long d = FIRST_DELEGATE; d < FIRST_DELEGATE + DELEGATES; d++) {
                names.put(d, "Абылайханов Нұрсұлтан " + d);
            }
            calendar = new ProgrammeCalendar(LocalizedText.of(Map.of(Language.KK, "Орталық Азия – Корея ІІ форумы",
                    Language.RU, "II Форум «Центральная Азия – Корея»")), ZoneId.of("Asia/Almaty"), Language.KK,
                    "protocol@turkestan.example.kz", LocalizedText.of(Map.of(Language.RU, "Акимат Туркестанской области")),
                    Clock.systemUTC());
        }
    }

    /**
     * Publishing a release: the next release from the previous one and the working copy, its change log, and
     * for each of the 400 delegates which changes concern them (whom to notify).
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void releaseDiff(Programme p, Blackhole bh) {
        List<ReleasedItem> next = AgendaDiff.nextRelease(p.first, p.edited);
        List<AgendaChange> changes = AgendaDiff.changes(p.first, next);
        int notices = 0;
        for (long d = FIRST_DELEGATE; d < FIRST_DELEGATE + DELEGATES; d++) {
            long delegation = delegationOf(d);
            for (AgendaChange change : changes) {
                if (change.concerns(d, delegation)) {
                    notices++;
                }
            }
        }
        bh.consume(next);
        bh.consume(changes);
        bh.consume(notices);
    }

    /** The whole second release as iCalendar, in Russian, for delegates (56 items and 2 cancelled). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public int wholeProgrammeIcs(Programme p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        p.calendar.writeProgramme(p.second, Visibility.DELEGATES, Language.RU, p.names::get, out);
        return out.size();
    }

    /** One delegate's personal programme of the second release as iCalendar, in Kazakh. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public int personalProgrammeIcs(Programme p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        p.calendar.writePersonalProgramme(p.second, DELEGATE, delegationOf(DELEGATE), "Абылайханов Нұрсұлтан",
                Language.KK, p.names::get, out);
        return out.size();
    }

    /**
     * The first release of the benchmark's programme with each speaker and moderator replaced by
     * {@code delegate} of the benchmark's delegate id (from 1,000 to 1,399): for documents that print their names, which need delegates
     * that exist.
     */
    public static List<ReleasedItem> firstRelease(java.util.function.LongUnaryOperator delegate) {
        List<ReleasedItem> working = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            working.add(item(i).renumberPeople(delegate).build());
        }
        return AgendaDiff.nextRelease(List.of(), working);
    }

    static long delegationOf(long delegate) {
        return FIRST_DELEGATION + (delegate - FIRST_DELEGATE) / PER_DELEGATION;
    }

    /**
     * Item {@code i}: 20 a day in half-hour steps from 08:00, texts in the four languages, one of five venues,
     * two delegations, three speakers and a moderator; every third for delegates only, four for staff only.
     */
    static Released item(int i) {
        int day = i / (ITEMS / DAYS);
        int slot = i % (ITEMS / DAYS);
        LocalDateTime start = FIRST_DAY.plusDays(day).atTime(8, 0).plusMinutes(30L * slot);
        int a = i % DELEGATIONS;
        int b = (i + 7) % DELEGATIONS;
        int venue = i % 5;
        return Released.item(String.format("5d0c7a52-0000-4000-8000-%012d", i), start.toString(),
                        start.plusMinutes(i % 2 == 0 ? 30 : 60).toString())
                .kind(AgendaItemKind.values()[i % AgendaItemKind.values().length])
                .visibility(i % 15 == 7 ? Visibility.STAFF : i % 3 == 1 ? Visibility.DELEGATES : Visibility.PUBLIC)
                .title(Language.KK, "Пленарлық отырыс №" + i + ": өңірлік ынтымақтастық және инвестициялық мүмкіндіктер")
                .title(Language.RU, "Пленарное заседание №" + i + ": региональное сотрудничество и инвестиционные возможности")
                .title(Language.EN, "Plenary session no. " + i + ": regional cooperation and investment opportunities")
                .title(Language.KO, "제" + i + "차 본회의: 지역 협력과 투자 기회")
                .description(Language.RU, "Выступления глав делегаций, обмен опытом органов местного самоуправления, "
                        + "подписание меморандума о сотрудничестве; синхронный перевод на казахский и русский языки.")
                .description(Language.KK, "Делегация басшыларының сөздері, жергілікті өзін-өзі басқару органдарының "
                        + "тәжірибе алмасуы, ынтымақтастық туралы меморандумға қол қою.")
                .venue(venue + 1, Language.RU, "Конгресс-холл " + (venue + 1), "г. Туркестан, проспект Есим хана, " + venue)
                .venue(venue + 1, Language.KK, "Конгресс-холл " + (venue + 1), "Түркістан қ., Есім хан даңғылы, " + venue)
                .venue(venue + 1, Language.KO, "컨벤션 홀 " + (venue + 1), null)
                .room(Language.RU, "Зал " + (slot % 4 + 1)).room(Language.KK, (slot % 4 + 1) + "-зал")
                .delegations(FIRST_DELEGATION + a, FIRST_DELEGATION + b)
                .speakers(FIRST_DELEGATE + (long) a * PER_DELEGATION, FIRST_DELEGATE + (long) b * PER_DELEGATION,
                        FIRST_DELEGATE + (long) a * PER_DELEGATION + 1 + slot % 5)
                .moderators(FIRST_DELEGATE + (i * 13L) % DELEGATES)
                .interpretation(Language.KO, Language.KK, Language.RU).dressCode("Деловой костюм");
    }

    /** The officers' edits: five items moved, three to another venue, two with another speaker; two removed. */
    static List<ReleasedItem> edits(List<ReleasedItem> working) {
        List<ReleasedItem> edited = new ArrayList<>(working.size());
        for (int i = 0; i < working.size(); i++) {
            ReleasedItem item = working.get(i);
            Released r = Released.from(item);
            switch (i) {
                case 3, 9, 15, 21, 27 -> r.at(item.startsAt().plusMinutes(30), item.endsAt().plusMinutes(30));
                case 33, 39, 45 -> r.venue(5, Language.RU, "Кампус Университета Вусонг", "г. Туркестан");
                case 51, 57 -> r.speakers(FIRST_DELEGATE + DELEGATES - 1);
                case 12, 48 -> {
                    continue;
                }
                default -> {
                    edited.add(item);
                    continue;
                }
            }
            edited.add(r.build());
        }
        return edited;
    }

    // --- running and recording ---

    private static final Map<String, BenchmarkResults.Figure> FIGURES = Map.of(
            "releaseDiff", new BenchmarkResults.Figure("agenda release: next release, change log and the delegates each change "
                    + "concerns; 60 items over 3 days, 10 changed and 2 removed, 400 delegates in 20 delegations, warm", 50),
            "wholeProgrammeIcs", new BenchmarkResults.Figure("agenda iCalendar: whole released programme for delegates "
                    + "(60 items, 2 of them cancelled, 4 staff-only left out), Russian, warm", 50),
            "personalProgrammeIcs", new BenchmarkResults.Figure("agenda iCalendar: one delegate's personal programme of the "
                    + "same release, Kazakh, warm", 50));

    /** Runs the benchmarks and appends their medians to the results file named by the first argument. */
    public static void main(String[] args) throws Exception {
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(AgendaBenchmark.class.getName() + "\\.")
                .build()).run();
        BenchmarkResults.append(BenchmarkResults.file(args), "agenda (JMH, AgendaBenchmark)", runs, FIGURES,
                "no database");
    }
}
