package org.forumprotocol.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.config.MailSettings;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Delivery from the outbox to a real SMTP server in this JVM (GreenMail), and to a stub server for the
 * failure replies; on H2, and on PostgreSQL with FORUM_TEST_DB_URL.
 */
class MailDispatcherTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String KAZAKH_SUBJECT = "Шақыру: Орталық Азия – Корея ІІ ынтымақтастық форумы, Түркістан (әғқңөұүһі)";
    private static final String KOREAN_SUBJECT = "초대장: 제2차 중앙아시아-한국 협력 포럼, 투르키스탄";
    /** The jitter source: always the middle, so that a retry waits 30 s × 2ⁿ less 12.5 %. */
    private static final double HALF = 0.5;

    private ForumFixture f;
    private Outbox outbox;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
        outbox = new Outbox(f.em, f.audit, f.clock, q -> { });
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private MailDispatcher dispatcher(MailSettings mail, String instance) {
        return new MailDispatcher(f.em, f.clock, mail, TestMails.transactions(f.em), instance, () -> HALF);
    }

    private MailDispatcher toGreenMail() {
        return dispatcher(TestMails.smtp(GREEN_MAIL.getSmtp().getPort()), "instance-a");
    }

    private OutboxMessage enqueue(String recipient, String subject) {
        ComposedMail mail = TestMails.message(recipient, subject, f.clock);
        return f.tx(() -> outbox.enqueue(MailOrigin.of(MessageKind.INVITATION, Language.KK), mail));
    }

    private OutboxMessage stored(OutboxMessage m) {
        return f.fresh(em -> em.find(OutboxMessage.class, m.getId()));
    }

    private List<OutboxAttempt> attempts(OutboxMessage m) {
        return f.fresh(em -> new Outbox(em, f.audit, f.clock, q -> { }).attempts(m.getId()));
    }

    @Test
    void aCommittedMessageIsSentAsComposedWithItsHeadersAndUtf8Subjects() throws Exception {
        OutboxMessage kazakh = enqueue("aibek@example.kg", KAZAKH_SUBJECT);
        OutboxMessage korean = enqueue("jo@example.kr", KOREAN_SUBJECT);
        byte[] composed = f.fresh(em -> new Outbox(em, f.audit, f.clock, q -> { }).content(korean.getId()));
        f.clock.advance(Duration.ofSeconds(3));

        assertThat(toGreenMail().dispatchDue()).isEqualTo(2);

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        Map<String, MimeMessage> byId = new java.util.HashMap<>();
        for (MimeMessage r : received) {
            byId.put(r.getMessageID(), r);
        }
        MimeMessage ko = byId.get(korean.getMessageId());
        assertThat(ko).as("the Korean message arrives with the Message-ID it was queued with").isNotNull();
        assertThat(ko.getSubject()).isEqualTo(KOREAN_SUBJECT);
        assertThat(ko.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(ko.getSentDate()).isEqualTo(java.util.Date.from(ForumFixture.T0));
        assertThat(ko.getAllRecipients()).extracting(Object::toString).containsExactly("jo@example.kr");
        assertThat(ko.getFrom()[0].toString()).contains("protocol@example.kz");
        assertThat(((jakarta.mail.internet.InternetAddress) ko.getFrom()[0]).getPersonal()).isEqualTo("Хаттама бөлімі");
        assertThat(byId.get(kazakh.getMessageId()).getSubject()).isEqualTo(KAZAKH_SUBJECT);
        // The subject travels as RFC 2047 UTF-8 words: the header lines themselves are ASCII.
        assertThat(TestMails.rawHeaders(composed)).containsPattern("Subject: =\\?UTF-8\\?[BQ]\\?")
                .doesNotContain("초대장").matches("\\p{ASCII}*");
        assertThat(new String(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(ko).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.ISO_8859_1)).contains(korean.getMessageId());

        OutboxMessage sent = stored(korean);
        assertThat(sent.getState()).isEqualTo(MailState.SENT);
        assertThat(sent.getSentAt()).isEqualTo(ForumFixture.T0.plusSeconds(3));
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getClaimedBy()).isNull();
        assertThat(sent.getLastError()).isNull();
        assertThat(attempts(korean)).singleElement().satisfies(a -> {
            assertThat(a.getOutcome()).isEqualTo(AttemptOutcome.SENT);
            assertThat(a.getInstance()).isEqualTo("instance-a");
            assertThat(a.getReply()).startsWith("250");
        });
        // Nothing is due any more: a second round sends nothing twice.
        assertThat(toGreenMail().dispatchDue()).isZero();
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aMessageOfARolledBackTransactionIsNeverSent() {
        ComposedMail mail = TestMails.message("jo@example.kr", KOREAN_SUBJECT, f.clock);
        try {
            f.tx(() -> {
                outbox.enqueue(MailOrigin.of(MessageKind.INVITATION, Language.KO), mail);
                throw new IllegalStateException("the invitation could not be recorded");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction rolled back, and the message with it
        }

        assertThat(toGreenMail().dispatchDue()).isZero();
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
        assertThat(f.count("outbox_message")).isZero();
    }

    @Test
    void withoutAnSmtpServerMessagesWaitAndGoOnceOneIsConfigured() {
        OutboxMessage m = enqueue("jo@example.kr", KOREAN_SUBJECT);
        MailDispatcher unconfigured = dispatcher(TestMails.noSmtp(), "instance-a");

        assertThat(unconfigured.configured()).isFalse();
        assertThat(unconfigured.dispatchDue()).isZero();
        f.clock.advance(Duration.ofDays(2));
        assertThat(unconfigured.dispatchDue()).isZero();
        assertThat(stored(m).getState()).isEqualTo(MailState.QUEUED);
        assertThat(stored(m).getAttempts()).isZero();

        // The application restarted with FORUM_SMTP_HOST set.
        assertThat(toGreenMail().dispatchDue()).isEqualTo(1);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        assertThat(stored(m).getState()).isEqualTo(MailState.SENT);
    }

    @Test
    void aRejectedRecipientFailsAtOnceWithTheServersReplyAndTheOthersAreSent() throws IOException {
        try (SmtpStub stub = new SmtpStub()) {
            stub.reply("nobody@example.kz", "550 5.1.1 <nobody@example.kz>: Recipient address rejected: unknown mailbox");
            OutboxMessage first = enqueue("aibek@example.kg", KAZAKH_SUBJECT);
            OutboxMessage rejected = enqueue("nobody@example.kz", KAZAKH_SUBJECT);
            OutboxMessage last = enqueue("jo@example.kr", KOREAN_SUBJECT);

            assertThat(dispatcher(TestMails.smtp(stub.port()), "instance-a").dispatchDue()).isEqualTo(3);

            assertThat(stub.accepted()).containsExactlyInAnyOrder("aibek@example.kg", "jo@example.kr");
            OutboxMessage failed = stored(rejected);
            assertThat(failed.getState()).isEqualTo(MailState.FAILED);
            assertThat(failed.getAttempts()).isEqualTo(1);
            assertThat(failed.getLastError()).startsWith("550 5.1.1").contains("unknown mailbox");
            assertThat(attempts(rejected)).singleElement().satisfies(a -> {
                assertThat(a.getOutcome()).isEqualTo(AttemptOutcome.FAILED);
                assertThat(a.getReply()).isEqualTo(failed.getLastError());
            });
            assertThat(stored(first).getState()).isEqualTo(MailState.SENT);
            assertThat(stored(last).getState()).isEqualTo(MailState.SENT);
            assertThat(attempts(last)).singleElement().extracting(OutboxAttempt::getReply).asString().startsWith("250 2.0.0 queued");

            // A permanent failure is not retried, however long one waits.
            f.clock.advance(Duration.ofDays(1));
            assertThat(dispatcher(TestMails.smtp(stub.port()), "instance-a").dispatchDue()).isZero();
        }
    }

    @Test
    void aTemporaryRefusalIsRetriedThirtySecondsDoublingToTwoHoursThenGivenUpAfterTenAttempts() throws IOException {
        try (SmtpStub stub = new SmtpStub()) {
            stub.replyToAll("451 4.3.0 <jo@example.kr>: Temporary lookup failure, try again later");
            OutboxMessage m = enqueue("jo@example.kr", KOREAN_SUBJECT);
            MailDispatcher dispatcher = dispatcher(TestMails.smtp(stub.port()), "instance-a");
            List<Duration> waits = new ArrayList<>();

            for (int attempt = 1; attempt <= MailDispatcher.MAX_ATTEMPTS; attempt++) {
                assertThat(dispatcher.dispatchDue()).as("attempt %d", attempt).isEqualTo(1);
                OutboxMessage after = stored(m);
                assertThat(after.getAttempts()).isEqualTo(attempt);
                if (attempt < MailDispatcher.MAX_ATTEMPTS) {
                    assertThat(after.getState()).isEqualTo(MailState.RETRYING);
                    assertThat(after.getLastError()).startsWith("451 4.3.0");
                    Duration wait = Duration.between(f.clock.instant(), after.getNextAttemptAt());
                    waits.add(wait);
                    // Not a moment before it is due.
                    f.clock.advance(wait.minusSeconds(1));
                    assertThat(dispatcher.dispatchDue()).isZero();
                    f.clock.advance(Duration.ofSeconds(1));
                }
            }

            // 30 s, 60 s, … doubling, at most 2 h; each less the jitter (here 12.5 %).
            assertThat(waits).extracting(Duration::toMillis).containsExactly(
                    26_250L, 52_500L, 105_000L, 210_000L, 420_000L, 840_000L, 1_680_000L, 3_360_000L, 6_300_000L);
            OutboxMessage failed = stored(m);
            assertThat(failed.getState()).isEqualTo(MailState.FAILED);
            assertThat(failed.getLastError()).startsWith("451 4.3.0").endsWith("(gave up after 10 attempts)");
            assertThat(attempts(m)).extracting(OutboxAttempt::getOutcome)
                    .containsExactly(AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.RETRY,
                            AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.RETRY,
                            AttemptOutcome.RETRY, AttemptOutcome.FAILED);
            assertThat(stub.accepted()).isEmpty();
        }
    }

    @Test
    void retryDelaysDoubleFromThirtySecondsToTwoHoursLessAtMostAQuarter() {
        assertThat(MailDispatcher.retryDelay(1, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailDispatcher.retryDelay(2, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(MailDispatcher.retryDelay(8, 0)).isEqualTo(Duration.ofSeconds(30 * 128));
        assertThat(MailDispatcher.retryDelay(9, 0)).isEqualTo(Duration.ofHours(2));
        assertThat(MailDispatcher.retryDelay(50, 0)).isEqualTo(Duration.ofHours(2));
        assertThat(MailDispatcher.retryDelay(1, 0.999_999)).isGreaterThan(Duration.ofMillis(22_499)).isLessThan(Duration.ofSeconds(30));
        assertThat(MailDispatcher.retryDelay(50, 0.999_999)).isGreaterThan(Duration.ofMinutes(90));
    }

    @Test
    void whileTheServerIsDownMessagesWaitAndEachArrivesExactlyOnceWhenItIsBack() throws Exception {
        int port = freePort();
        OutboxMessage kazakh = enqueue("aibek@example.kg", KAZAKH_SUBJECT);
        OutboxMessage korean = enqueue("jo@example.kr", KOREAN_SUBJECT);
        MailDispatcher dispatcher = dispatcher(TestMails.smtp(port), "instance-a");

        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        for (OutboxMessage m : List.of(kazakh, korean)) {
            OutboxMessage waiting = stored(m);
            assertThat(waiting.getState()).isEqualTo(MailState.RETRYING);
            assertThat(waiting.getLastError()).containsIgnoringCase("connect").contains("Connection refused");
            assertThat(waiting.getNextAttemptAt()).isEqualTo(ForumFixture.T0.plusMillis(26_250));
        }

        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            assertThat(dispatcher.dispatchDue()).as("not due yet").isZero();
            f.clock.advance(Duration.ofSeconds(30));
            assertThat(dispatcher.dispatchDue()).isEqualTo(2);
            f.clock.advance(Duration.ofHours(3));
            assertThat(dispatcher.dispatchDue()).isZero();

            assertThat(server.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                    .containsExactlyInAnyOrder(kazakh.getMessageId(), korean.getMessageId());
            assertThat(stored(kazakh).getState()).isEqualTo(MailState.SENT);
            assertThat(attempts(korean)).extracting(OutboxAttempt::getOutcome).containsExactly(AttemptOutcome.RETRY, AttemptOutcome.SENT);
        } finally {
            server.stop();
        }
    }

    @Test
    void aClaimWhoseInstanceDiedIsTakenOverWhenItsLeaseRunsOut() {
        OutboxMessage m = enqueue("jo@example.kr", KOREAN_SUBJECT);
        // An instance claimed the message and died before it could send it.
        f.tx(() -> f.em.createNativeQuery("UPDATE outbox_message SET state = 'SENDING', claimed_by = 'dead-instance',"
                + " claimed_until = ?1, version = version + 1 WHERE id = ?2")
                .setParameter(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(ForumFixture.T0.plus(MailDispatcher.LEASE),
                        java.time.ZoneOffset.UTC)))
                .setParameter(2, m.getId()).executeUpdate());
        MailDispatcher survivor = dispatcher(TestMails.smtp(GREEN_MAIL.getSmtp().getPort()), "instance-b");

        f.clock.advance(MailDispatcher.LEASE.minusSeconds(1));
        assertThat(survivor.dispatchDue()).as("the lease still holds").isZero();
        assertThat(stored(m).getClaimedBy()).isEqualTo("dead-instance");

        f.clock.advance(Duration.ofSeconds(2));
        assertThat(survivor.dispatchDue()).isEqualTo(1);

        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        assertThat(stored(m).getState()).isEqualTo(MailState.SENT);
        assertThat(attempts(m)).singleElement().extracting(OutboxAttempt::getInstance).isEqualTo("instance-b");
    }

    @Test
    void aBulkSendStoppedInTheMiddleIsFinishedByTheNextInstanceWithNothingSentTwice() throws Exception {
        int count = 25;
        List<ComposedMail> mails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mails.add(TestMails.message("delegate" + i + "@example.kz", KOREAN_SUBJECT + " " + i, f.clock));
        }
        f.tx(() -> mails.forEach(mail -> outbox.enqueue(MailOrigin.of(MessageKind.INVITATION, Language.KO), mail)));
        MailSettings smtp = TestMails.smtp(GREEN_MAIL.getSmtp().getPort());
        // This instance is stopped after its claim and three messages: its database work fails from then on.
        NewTransaction untilStopped = new NewTransaction() {
            private int transactions;

            @Override
            public <T> T run(java.util.function.Supplier<T> work) {
                if (++transactions > 1 + 3 * 2) {
                    throw new IllegalStateException("the instance is stopping");
                }
                return TestDatabase.inTransaction(f.em, work);
            }
        };
        MailDispatcher stopped = new MailDispatcher(f.em, f.clock, smtp, untilStopped, "instance-a", () -> HALF);

        assertThat(stopped.dispatchDue()).isEqualTo(MailDispatcher.BATCH);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(3);

        // The next instance sends what nobody had claimed at once, and the stopped one's claims once they expire.
        MailDispatcher next = dispatcher(smtp, "instance-b");
        while (next.dispatchDue() > 0) {
            // until nothing is due
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(count - MailDispatcher.BATCH + 3);
        f.clock.advance(MailDispatcher.LEASE.plusSeconds(1));
        while (next.dispatchDue() > 0) {
            // until nothing is due
        }

        Set<String> ids = new HashSet<>();
        for (MimeMessage r : GREEN_MAIL.getReceivedMessages()) {
            ids.add(r.getMessageID());
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(count);
        assertThat(ids).isEqualTo(mails.stream().map(ComposedMail::messageId).collect(Collectors.toSet()));
        assertThat(f.rowsByColumn("outbox_message")).allSatisfy(row -> assertThat(row.get("state")).isEqualTo("SENT"));
    }

    @Test
    void aStoppingInstanceFinishesItsMessageAndHandsTheOtherClaimedOnesBackAtOnce() {
        int count = 5;
        List<ComposedMail> mails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mails.add(TestMails.message("delegate" + i + "@example.kz", KOREAN_SUBJECT + " " + i, f.clock));
        }
        f.tx(() -> mails.forEach(mail -> outbox.enqueue(MailOrigin.of(MessageKind.INVITATION, Language.KO), mail)));
        OutboxMessage retried = f.fresh(em -> em.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
                .setMaxResults(1).getSingleResult());
        f.tx(() -> {
            OutboxMessage m = f.em.find(OutboxMessage.class, retried.getId());
            m.startAttempt(f.clock.instant());
            m.retryAt(f.clock.instant(), "451 4.3.0 try later");
        });
        MailSettings smtp = TestMails.smtp(GREEN_MAIL.getSmtp().getPort());
        // The application is asked to stop while the first message is being sent: after its outcome is stored.
        java.util.concurrent.atomic.AtomicReference<MailDispatcher> stopping = new java.util.concurrent.atomic.AtomicReference<>();
        NewTransaction stopAfterFirst = new NewTransaction() {
            private int transactions;

            @Override
            public <T> T run(java.util.function.Supplier<T> work) {
                T result = TestDatabase.inTransaction(f.em, work);
                if (++transactions == 3) { // the claim, the first message's start and its outcome
                    stopping.get().stop();
                }
                return result;
            }
        };
        MailDispatcher a = new MailDispatcher(f.em, f.clock, smtp, stopAfterFirst, "instance-a", () -> HALF);
        stopping.set(a);

        assertThat(a.dispatchDue()).isEqualTo(count);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        assertThat(a.dispatchDue()).as("a stopped dispatcher claims nothing").isZero();
        assertThat(f.rowsByColumn("outbox_message")).extracting(r -> r.get("state"))
                .containsExactlyInAnyOrder("SENT", "QUEUED", "QUEUED", "QUEUED", "RETRYING");
        assertThat(f.rowsByColumn("outbox_message")).allSatisfy(r -> assertThat(r.get("claimed_by")).isNull());

        // The next instance sends the rest at once, without waiting for a lease to run out.
        MailDispatcher b = dispatcher(smtp, "instance-b");
        while (b.dispatchDue() > 0) {
            // until nothing is due
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(count);
        assertThat(Arrays.stream(GREEN_MAIL.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet())).isEqualTo(mails.stream().map(ComposedMail::messageId).collect(Collectors.toSet()));
        assertThat(attempts(retried)).extracting(OutboxAttempt::getInstance).containsExactly("instance-b");
    }

    @Test
    void aCancelledMessageIsNotSent() {
        OutboxMessage m = enqueue("jo@example.kr", KOREAN_SUBJECT);
        f.tx(() -> outbox.cancel(m.getId()));

        assertThat(toGreenMail().dispatchDue()).isZero();

        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
        assertThat(stored(m).getState()).isEqualTo(MailState.CANCELLED);
    }

    @Test
    void twoDispatchersOnOneDatabaseDeliverEveryMessageExactlyOnce() throws Exception {
        int count = 500;
        List<ComposedMail> mails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mails.add(TestMails.message("delegate" + i + "@example.kz", KAZAKH_SUBJECT + " №" + i, f.clock));
        }
        f.tx(() -> mails.forEach(mail -> outbox.enqueue(MailOrigin.of(MessageKind.INVITATION, Language.KK), mail)));
        MailSettings smtp = TestMails.smtp(GREEN_MAIL.getSmtp().getPort());
        // Two instances: each with an entity manager factory (and so connections and sequence blocks) of its own.
        EntityManagerFactory second = TestDatabase.createEntityManagerFactory(DB.dataSource());
        EntityManager emA = DB.newEntityManager();
        EntityManager emB = second.createEntityManager();
        // Connected before the race starts: a factory logs in to the database on first use, which takes long
        // enough for the other instance to send everything alone.
        for (EntityManager em : List.of(emA, emB)) {
            em.createNativeQuery("SELECT COUNT(*) FROM outbox_message").getSingleResult();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            MailDispatcher a = new MailDispatcher(emA, f.clock, smtp, TestMails.transactions(emA), "instance-a", () -> HALF);
            MailDispatcher b = new MailDispatcher(emB, f.clock, smtp, TestMails.transactions(emB), "instance-b", () -> HALF);
            CyclicBarrier start = new CyclicBarrier(2);
            Function<MailDispatcher, Callable<Integer>> drain = d -> () -> {
                start.await();
                int claimed = 0;
                // An empty claim while the other instance holds locks does not mean that nothing is left.
                for (int n; (n = d.dispatchDue()) > 0 || unsent() > 0; ) {
                    claimed += n;
                }
                return claimed;
            };
            Future<Integer> byA = pool.submit(drain.apply(a));
            Future<Integer> byB = pool.submit(drain.apply(b));

            int claimedByA = byA.get(5, TimeUnit.MINUTES);
            int claimedByB = byB.get(5, TimeUnit.MINUTES);
            assertThat(claimedByA + claimedByB).isEqualTo(count);
            if (DB.isPostgreSql()) {
                // Both worked at once: SKIP LOCKED lets each pass the rows the other has claimed. (H2, which serves
                // one instance only, sorts and cuts the batch before it skips locked rows, so one may find none.)
                assertThat(claimedByA).isPositive();
                assertThat(claimedByB).isPositive();
            }
        } finally {
            pool.shutdownNow();
            emA.close();
            emB.close();
            second.close();
        }

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage r : received) {
            ids.add(r.getMessageID());
        }
        assertThat(received).hasSize(count);
        assertThat(ids).hasSize(count).isEqualTo(mails.stream().map(ComposedMail::messageId).collect(Collectors.toSet()));
        assertThat(f.count("outbox_attempt")).isEqualTo(count);
        assertThat(f.rowsByColumn("outbox_message")).allSatisfy(row -> {
            assertThat(row.get("state")).isEqualTo("SENT");
            assertThat(row.get("attempts")).isEqualTo("1");
        });
    }

    /** Messages not yet through: queued, or claimed and being sent. */
    private long unsent() {
        try (java.sql.Connection c = DB.dataSource().getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM outbox_message WHERE state IN ('QUEUED', 'SENDING')")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
