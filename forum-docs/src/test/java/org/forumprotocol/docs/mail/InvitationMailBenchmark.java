package org.forumprotocol.docs.mail;

import static org.forumprotocol.core.ForumSamples.item;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.config.MailSettings;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.document.OutgoingLetters;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.mail.MailDispatcher;
import org.forumprotocol.core.mail.MailJob;
import org.forumprotocol.core.mail.MailSessions;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.core.mail.SmtpStub;
import org.forumprotocol.core.mail.TestMails;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.invitation.Letterhead;
import org.forumprotocol.docs.programme.ProgrammeBookletPdf;

/**
 * The mail benchmark, a load driver (one bulk send is minutes of work; JMH's repetitions add nothing to it),
 * never run by {@code mvn verify}: 2,000 personalised invitations, each with the letter PDF, the delegate's
 * personal programme PDF and the event as an iCalendar REQUEST, from starting the job until the last one was
 * accepted by a local SMTP server ({@link SmtpStub}, in this JVM on the loopback address), composed by
 * {@link InvitationMails} on as many threads as the machine has cores, as the application does, and delivered
 * meanwhile by a {@link MailDispatcher} of its own. Compared with raw Jakarta Mail sending the same messages,
 * prebuilt, over one connection to the same server; and the outbox's delivery alone of those messages.
 * <p>
 * Run with {@code mvn -B -Pmail-benchmark -pl forum-docs -am verify -DskipTests}; appends its medians to
 * deployment/benchmarks/RESULTS.md. {@code -Dforum.benchmark.runs=N} (default 3) measured runs after one smaller
 * warm-up run; the database is in-memory H2, or PostgreSQL with FORUM_TEST_DB_URL as for the tests.
 */
public final class InvitationMailBenchmark {
    /** 2,000; a smaller number ({@code -Dforum.benchmark.invitations}) only to try the driver out. */
    static final int INVITATIONS = Integer.getInteger("forum.benchmark.invitations", 2_000);
    static final int DELEGATIONS = 40;
    static final int WARM_UP = Math.min(200, INVITATIONS / 10);
    static final double TARGET_SECONDS = 60;
    private static final String BASE = "https://forum.example.kz";

    private final TestDatabase db;
    private final ForumFixture f;
    private final SmtpStub sink;
    private final ExecutorService helpers;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final Event event;
    private final AgendaRelease release;
    private final List<Delegate> delegates;
    private final Semaphore nudge = new Semaphore(0);

    private InvitationMailBenchmark() throws IOException {
        db = TestDatabase.migratedNow("mail-benchmark");
        f = new ForumFixture(db);
        sink = new SmtpStub();
        helpers = Executors.newFixedThreadPool(threads);
        event = DocumentSamples.large(f, DELEGATIONS, INVITATIONS / DELEGATIONS);
        delegates = f.delegations.delegatesOf(event.getId()).stream().sorted(Comparator.comparing(Delegate::getId)).toList();
        release = programme();
    }

