package org.forumprotocol.docs.memorandum;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;

import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumDraft;
import org.forumprotocol.docs.BenchmarkResults;
import org.forumprotocol.docs.memorandum.DemoKeys.Algorithm;
import org.forumprotocol.docs.memorandum.DemoKeys.DemoKey;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmarks of the memoranda's signatures (JMH), never run by {@code mvn verify}: one party signs a ten-page
 * Kazakh–Korean memorandum of four parties with an RSA 2048 key (PAdES B-B, no timestamp authority) and the result
 * is verified; and the same memorandum signed by all four parties (two RSA 2048, two EC P-256 keys, all issued by
 * one RSA 2048 authority, the trust anchor) is verified.
 * Verification is the whole report: integrity, PAdES checks, trust against one anchor, and what every later
 * update changed. Run with {@code mvn -B -Pbenchmark -pl forum-docs -am -Dexec.skip -Dexec.executable=java
 * test-compile exec:exec@memorandum-benchmarks}; {@link #main} appends the medians, with the machine's load average before and
 * after, to deployment/benchmarks/RESULTS.md.
 */
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx1g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MemorandumBenchmark {
    static final int PAGES = 10;
    static final int PARTIES = 4;
    private static final String[] COUNTRIES = {"KZ", "KR", "KG", "UZ"};

    /** The agreed memorandum, the keys of its four parties, and the memorandum they all signed. */
    @State(Scope.Benchmark)
    public static class Memorandum {
        byte[] agreed;
        byte[] signedByAll;
        List<DemoKey> keys;
        MemorandumVerifier verifier;
        Instant now;

        @Setup(Level.Trial)
        public void build() {
            now = Instant.now();
            // An RSA authority, as Kazakhstan's national one: its certificates are checked once per signature for trust.
            DemoKeys authority = DemoKeys.authority("Forum Protocol Benchmark CA", now, 5, Algorithm.RSA_2048);
            keys = new ArrayList<>();
            for (int p = 0; p < PARTIES; p++) {
                keys.add(authority.issue(p % 2 == 0 ? "Жақсыбаев Ғалым " + (p + 1) : "임경호 " + (p + 1), "University " + (p + 1),
                        COUNTRIES[p], p < 2 ? Algorithm.RSA_2048 : Algorithm.EC_P256, 3));
            }
            agreed = MemorandumPdf.render(content());
            byte[] pdf = agreed;
            for (int p = 0; p < PARTIES; p++) {
                pdf = sign(pdf, keys.get(p), MemorandumPdf.fieldName(p), now);
            }
            signedByAll = pdf;
            verifier = new MemorandumVerifier(List.of(authority.certificate()));
        }
    }

    /** Party 1 signs the agreed ten pages; the signed file is verified. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public VerificationReport signAndVerify(Memorandum m) {
        return signAndVerifyOnce(m);
    }

    /** The ten pages signed by four parties, verified. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public VerificationReport verifyFourSignatures(Memorandum m) {
        return m.verifier.verify(m.signedByAll);
    }

    static VerificationReport signAndVerifyOnce(Memorandum m) {
        return m.verifier.verify(sign(m.agreed, m.keys.get(0), "party-1", m.now));
    }

    static byte[] sign(byte[] pdf, DemoKey key, String field, Instant now) {
        return MemorandumSigner.sign(pdf, key.pkcs12(), key.password().toCharArray(), key.alias(), field, null, now);
    }

    /**
     * Kazakh and Korean side by side, four parties, and as many articles of a realistic length as fill ten A4 pages
     * (checked by {@code MemorandumBenchmarkTest}).
     */
    static MemorandumContent content() {
        List<String> kk = new ArrayList<>();
        List<String> ko = new ArrayList<>();
        for (int i = 1; i <= 41; i++) {
            kk.add("Тараптар " + i + "-бағыт бойынша студенттер мен оқытушылар алмасуын, бірлескен ғылыми зерттеулерді және "
                    + "әдістемелік семинарларды дамытады; әр оқу жылының соңында атқарылған жұмыс туралы бір-біріне жазбаша есеп береді.");
            ko.add("양 당사자는 제" + i + " 분야에서 학생 및 교직원 교류, 공동 연구와 교육 방법 세미나를 발전시키며, 매 학년도 말에 "
                    + "수행한 활동에 관하여 서로 서면으로 보고한다.");
        }
        List<MemorandumDraft.Party> parties = new ArrayList<>();
        for (int p = 0; p < PARTIES; p++) {
            parties.add(new MemorandumDraft.Party(Map.of("kk", "Университет " + (p + 1), "ko", "대학교 " + (p + 1)), COUNTRIES[p],
                    Map.of("kk", "Жақсыбаев Ғалым " + (p + 1), "ko", "임경호 " + (p + 1)), Map.of("kk", "Ректор", "ko", "총장")));
        }
        return Memoranda.validate(new MemorandumDraft(Map.of("kk", "Өзара түсіністік туралы меморандум", "ko", "양해각서"),
                List.of("kk", "ko"), parties, Map.of("kk", kk, "ko", ko), Map.of("kk", "Түркістан", "ko", "투르키스탄"),
                java.time.LocalDate.of(2025, 9, 18), null, null, null));
    }

    static int pages(byte[] pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return doc.getNumberOfPages();
        }
    }

    // --- running and recording ---

    private static final Map<String, BenchmarkResults.Figure> FIGURES = Map.of(
            "signAndVerify", new BenchmarkResults.Figure("memorandum: sign one signature (PAdES B-B, RSA 2048 from an RSA authority, "
                    + "no TSA) into a 10-page Kazakh–Korean memorandum of 4 parties and verify the result, warm", 50),
            "verifyFourSignatures", new BenchmarkResults.Figure("memorandum: verify the same 10 pages signed by 4 parties (2 RSA 2048, "
                    + "2 EC P-256; RSA authority): integrity, PAdES checks, trust, changes after each signature, warm", 100));

    /** Runs the benchmarks and appends their medians to the file named by the first argument. */
    public static void main(String[] args) throws Exception {
        double before = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(MemorandumBenchmark.class.getName() + "\\.")
                .jvmArgsAppend("-Dfile.encoding=UTF-8", "-Xmx1g")
                .build()).run();
        double after = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        BenchmarkResults.append(BenchmarkResults.file(args), "memoranda (JMH, MemorandumBenchmark)", runs, FIGURES,
                String.format(Locale.ROOT, "no database; load average (1 min) %.1f before, %.1f after, on a machine shared with "
                        + "other builds", before, after));
    }
}
