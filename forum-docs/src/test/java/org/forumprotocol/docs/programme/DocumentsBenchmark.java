package org.forumprotocol.docs.programme;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
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
import java.time.format.DateTimeFormatter;
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
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;

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
 * iText program, which is what the booklet's price is compared with (see {@link #bare}: the same strings, sizes,
 * fonts and page header and footer, as PDF/A-2u like the booklet, and once more as a plain PDF to show what PDF/A
 * itself costs); and 2,000 badges on A4 sheets with their QR codes. Run with
 * {@code mvn -B -Pbenchmark -pl forum-docs -am verify -DskipTests} (with the other benchmarks) or alone as in the
 * README; {@link #main} appends the medians, the booklet's ratios to the baselines (from the JMH medians, and from
 * the documents written in turn in one JVM, see {@link #interleavedRows}), the machine's load and each document's
 * peak heap to deployment/benchmarks/RESULTS.md. Event and delegates live in an in-memory H2 database
 * (or PostgreSQL, as for the tests); the released items are built in memory, as in {@link AgendaBenchmark}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx1g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentsBenchmark {
    static final int DELEGATES = 400;
    static final int BADGES = 2_000;
    static final Language LANGUAGE = Language.KK;
    /** Where each fork writes the peak heap of its document, one line a benchmark: method, peak bytes, live bytes. */
    private static final String PEAKS = "forum.benchmark.peaks";
    /** The bare program's sRGB output intent: the Java runtime's profile, as the booklet's. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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
        /** The booklet's strings in the order it prints them, each with its weight and size. */
        List<Line> lines;
        /** How many of {@link #lines} are the cover, which has a page of its own. */
        int coverLines;
        /** The booklet's running header, and its footer's words before the page count ("{0}-бет, барлығы"). */
        String header;
        String pageOf;
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

    /**
     * One paragraph of the bare program: a part in bold, then a part in the regular weight (either may be empty), its
     * size, whether it stands in the booklet's item column, and the space above it that the booklet leaves there.
     */
    record Line(String bold, String regular, float size, boolean indented, float above) {
        Line(String bold, String regular, float size, boolean indented) {
            this(bold, regular, size, indented, 0);
        }
    }

    /** The programme booklet of 60 items (56 printed: 4 are for staff only), Kazakh, PDF/A with tags and page frame. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public int programmeBooklet(Forum forum) {
        return booklet(forum).length;
    }

    /** The booklet's text written by a bare iText program, as PDF/A-2u like the booklet: what the ratio compares with. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public int bareITextPdfA(Forum forum) {
        return bare(forum, true).length;
    }

    /** The same bare program writing a plain PDF: with the PDF/A variant, it shows what PDF/A itself costs. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public int bareITextPlain(Forum forum) {
        return bare(forum, false).length;
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

    /**
     * The bare program: the booklet's strings ({@link Forum#lines}) one paragraph each, at the booklet's sizes, in
     * bold where it prints them bold, item lines indented by the booklet's time column, on A4 with its margins;
     * then on every page the same header line and "page X of Y" footer, written in a second pass over the
     * finished pages as a plain iText program does it. Same fonts, embedded and subset through the same
     * {@link DocumentFonts#provider() provider}. As PDF/A-2u ({@code pdfA}: a {@link PdfADocument} with the sRGB
     * output intent, as the booklet's), else a plain PDF; both with the booklet's writer settings. What it leaves
     * out is the booklet's own work: no tagged structure, table, keep-together, bookmarks or page-frame handler.
     */
    static byte[] bare(Forum forum, boolean pdfA) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        PdfDocument pdf = pdfA ? new PdfADocument(writer, PdfAConformance.PDF_A_2U, new PdfOutputIntent("sRGB IEC61966-2.1", "",
                "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB))) : new PdfDocument(writer);
        try (Document document = new Document(pdf, PageSize.A4, false)) {
            document.setMargins(48, 40, 44, 40);
            document.setProperty(Property.FONT_PROVIDER, DocumentFonts.provider());
            document.setFontFamily(DocumentFonts.FAMILIES);
            float column = 0.16f * (PageSize.A4.getWidth() - 80);
            for (int i = 0; i < forum.lines.size(); i++) {
                Line line = forum.lines.get(i);
                Paragraph p = new Paragraph().setFontSize(line.size()).setMargin(0).setMarginLeft(line.indented() ? column : 0)
                        .setMarginTop(line.above());
                if (!line.bold().isEmpty()) {
                    p.add(bold(line.bold()));
                }
                if (!line.regular().isEmpty()) {
                    p.add(new Text(line.regular()));
                }
                document.add(p);
                if (i == forum.coverLines - 1) {
                    document.add(new AreaBreak());
                }
            }
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                document.showTextAligned(new Paragraph(forum.header).setFontSize(8), 36, PageSize.A4.getTop() - 28, page,
                        TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
                document.showTextAligned(new Paragraph(forum.pageOf.replace("{0}", String.valueOf(page)) + " " + pages).setFontSize(8),
                        PageSize.A4.getWidth() - 36, 18, page, TextAlignment.RIGHT, VerticalAlignment.BOTTOM, 0);
            }
        }
        return out.toByteArray();
    }

    /**
     * Bold the way a plain iText program asks for it: the weight on the text, the font provider choosing per
     * character (Noto Sans Bold for Latin and Cyrillic; Nanum Gothic, the only Hangul font, in its one weight).
     */
    private static Text bold(String text) {
        Text bold = new Text(text);
        bold.setProperty(Property.FONT_WEIGHT, "bold");
        return bold;
    }

    static byte[] badges(Event event, List<Delegate> delegates, BadgeTokens tokens) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 * 1024 * 1024);
        BadgesPdf.write(event, delegates, BadgeFormat.CARD, tokens, out);
        return out.toByteArray();
    }

    private static void write(String method, Forum forum) {
        switch (method) {
            case "programmeBooklet" -> booklet(forum);
            case "bareITextPdfA" -> bare(forum, true);
            case "bareITextPlain" -> bare(forum, false);
            case "badges" -> badges(forum.badgeEvent, forum.badgeDelegates, forum.tokens);
            default -> throw new IllegalArgumentException(method);
        }
    }

    /**
     * What the booklet prints, string by string, with the same conditions as the booklet: the cover, the day
     * headings, and for each item what its two table cells hold. The page header and footer are in
     * {@link Forum#header} and {@link Forum#pageOf}.
     */
    static List<Line> lines(Forum forum) {
        Labels labels = Labels.of(LANGUAGE);
        Event event = forum.event;
        List<Line> lines = new ArrayList<>();
        String title = Styles.in(event.getTitle(), LANGUAGE, event);
        String documentTitle = labels.get("programme.title");
        String release = labels.format("programme.release", forum.release.getNumber(),
                labels.date(forum.release.getPublishedAt().atZone(event.getTimeZone()).toLocalDate()));
        forum.header = title + " – " + documentTitle + " (" + release + ")";
        forum.pageOf = labels.get("page.of");
        lines.add(regular(forum.letterhead.organisation().in(LANGUAGE, event.hostLanguage(), Language.RU, Language.EN), 12, false));
        lines.add(new Line(title, "", 24, false));
        lines.add(regular(Styles.in(event.getCity(), LANGUAGE, event) + ", " + labels.dates(event.getStartsOn(), event.getEndsOn()), 14, false));
        lines.add(new Line(documentTitle, "", 18, false));
        lines.add(regular(release, 10, false));
        forum.coverLines = lines.size();
        Map<Long, Delegate> people = new HashMap<>();
        forum.delegates.forEach(d -> people.put(d.getId(), d));
        Map<LocalDate, List<ReleasedItem>> days = ProgrammeBookletPdf.printable(forum.items).stream().collect(Collectors.groupingBy(
                i -> i.startsAt().toLocalDate(), java.util.LinkedHashMap::new, Collectors.toList()));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        int day = 0;
        for (Map.Entry<LocalDate, List<ReleasedItem>> items : days.entrySet()) {
            lines.add(new Line(labels.format("programme.day", ++day, ProgrammeBookletPdf.fullDate(items.getKey(), LANGUAGE)), "", 14, false,
                    day == 1 ? 0 : 14));
            for (ReleasedItem item : items.getValue()) {
                // Above each item: the cells' padding and the rule between rows (5 pt), and about what the booklet leaves
                // blank at the foot of its pages by keeping each item whole, spread over the items, so that both print
                // about as many pages (DocumentsBenchmarkTest checks).
                lines.add(new Line(item.startsAt().format(time) + "–" + item.endsAt().format(time), "", 9.5f, false, 20));
                lines.add(regular(labels.get("kind." + item.kind().name()), 8, true));
                lines.add(new Line(Styles.in(item.title(), LANGUAGE, event), "", 11, true));
                String place = java.util.stream.Stream.of(Styles.in(item.venueName(), LANGUAGE, event), Styles.in(item.room(), LANGUAGE, event))
                        .filter(p -> !p.isBlank()).collect(Collectors.joining(", "));
                if (!place.isEmpty()) {
                    lines.add(new Line("", place, 9.5f, true, 1));
                }
                String description = Styles.in(item.description(), LANGUAGE, event);
                if (!description.isBlank()) {
                    lines.add(new Line("", description, 8.5f, true, 2));
                }
                people(lines, labels.get("programme.speakers"), item.speakers(), people, event);
                people(lines, labels.get("programme.moderators"), item.moderators(), people, event);
                if (item.interpretationFrom() != null && !item.interpretationTo().isEmpty()) {
                    lines.add(new Line("", labels.format("programme.interpretation", ProgrammeBookletPdf.languageName(item.interpretationFrom(), LANGUAGE),
                            item.interpretationTo().stream().map(l -> ProgrammeBookletPdf.languageName(l, LANGUAGE))
                                    .collect(Collectors.joining(", "))), 8.5f, true, 2));
                }
                if (item.dressCode() != null && !item.dressCode().isBlank()) {
                    lines.add(regular(labels.format("programme.dressCode", item.dressCode()), 8.5f, true));
                }
            }
        }
        return lines;
    }

    private static Line regular(String text, float size, boolean indented) {
        return new Line("", text, size, indented);
    }

    /** The label and each known person: the name in bold, then ", position", as the booklet prints them. */
    private static void people(List<Line> lines, String label, List<Long> ids, Map<Long, Delegate> people, Event event) {
        List<Delegate> known = ids.stream().map(people::get).filter(java.util.Objects::nonNull).toList();
        if (known.isEmpty()) {
            return;
        }
        lines.add(new Line("", label, 8, true, 3));
        for (Delegate d : known) {
            String name = d.displayName(LANGUAGE);
            String position = Styles.in(d.getPosition(), LANGUAGE, event);
            lines.add(new Line(name.isBlank() ? d.displayName(event.hostLanguage()) : name, position.isBlank() ? "" : ", " + position,
                    9.5f, true));
        }
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
            "bareITextPdfA", new BenchmarkResults.Figure("bare iText baseline, PDF/A-2u: the booklet's text (cover, items, "
                    + "header and page X of Y on every page) as plain paragraphs at the booklet's sizes, same fonts embedded and "
                    + "subset; no tags, table, keep-together or bookmarks (target shown: the booklet's; the ratio line compares)", 150),
            "bareITextPlain", new BenchmarkResults.Figure("bare iText baseline, plain PDF: the same program without PDF/A "
                    + "(for comparison: what PDF/A costs a bare program)", 150),
            "badges", new BenchmarkResults.Figure("badges PDF/A: 2,000 business cards with QR codes, 10 a sheet", 5_000));

    private static final Map<String, String> PEAK_NAMES = Map.of("programmeBooklet", "programme booklet (400 delegates)",
            "bareITextPdfA", "bare iText baseline, PDF/A-2u", "bareITextPlain", "bare iText baseline, plain PDF",
            "badges", "2,000 badges");

    /** Runs the benchmarks and appends their medians, the booklet's ratio and peak heaps to the file named by the first argument. */
    public static void main(String[] args) throws Exception {
        Path peaks = Files.createTempFile("documents-benchmark", ".peaks");
        String loadBefore = loadAverage();
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(DocumentsBenchmark.class.getName() + "\\.")
                .jvmArgsAppend("-Dfile.encoding=UTF-8", "-Xmx1g", "-D" + PEAKS + "=" + peaks)
                .build()).run();
        String database = TestDatabase.postgresServerUrl().isPresent() ? "PostgreSQL" : "H2 in-memory";
        Path file = BenchmarkResults.file(args);
        // Other builds share the machine: its load says how much the medians may be inflated; the ratio, from one run, less so.
        String load = "load average before " + loadBefore + ", after " + loadAverage();
        BenchmarkResults.append(file, "documents (JMH, DocumentsBenchmark)", runs, FIGURES, database + "; " + load);

        Map<String, Double> medians = new HashMap<>();
        for (RunResult run : runs) {
            String b = run.getParams().getBenchmark();
            medians.put(b.substring(b.lastIndexOf('.') + 1), run.getPrimaryResult().getStatistics().getPercentile(50));
        }
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        List<String> rows = new ArrayList<>();
        if (medians.containsKey("programmeBooklet") && medians.containsKey("bareITextPdfA")) {
            double ratio = medians.get("programmeBooklet") / medians.get("bareITextPdfA");
            rows.add("| " + LocalDate.now() + " | programme booklet against the bare iText baseline (both PDF/A-2u): ratio of the "
                    + "two medians above | " + String.format(Locale.ROOT, "%.2f×", ratio) + " | ≤ 2× | " + (ratio <= 2 ? "pass" : "FAIL")
                    + " | same run; " + load + "; " + machine + " |");
        }
        if (medians.containsKey("programmeBooklet") && medians.containsKey("bareITextPlain")) {
            double ratio = medians.get("programmeBooklet") / medians.get("bareITextPlain");
            rows.add("| " + LocalDate.now() + " | for comparison: programme booklet (PDF/A-2u) against the bare program writing a "
                    + "plain PDF | " + String.format(Locale.ROOT, "%.2f×", ratio) + " | – | – | same run; the booklet pays for "
                    + "PDF/A here and the baseline does not |");
        }
        Forum forum = new Forum();
        forum.build(50);
        try {
            rows.addAll(interleavedRows(forum, INTERLEAVED_WARM_UP_SECONDS, INTERLEAVED_ROUNDS, machine));
        } finally {
            forum.f.close();
            forum.db.close();
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

    /**
     * The booklet and the bare program once more, written in turn in this one JVM after a warm-up, so that what
     * else the shared machine does weighs on both alike (JMH measures each in a fork of its own, minutes apart,
     * when the load may have changed). Each document's median wall time and median CPU time of the writing thread
     * (which other processes hardly inflate; the garbage collector's threads are not in it) and the booklet's
     * ratios; the ratio of CPU times decides the pass.
     */
    static List<String> interleavedRows(Forum forum, int warmUpSeconds, int rounds, String machine) {
        String loadBefore = loadAverage();
        Map<String, Runnable> documents = new java.util.LinkedHashMap<>();
        documents.put("programmeBooklet", () -> booklet(forum));
        documents.put("bareITextPdfA", () -> bare(forum, true));
        documents.put("bareITextPlain", () -> bare(forum, false));
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Long>> wall = new HashMap<>();
        Map<String, List<Long>> cpu = new HashMap<>();
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUpSeconds);
        while (System.nanoTime() < warmUntil) {
            documents.values().forEach(Runnable::run);
        }
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Runnable> document : documents.entrySet()) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                document.getValue().run();
                wall.computeIfAbsent(document.getKey(), k -> new ArrayList<>()).add(System.nanoTime() - start);
                cpu.computeIfAbsent(document.getKey(), k -> new ArrayList<>()).add(threads.getCurrentThreadCpuTime() - cpuStart);
            }
        }
        String load = "load average before " + loadBefore + ", after " + loadAverage();
        List<String> rows = new ArrayList<>();
        for (String baseline : List.of("bareITextPdfA", "bareITextPlain")) {
            double cpuRatio = median(cpu.get("programmeBooklet")) / median(cpu.get(baseline));
            double wallRatio = median(wall.get("programmeBooklet")) / median(wall.get(baseline));
            boolean pdfA = baseline.equals("bareITextPdfA");
            rows.add("| " + LocalDate.now() + " | " + (pdfA ? "programme booklet against the bare iText baseline (both PDF/A-2u)"
                    : "for comparison: programme booklet (PDF/A-2u) against the bare program writing a plain PDF")
                    + ", written in turn in one JVM: ratio of the median CPU times (of the wall times) | "
                    + String.format(Locale.ROOT, "%.2f× (%.2f×)", cpuRatio, wallRatio) + " | " + (pdfA ? "≤ 2× | " + (cpuRatio <= 2
                    ? "pass" : "FAIL") : "– | –") + " | " + rounds + " rounds after " + warmUpSeconds
                    + " s warm-up; medians: booklet " + ms(cpu, wall, "programmeBooklet") + ", baseline " + ms(cpu, wall, baseline)
                    + "; CPU time of the writing thread only; " + load + "; " + machine + " |");
        }
        return rows;
    }

    private static final int INTERLEAVED_WARM_UP_SECONDS = 20;
    private static final int INTERLEAVED_ROUNDS = 40;

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static String ms(Map<String, List<Long>> cpu, Map<String, List<Long>> wall, String document) {
        return String.format(Locale.ROOT, "%.1f ms CPU, %.1f ms wall", median(cpu.get(document)), median(wall.get(document)));
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them; "unknown" where there is none. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