    /**
     * A two-day forum programme of 14 items as an office sends with its invitations: plenaries, panels, the
     * reception and a signing open to all (PUBLIC: an item for delegates that names speakers is otherwise only in
     * the programmes of those it names), and the meals; bilateral meetings and a site visit for some delegations;
     * a staff briefing. Speakers are heads of delegations. A delegate's personal programme has 8 to 10 of the items.
     */
    private AgendaRelease programme() {
        long id = event.getId();
        LocalDate day1 = ForumSamples.FORUM_OPENS;
        LocalDate day2 = day1.plusDays(1);
        List<ForumSamples.Item> items = new ArrayList<>();
        items.add(titled(at(item("PLENARY", "10:00", "11:30"), day1, "10:00", "11:30"), "Форумның ашылуы", "Открытие форума",
                "Opening of the forum", "포럼 개회식").visibility("PUBLIC").speaker(head(0)).speaker(head(1)).speaker(head(2)));
        items.add(titled(at(item("PANEL", "11:45", "13:00"), day1, "11:45", "13:00"), "Өңірлік ынтымақтастық", "Региональное сотрудничество",
                "Regional cooperation", "지역 협력").visibility("PUBLIC").speaker(head(3)).speaker(head(4)).moderator(head(5)));
        items.add(titled(at(item("MEAL", "13:00", "14:30"), day1, "13:00", "14:30"), "Түскі ас", "Обед", "Lunch", "오찬"));
        for (int b = 0; b < 4; b++) {
            items.add(titled(at(item("BILATERAL_MEETING", "14:30", "15:30"), day1, "14:30", "15:30"), "Екіжақты кездесу " + (b + 1),
                    "Двусторонняя встреча " + (b + 1), "Bilateral meeting " + (b + 1), "양자 회담 " + (b + 1))
                    .visibility("DELEGATES").delegation(delegationOf(2 * b)).delegation(delegationOf(2 * b + 1))
                    .speaker(head(2 * b)).speaker(head(2 * b + 1)));
        }
        items.add(titled(at(item("PANEL", "16:00", "17:30"), day1, "16:00", "17:30"), "Инвестициялар және туризм",
                "Инвестиции и туризм", "Investment and tourism", "투자와 관광").visibility("PUBLIC").speaker(head(6)).speaker(head(7)).moderator(head(8)));
        items.add(titled(at(item("CULTURAL", "19:00", "21:00"), day1, "19:00", "21:00"), "Ресми қабылдау", "Официальный приём",
                "Official reception", "공식 리셉션").visibility("PUBLIC").description("ru", "Концерт и ужин в честь участников форума."));
        ForumSamples.Item visit = titled(at(item("SITE_VISIT", "09:30", "11:30"), day2, "09:30", "11:30"), "Кампусқа бару",
                "Посещение кампуса", "Campus visit", "캠퍼스 방문").visibility("DELEGATES");
        for (int d = 0; d < 10; d++) {
            visit.delegation(delegationOf(d));
        }
        items.add(visit);
        items.add(titled(at(item("MEAL", "12:00", "13:30"), day2, "12:00", "13:30"), "Түскі ас", "Обед", "Lunch", "오찬"));
        items.add(titled(at(item("SIGNING_CEREMONY", "14:00", "15:00"), day2, "14:00", "15:00"), "Меморандумға қол қою",
                "Подписание меморандума", "Signing of the memorandum", "양해각서 서명식").visibility("PUBLIC").speaker(head(0)).speaker(head(1)));
        items.add(titled(at(item("PLENARY", "15:30", "16:30"), day2, "15:30", "16:30"), "Форумның жабылуы", "Закрытие форума",
                "Closing of the forum", "포럼 폐회식").visibility("PUBLIC").speaker(head(0)));
        items.add(titled(at(item("BREAK", "08:00", "08:45"), day2, "08:00", "08:45"), "Қызметкерлер брифингі", "Брифинг персонала",
                "Staff briefing", "직원 브리핑").visibility("STAFF"));
        items.forEach(i -> f.tx(() -> f.agenda.add(id, i.details())));
        return f.tx(() -> f.releases.publish(id, 0, null));
    }

    private static ForumSamples.Item at(ForumSamples.Item item, LocalDate day, String from, String to) {
        return item.at(LocalDateTime.of(day, java.time.LocalTime.parse(from)), LocalDateTime.of(day, java.time.LocalTime.parse(to)));
    }

    private static ForumSamples.Item titled(ForumSamples.Item item, String kk, String ru, String en, String ko) {
        return item.title("kk", kk).title("ru", ru).title("en", en).title("ko", ko);
    }

    private long head(int delegation) {
        return delegates.get(delegation * (INVITATIONS / DELEGATIONS)).getId();
    }

    private long delegationOf(int delegation) {
        return delegates.get(delegation * (INVITATIONS / DELEGATIONS)).getDelegation().getId();
    }

    /** One bulk send's timings, in seconds from starting the job, and the CPU time this process used for it. */
    record Send(double composed, double delivered, double cpu, int messages, int distinctIds, long bytes) {
    }

