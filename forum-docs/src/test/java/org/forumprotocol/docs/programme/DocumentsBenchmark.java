package org.forumprotocol.docs.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.BenchmarkResults;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.badge.BadgeFormat;
import org.forumprotocol.docs.badge.BadgeTokens;
import org.forumprotocol.docs.badge.BadgesPdf;
import org.forumprotocol.docs.calendar.AgendaBenchmark;
import org.forumprotocol.docs.invitation.Letterhead;
import org.forumprotocol.docs.pdf.DocumentFonts;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.Styles;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmarks of the printed documents (JMH), never run by {@code mvn verify}: the programme booklet of the agenda
 * benchmark's three days and 60 items for an event of 400 delegates, in Kazakh; the same text written by a bare
 * iText program (plain PDF, same fonts, a paragraph per string: no PDF/A, no tagging, no page frame, no table),
 * which is what the booklet's price is compared with; and 2,000 badges on A4 sheets with their QR codes. Run with
 * {@code mvn -B -Pbenchmark -pl forum-docs -am verify -DskipTests} (with the other benchmarks) or alone as in the
 * README; {@link #main} appends the medians, the booklet's ratio to the baseline and each document's peak heap
 * to deployment/benchmarks/RESULTS.md. Event and delegates live in an in-memory H2 database (or PostgreSQL,
 * as for the tests); the released items are built in memory, as in {@link AgendaBenchmark}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx1g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentsBenchmark {
    static final int DELEGATES = 400;
    static final int BADGES = 2_000;
    static final Language LANGUAGE = Language.KK;
    /** Where each fork writes the peak heap of its document, one line a benchmark: method, peak bytes, live bytes. */
    private static final String PEAKS = "forum.benchmark.peaks";

    /** The two events with their delegates, the release to print, and the bare program's paragraphs. */
    @State(Scope.Benchmark)
    public static class Forum {
        TestDatabase db;
        ForumFixture f;
        Event event;
        List<Delegate> delegates;
        AgendaRelease release;
        List<ReleasedItem> items;
        Letterhead letterhead;
        /** The booklet's strings in the order it prints them, each with whether it is set in bold. */
        List<Line> lines;
        Event badgeEvent;
        List<Delegate> badgeDelegates;
        BadgeTokens tokens;

        @Setup(Level.Trial)
        public void build() {
            build(BADGES);
        }

        /** With {@code badges} delegates in the badge event (50 a delegation). */
        void build(int badges) {
            db = TestDatabase.migratedNow("documents-benchmark");
            f = new ForumFixture(db);
            event = DocumentSamples.large(f, 20, DELEGATES / 20);
            long id = event.getId();
            delegates = f.delegations.delegatesOf(id).stream().sorted(Comparator.comparing(Delegate::getId)).toList();
            // The release's number and date head the booklet; what it prints are the items built below.
            f.tx(() -> f.agenda.add(id, ForumSamples.item("PLENARY", "10:00", "11:30").title("kk", "Форумның ашылуы").details()));
            release = f.tx(() -> f.releases.publish(id, 0, null));
            List<Long> ids = delegates.stream().map(Delegate::getId).toList();
            items = AgendaBenchmark.firstRelease(d -> ids.get((int) (d - 1_000)));
            letterhead = Letterhead.of(event);
            lines = lines(this);

            badgeEvent = DocumentSamples.large(f, badges / 50, 50);
            badgeDelegates = f.delegations.delegatesOf(badgeEvent.getId());
            tokens = new BadgeTokens(new byte[BadgeTokens.MIN_SECRET_BYTES]);
        }

        @TearDown(Level.Trial)
        public void close(BenchmarkParams params) throws IOException {
            try {
                String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
                String file = System.getProperty(PEAKS);
                if (file != null) {
                    long[] heap = peakHeap(() -> write(method, this));
                    Files.writeString(Path.of(file), method + "\t" + heap[0] + "\t" + heap[1] + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
            } finally {
                f.close();
                db.close();
            }
        }
    }

    record Line(String text, boolean bold) {
    }

    /** The programme booklet of 60 items (56 printed: 4 are for staff only), Kazakh, PDF/A with tags and page frame. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public int programmeBooklet(Forum forum) {
        return booklet(forum).length;
    }

    /** The same strings as the booklet, one paragraph each, in a plain iText document with the same fonts. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public int bareIText(Forum forum) throws IOException {
        return bare(forum).length;
    }

    /** 2,000 badges, ten business cards a sheet, each with its signed QR code. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public int badges(Forum forum) {
        return badges(forum.badgeEvent, forum.badgeDelegates, forum.tokens).length;
    }

    static byte[] booklet(Forum forum) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        ProgrammeBookletPdf.write(forum.event, forum.release, forum.items, forum.delegates, forum.letterhead, LANGUAGE, null, out);
        return out.toByteArray();
    }

    static byte[] bare(Forum forum) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4)) {
            document.setProperty(Property.FONT_PROVIDER, DocumentFonts.provider());
            document.setFontFamily(DocumentFonts.FAMILIES);
            for (Line line : forum.lines) {
                document.add(line.bold() ? Styles.bold(line.text()) : new Paragraph(line.text()));
            }
        }
        return out.toByteArray();
    }

    static byte[] badges(Event event, List<Delegate> delegates, BadgeTokens tokens) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 * 1024 * 1024);
        BadgesPdf.write(event, delegates, BadgeFormat.CARD, tokens, out);
        return out.toByteArray();
    }

    private static void write(String method, Forum forum) {
        try {
            switch (method) {
                case "programmeBooklet" -> booklet(forum);
                case "bareIText" -> bare(forum);
                case "badges" -> badges(forum.badgeEvent, forum.badgeDelegates, forum.tokens);
                default -> throw new IllegalArgumentException(method);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the booklet prints, string by string: cover, day headings, and for each item what its table cell holds. */
    static List<Line> lines(Forum forum) {
        Labels labels = Labels.of(LANGUAGE);
        Event event = forum.event;
        List<Line> lines = new ArrayList<>();
        String title = Styles.in(event.getTitle(), LANGUAGE, event);
        lines.add(new Line(forum.letterhead.organisation().in(LANGUAGE, event.hostLanguage(), Language.RU, Language.EN), false));
        lines.add(new Line(title, true));
        lines.add(new Line(Styles.in(event.getCity(), LANGUAGE, event) + ", " + labels.dates(event.getStartsOn(), event.getEndsOn()), false));
        lines.add(new Line(labels.get("programme.title"), true));
        lines.add(new Line(labels.format("programme.release", forum.release.getNumber(),
                labels.date(forum.release.getPublishedAt().atZone(event.getTimeZone()).toLocalDate())), false));
        Map<Long, Delegate> people = new HashMap<>();
        forum.delegates.forEach(d -> people.put(d.getId(), d));
        Map<LocalDate, List<ReleasedItem>> days = ProgrammeBookletPdf.printable(forum.items).stream().collect(Collectors.groupingBy(
                i -> i.startsAt().toLocalDate(), java.util.LinkedHashMap::new, Collectors.toList()));
        int day = 0;
        for (Map.Entry<LocalDate, List<ReleasedItem>> items : days.entrySet()) {
            lines.add(new Line(labels.format("programme.day", ++day, ProgrammeBookletPdf.fullDate(items.getKey(), LANGUAGE)), true));
            for (ReleasedItem item : items.getValue()) {
                lines.add(new Line(item.startsAt().toLocalTime() + "–" + item.endsAt().toLocalTime(), true));
                lines.add(new Line(labels.get("kind." + item.kind().name()), false));
                lines.add(new Line(Styles.in(item.title(), LANGUAGE, event), true));
                lines.add(new Line(Styles.in(item.venueName(), LANGUAGE, event) + ", " + Styles.in(item.room(), LANGUAGE, event), false));
                lines.add(new Line(Styles.in(item.description(), LANGUAGE, event), false));
                lines.add(new Line(labels.get("programme.speakers"), false));
                item.speakers().forEach(id -> lines.add(person(people.get(id), event)));
                lines.add(new Line(labels.get("programme.moderators"), false));
                item.moderators().forEach(id -> lines.add(person(people.get(id), event)));
                lines.add(new Line(labels.format("programme.interpretation",
                        ProgrammeBookletPdf.languageName(item.interpretationFrom(), LANGUAGE), item.interpretationTo().stream()
                                .map(l -> ProgrammeBookletPdf.languageName(l, LANGUAGE)).collect(Collectors.joining(", "))), false));
                lines.add(new Line(labels.format("programme.dressCode", item.dressCode()), false));
            }
        }
        return lines;
    }

    private static Line person(Delegate d, Event event) {
        return new Line(d.displayName(LANGUAGE) + ", " + Styles.in(d.getPosition(), LANGUAGE, event), false);
    }

    /**
     * Runs {@code work} once after a full collection and returns the sum of the heap pools' peak use while it ran
     * and the heap in use before it, in bytes. The peak counts garbage not yet collected, so it is an upper bound
     * of what the work needs, and the pools' peaks may fall at different moments (a further overestimate).
     */
    static long[] peakHeap(Runnable work) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long live = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        work.run();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new long[] {peak, live};
    }

    // --- running and recording ---

    private static final Map<String, BenchmarkResults.Figure> FIGURES = Map.of(
            "programmeBooklet", new BenchmarkResults.Figure("programme booklet PDF/A: 3 days, 60 items (56 printed), "
                    + "speakers of an event of 400 delegates, Kazakh, warm", 150),
            "bareIText", new BenchmarkResults.Figure("bare iText baseline: the booklet's strings as plain paragraphs, same "
                    + "fonts, no PDF/A, tags, page frame or table (target shown: the booklet's; the ratio line compares)", 150),
            "badges", new BenchmarkResults.Figure("badges PDF/A: 2,000 business cards with QR codes, 10 a sheet", 5_000));

    private static final Map<String, String> PEAK_NAMES = Map.of("programmeBooklet", "programme booklet (400 delegates)",
            "bareIText", "bare iText baseline", "badges", "2,000 badges");

    /** Runs the benchmarks and appends their medians, the booklet's ratio and peak heaps to the file named by the first argument. */
    public static void main(String[] args) throws Exception {
        Path peaks = Files.createTempFile("documents-benchmark", ".peaks");
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(DocumentsBenchmark.class.getName() + "\\.")
                .jvmArgsAppend("-Dfile.encoding=UTF-8", "-Xmx1g", "-D" + PEAKS + "=" + peaks)
                .build()).run();
        String database = TestDatabase.postgresServerUrl().isPresent() ? "PostgreSQL" : "H2 in-memory";
        Path file = BenchmarkResults.file(args);
        BenchmarkResults.append(file, "documents (JMH, DocumentsBenchmark)", runs, FIGURES, database);

        Map<String, Double> medians = new HashMap<>();
        for (RunResult run : runs) {
            String b = run.getParams().getBenchmark();
            medians.put(b.substring(b.lastIndexOf('.') + 1), run.getPrimaryResult().getStatistics().getPercentile(50));
        }
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        List<String> rows = new ArrayList<>();
        if (medians.containsKey("programmeBooklet") && medians.containsKey("bareIText")) {
            double ratio = medians.get("programmeBooklet") / medians.get("bareIText");
            rows.add("| " + LocalDate.now() + " | programme booklet against the bare iText baseline: ratio of the two medians above | "
                    + String.format(Locale.ROOT, "%.2f×", ratio) + " | ≤ 2× | " + (ratio <= 2 ? "pass" : "FAIL")
                    + " | same run; " + machine + " |");
        }
        for (String line : Files.readAllLines(peaks, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t");
            rows.add("| " + LocalDate.now() + " | peak heap: " + PEAK_NAMES.get(p[0]) + ", written once | " + mb(Long.parseLong(p[1]))
                    + " | – | – | sum of the heap pools' peak use (MemoryPoolMXBean, reset after a full GC) while writing it once "
                    + "after the measurements, garbage not yet collected included, so an upper bound; heap in use before: "
                    + mb(Long.parseLong(p[2])) + " (test data, fonts); -Xmx1g; " + machine + " |");
        }
        Files.write(file, rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        rows.forEach(System.out::println);
        Files.delete(peaks);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
