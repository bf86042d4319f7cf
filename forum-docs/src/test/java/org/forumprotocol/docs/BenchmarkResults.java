package org.forumprotocol.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;

/**
 * How the JMH benchmarks of this module record their medians in deployment/benchmarks/RESULTS.md: one dated
 * section per run, appended, so that it never splits another benchmark's table.
 */
public final class BenchmarkResults {
    /** What a benchmark method measures, in words for the table, and its target median. */
    public record Figure(String what, double targetMs) {
    }

    private BenchmarkResults() {
    }

    /** The results file named by the first argument of a benchmark's main, else the one in the work tree. */
    public static Path file(String[] args) {
        return Path.of(args.length > 0 ? args[0] : "deployment/benchmarks/RESULTS.md").toAbsolutePath().normalize();
    }

    /**
     * Appends a section headed {@code heading} with one line per run: date, what, median, target, pass or
     * FAIL, and how it was measured ({@code setting}, e.g. the database, then mode and machine).
     */
    public static void append(Path file, String heading, Collection<RunResult> runs, Map<String, Figure> figures,
                              String setting) throws IOException {
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        List<String> lines = new ArrayList<>();
        for (RunResult run : runs) {
            String method = run.getParams().getBenchmark().substring(run.getParams().getBenchmark().lastIndexOf('.') + 1);
            Figure figure = figures.get(method);
            double median = run.getPrimaryResult().getStatistics().getPercentile(50);
            String mode = run.getParams().getMode() == Mode.SingleShotTime
                    ? run.getParams().getMeasurement().getCount() + " single shots after " + run.getParams().getWarmup().getCount() + " warm-up"
                    : "sampled over " + run.getParams().getMeasurement().getCount() + " × " + run.getParams().getMeasurement().getTime()
                      + " after " + run.getParams().getWarmup().getCount() + " × " + run.getParams().getWarmup().getTime() + " warm-up";
            lines.add("| " + LocalDate.now() + " | " + figure.what() + " | " + format(median) + " | ≤ " + format(figure.targetMs())
                    + " | " + (median <= figure.targetMs() ? "pass" : "FAIL") + " | JMH " + mode + "; " + setting + "; "
                    + machine + " |");
        }
        Files.createDirectories(file.getParent());
        List<String> section = new ArrayList<>(List.of("", "## " + LocalDate.now() + " " + heading, "",
                "| date | what | median | target | result | notes |", "|---|---|---|---|---|---|"));
        section.addAll(lines);
        Files.write(file, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        lines.forEach(System.out::println);
        System.out.println("Appended to " + file);
    }

    /** Whole milliseconds from 100 ms or for whole targets, one decimal from 1 ms, three below (a diff takes µs). */
    private static String format(double ms) {
        if (ms >= 100 || (ms >= 1 && ms == Math.rint(ms))) {
            return String.format(Locale.ROOT, "%,.0f ms", ms);
        }
        return String.format(Locale.ROOT, ms >= 1 ? "%.1f ms" : "%.3f ms", ms);
    }
}