    /** Starts a job for the first {@code count} delegates and waits until the sink has every message. */
    private Send send(int count) throws Exception {
        clean();
        sink.reset();
        Outbox outbox = new Outbox(f.em, f.audit, f.clock, q -> nudge.release());
        InvitationMails mails = new InvitationMails(new InvitationMails.Services(f.events, f.delegations, f.releases,
                new MailTemplates(f.em, f.audit, f.clock), f.links, new OutgoingLetters(f.em, f.audit, f.clock), outbox,
                TestMails.transactions(f.em)), new MailComposer(smtp(), URI.create(BASE), f.clock), "protocol@example.kz",
                Letterhead::of, token -> BASE + "/d/" + token, f.clock, helpers, threads);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EntityManager deliveryEm = db.newEntityManager();
        MailDispatcher dispatcher = new MailDispatcher(deliveryEm, f.clock, smtp(), TestMails.transactions(deliveryEm), "benchmark",
                () -> 0.5);
        // As in the application: the dispatcher runs beside the composing, nudged when messages are queued.
        Thread delivery = new Thread(() -> {
            try {
                while (!stop.get()) {
                    if (dispatcher.dispatchDue() == 0) {
                        nudge.tryAcquire(100, TimeUnit.MILLISECONDS);
                        nudge.drainPermits(); // one round serves every nudge so far
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "benchmark-delivery");

        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        delivery.start();
        MailJob job = f.tx(() -> outbox.startJob("Invitations (benchmark)", event.getId(),
                delegates.subList(0, count).stream().map(Delegate::getId).toList(), release.getNumber()));
        InvitationMails.Run run = mails.compose(job.getId(), "benchmark/compose");
        double composed = seconds(start);
        if (run.composed() != count || !run.finished()) {
            throw new IllegalStateException("composed " + run + " of " + count);
        }
        boolean all = sink.await(count, TimeUnit.MINUTES.toMillis(20));
        double delivered = seconds(start);
        stop.set(true);
        delivery.join();
        deliveryEm.close();
        if (failure.get() != null) {
            throw new IllegalStateException("delivery failed", failure.get());
        }
        if (!all) {
            throw new IllegalStateException("only " + sink.messages() + " of " + count + " messages arrived");
        }
        return new Send(composed, delivered, (cpuNanos() - cpuBefore) / 1e9, sink.messages(), sink.messageIds().size(), sink.bytes());
    }

    /** Raw Jakarta Mail: the stored messages, parsed beforehand, sent over one connection. Seconds. */
    private double raw(List<byte[]> contents) throws Exception {
        // The application's session settings (timeouts, sockets without Nagle's delay), so that the two differ
        // only in what the outbox adds.
        Session session = MailSessions.create(smtp());
        List<MimeMessage> prebuilt = new ArrayList<>();
        for (byte[] content : contents) {
            prebuilt.add(new MimeMessage(session, new ByteArrayInputStream(content)));
        }
        sink.reset();
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", sink.port(), null, null);
            for (MimeMessage m : prebuilt) {
                transport.sendMessage(m, m.getAllRecipients());
            }
        }
        if (!sink.await(contents.size(), TimeUnit.MINUTES.toMillis(5))) {
            throw new IllegalStateException("raw: only " + sink.messages() + " arrived");
        }
        return seconds(start);
    }

    /** The outbox's delivery alone: the composed messages queued again and sent by the dispatcher. Seconds. */
    private double outboxDelivery(int count) throws Exception {
        execute("DELETE FROM outbox_attempt");
        execute("UPDATE outbox_message SET state = 'QUEUED', attempts = 0, claimed_by = NULL, claimed_until = NULL, sent_at = NULL");
        sink.reset();
        EntityManager em = db.newEntityManager();
        try {
            MailDispatcher dispatcher = new MailDispatcher(em, f.clock, smtp(), TestMails.transactions(em), "benchmark", () -> 0.5);
            long start = System.nanoTime();
            while (dispatcher.dispatchDue() > 0) {
                // until nothing is due
            }
            if (!sink.await(count, TimeUnit.MINUTES.toMillis(5))) {
                throw new IllegalStateException("outbox: only " + sink.messages() + " arrived");
            }
            return seconds(start);
        } finally {
            em.close();
        }
    }

    private List<byte[]> contents() throws SQLException {
        List<byte[]> all = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT content FROM outbox_content ORDER BY message_id")) {
            while (rs.next()) {
                all.add(rs.getBytes(1));
            }
        }
        return all;
    }

    /** Leaves the event, its delegates and programme; removes what a send made, so every run starts alike. */
    private void clean() throws SQLException {
        for (String table : List.of("outbox_attempt", "outbox_content", "outbox_message", "mail_job_skip", "mail_job_recipient",
                "mail_job", "outgoing_letter", "outgoing_counter", "delegate_link", "audit_entry")) {
            execute("DELETE FROM " + table);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private MailSettings smtp() {
        return TestMails.smtp(sink.port());
    }

    /** CPU time of all this process's threads (the SMTP sink's included, a small share). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String s(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private void close() throws IOException {
        helpers.shutdownNow();
        sink.close();
        f.close();
        db.close();
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "deployment/benchmarks/RESULTS.md").toAbsolutePath().normalize();
        int runs = Integer.getInteger("forum.benchmark.runs", 3);
        String loadBefore = loadAverage();
        InvitationMailBenchmark b = new InvitationMailBenchmark();
        try {
            List<ReleasedItem> printed = ProgrammeBookletPdf.printable(b.release.getScheduledItems());
            int[] personal = b.delegates.stream().mapToInt(d -> (int) printed.stream()
                    .filter(i -> i.inProgrammeOf(d.getId(), d.getDelegation().getId())).count()).toArray();
            String programme = printed.size() + " printed items over 2 days; personal programmes of "
                    + Arrays.stream(personal).min().orElse(0) + "–" + Arrays.stream(personal).max().orElse(0) + " items";
            System.out.println("Mail benchmark: " + INVITATIONS + " delegates, " + programme + "; " + b.threads
                    + " composing threads; load average " + loadBefore);

            Send warm = b.send(WARM_UP);
            System.out.println("warm-up: " + WARM_UP + " invitations in " + s(warm.delivered()));
            List<Double> delivered = new ArrayList<>();
            List<Double> composed = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<String> loads = new ArrayList<>();
            Send last = null;
            for (int r = 0; r < runs; r++) {
                loads.add(loadAverage());
                last = b.send(INVITATIONS);
                if (last.messages() != INVITATIONS || last.distinctIds() != INVITATIONS) {
                    throw new IllegalStateException("run " + r + ": " + last.messages() + " messages, " + last.distinctIds()
                            + " distinct Message-IDs, expected " + INVITATIONS + " of each");
                }
                composed.add(last.composed());
                delivered.add(last.delivered());
                cpu.add(last.cpu());
                System.out.printf(Locale.ROOT, "run %d: composed in %.1f s, all delivered after %.1f s, %.1f s CPU (%d messages, %d"
                        + " distinct Message-IDs, %.0f MB)%n", r + 1, last.composed(), last.delivered(), last.cpu(), last.messages(),
                        last.distinctIds(), last.bytes() / 1e6);
            }
            List<byte[]> contents = b.contents();
            List<Double> raw = new ArrayList<>();
            List<Double> outbox = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                raw.add(b.raw(contents));
                outbox.add(b.outboxDelivery(contents.size()));
                System.out.printf(Locale.ROOT, "raw Jakarta Mail %.1f s, outbox delivery alone %.1f s%n", raw.get(r), outbox.get(r));
            }
            String loadAfter = loadAverage();

            double medianDelivered = median(delivered);
            double medianRaw = median(raw);
            double medianOutbox = median(outbox);
            long averageKb = last.bytes() / last.messages() / 1024;
            String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
            String database = b.db.isPostgreSql() ? "PostgreSQL" : "H2 in-memory";
            String setting = runs + " runs after a warm-up of " + WARM_UP + "; " + database + "; local SMTP sink in the same JVM"
                    + " (loopback); load average before the runs " + String.join(", ", loads) + ", after " + loadAfter + "; " + machine;
            String date = LocalDate.now().toString();
            String n = String.format(Locale.ROOT, "%,d", INVITATIONS);
            List<String> lines = List.of("", "## " + date + " mail (load driver, InvitationMailBenchmark)", "",
                    "| date | what | median | target | result | notes |", "|---|---|---|---|---|---|",
                    "| " + date + " | " + n + " personalised invitations (letter PDF, personal programme PDF, iCalendar REQUEST; " + programme
                            + "; ≈ " + averageKb + " KB a message) composed on " + b.threads + " threads and delivered: from starting the"
                            + " job until the server accepted the last one | " + s(medianDelivered) + " | ≤ " + s(TARGET_SECONDS) + " | "
                            + (medianDelivered <= TARGET_SECONDS ? "pass" : "FAIL") + " | runs " + join(delivered) + "; composing"
                            + " finished after " + join(composed) + " (delivery runs beside it); CPU time of the process " + join(cpu)
                            + "; every run " + n + " messages with " + n
                            + " distinct Message-IDs; " + setting + " |",
                    "| " + date + " | raw Jakarta Mail: the same " + n + " messages, prebuilt, sent over one connection to the same server"
                            + " | " + s(medianRaw) + " | – | – | runs " + join(raw) + "; " + setting + " |",
                    "| " + date + " | ratio: invitations composed and delivered against raw Jakarta Mail sending them | "
                            + String.format(Locale.ROOT, "%.1f×", medianDelivered / medianRaw) + " | – | – | ratio of the two medians above |",
                    "| " + date + " | outbox delivery alone: the same " + n + " composed messages queued again and sent by the dispatcher"
                            + " (a claim transaction per 20, two per message) | " + s(medianOutbox) + " | – | – | runs " + join(outbox)
                            + "; ratio to raw Jakarta Mail " + String.format(Locale.ROOT, "%.1f×", medianOutbox / medianRaw) + "; "
                            + setting + " |");
            Files.createDirectories(results.getParent());
            Files.write(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            lines.forEach(System.out::println);
            System.out.println("Appended to " + results);
        } finally {
            b.close();
        }
    }

    private static String join(List<Double> values) {
        return String.join(", ", values.stream().map(InvitationMailBenchmark::s).toList());
    }
}
