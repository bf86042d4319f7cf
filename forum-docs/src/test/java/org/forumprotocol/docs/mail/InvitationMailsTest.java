package org.forumprotocol.docs.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forumprotocol.core.ForumSamples.item;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.document.OutgoingLetters;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.JobProgress;
import org.forumprotocol.core.mail.MailDispatcher;
import org.forumprotocol.core.mail.MailJob;
import org.forumprotocol.core.mail.MailQueued;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.core.mail.TestMails;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.DocumentSamples.Forum;
import org.forumprotocol.docs.invitation.InvitationPdf;
import org.forumprotocol.docs.invitation.Letterhead;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.forumprotocol.docs.programme.ProgrammeBookletPdf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations of a mail job composed into the outbox and delivered to a real SMTP server in this JVM (GreenMail),
 * then read back as a delegate's mail program would: language, text and HTML, the letter and the personal
 * programme as PDFs, the calendar REQUEST; and a job whose composing was stopped half-way, carried on by another
 * instance with nothing composed or sent twice. On H2, and on PostgreSQL with FORUM_TEST_DB_URL.
 */
class InvitationMailsTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String BASE = "https://forum.example.kz";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(BASE) + "/d/([A-Za-z0-9_-]{43})");

    private ForumFixture f;
    private ExecutorService helpers;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
        helpers = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        helpers.shutdownNow();
        f.close();
    }

    /** What one application instance has: its services, its composer of invitations and its dispatcher. */
    private final class Instance {
        final ForumFixture fixture;
        final Outbox outbox;
        final InvitationMails invitations;
        final MailDispatcher dispatcher;

        Instance(ForumFixture fixture, String name, Consumer<MailQueued> queued) {
            this.fixture = fixture;
            this.outbox = new Outbox(fixture.em, fixture.audit, fixture.clock, queued);
            this.invitations = new InvitationMails(new InvitationMails.Services(fixture.events, fixture.delegations,
                    fixture.releases, new MailTemplates(fixture.em, fixture.audit, fixture.clock), fixture.links,
                    new OutgoingLetters(fixture.em, fixture.audit, fixture.clock), outbox, TestMails.transactions(fixture.em)),
                    new MailComposer(TestMails.smtp(GREEN_MAIL.getSmtp().getPort()), URI.create(BASE), fixture.clock),
                    "protocol@example.kz", Letterhead::of, token -> BASE + "/d/" + token, fixture.clock, helpers, 2);
            this.dispatcher = new MailDispatcher(fixture.em, fixture.clock, TestMails.smtp(GREEN_MAIL.getSmtp().getPort()),
                    TestMails.transactions(fixture.em), name, () -> 0.5);
        }

        MailJob start(Event event, List<Delegate> delegates, Integer release) {
            return fixture.tx(() -> outbox.startJob("Invitations", event.getId(), delegates.stream().map(Delegate::getId).toList(), release));
        }

        void deliverAll() {
            while (dispatcher.dispatchDue() > 0) {
                // until nothing is due
            }
        }
    }

    private Instance instance(String name) {
        return new Instance(f, name, q -> { });
    }

    @Test
    void anInvitationArrivesInTheDelegatesLanguageWithLetterPersonalProgrammeAndCalendarRequest() throws Exception {
        Forum forum = DocumentSamples.turkestan(f);
        long eventId = forum.event().getId();
        f.tx(() -> f.agenda.add(eventId, item("PLENARY", "10:00", "11:30").title("kk", "Форумның ашылуы")
                .title("ru", "Открытие форума").title("ko", "포럼 개회식").details()));
        f.tx(() -> f.agenda.add(eventId, item("BILATERAL_MEETING", "12:00", "12:45").title("kk", "Екіжақты кездесу")
                .title("ko", "양자 회담").speaker(forum.ambassador().getId()).visibility("DELEGATES").details()));
        f.tx(() -> f.agenda.add(eventId, item("BREAK", "08:00", "09:00").title("kk", "Қызметкерлер брифингі")
                .title("ko", "직원 브리핑").visibility("STAFF").details()));
        AgendaRelease release = f.tx(() -> f.releases.publish(eventId, 0, null));
        Delegate silent = f.tx(() -> f.delegations.addDelegate(forum.ambassador().getDelegation().getId(),
                org.forumprotocol.core.ForumSamples.person().name("ko", "이", "수진").language("ko").details()));
        Instance a = instance("instance-a");
        MailJob job = a.start(forum.event(), List.of(forum.ambassador(), forum.akim(), silent), release.getNumber());

        InvitationMails.Run run = a.invitations.compose(job.getId(), "instance-a/compose-1");
        a.deliverAll();

        assertThat(run).isEqualTo(new InvitationMails.Run(2, 1, true));
        JobProgress progress = a.outbox.progress(job.getId());
        assertThat(progress.composed()).isEqualTo(2);
        assertThat(progress.sent()).isEqualTo(2);
        assertThat(progress.releaseNumber()).isEqualTo(1);
        assertThat(progress.skipped()).singleElement().satisfies(s -> {
            assertThat(s.delegateId()).isEqualTo(silent.getId());
            assertThat(s.reason()).isEqualTo("no e-mail address");
        });
        assertThat(progress.done()).isTrue();

        Map<String, MimeMessage> received = byRecipient(GREEN_MAIL.getReceivedMessages());
        assertThat(received).containsOnlyKeys("jo.taeik@mofa.go.kr", "akim@example.kz");

        MimeMessage jo = received.get("jo.taeik@mofa.go.kr");
        assertThat(jo.getHeader("Content-Language", null)).isEqualTo("ko");
        assertThat(jo.getSubject()).startsWith("초청장: 제2차 중앙아시아-한국 협력 포럼");
        assertThat(jo.getContentType()).startsWith("multipart/mixed");
        List<BodyPart> parts = leaves((Multipart) jo.getContent());
        String text = (String) only(parts, "text/plain").getContent();
        assertThat(text).contains("조태익 귀하", "개인 일정표");
        assertThat((String) only(parts, "text/html").getContent()).contains("<html", "조태익");

        // Both PDFs, named in Korean as RFC 2231 UTF-8 parameters, with the text a reader sees.
        List<BodyPart> pdfs = parts.stream().filter(p -> is(p, "application/pdf")).toList();
        assertThat(pdfs).hasSize(2);
        String reference = "1/2025";
        assertThat(pdfs.get(0).getFileName()).isEqualTo(InvitationPdf.fileName(forum.ambassador(),
                new org.forumprotocol.core.document.OutgoingReference("x", 2025, 1, null)));
        assertThat(pdfs.get(1).getFileName()).isEqualTo(ProgrammeBookletPdf.fileName(forum.event(), Language.KO, forum.ambassador()));
        assertThat(GreenMailUtil.getWholeMessage(jo)).containsPattern("filename\\*(0\\*)?=UTF-8''")
                .doesNotContain("filename=\"=?");
        String letter = PdfChecks.words(bytes(pdfs.get(0)));
        assertThat(letter).contains("초청장", "조태익", "주카자흐스탄 대한민국 특명전권대사", "문서번호 " + reference);
        String programme = PdfChecks.words(bytes(pdfs.get(1)));
        assertThat(programme).contains("개인 일정: 조태익", "제1판", "포럼 개회식", "양자 회담").doesNotContain("직원 브리핑");

        // The calendar REQUEST of the event, with the office as organiser and the delegate as attendee.
        BodyPart calendar = only(parts, "text/calendar");
        assertThat(calendar.getContentType()).containsIgnoringCase("method=REQUEST");
        String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics).contains("METHOD:REQUEST", "UID:event-" + eventId + "@forum-protocol", "SEQUENCE:0")
                .containsPattern("ORGANIZER[^\\r\\n]*:mailto:protocol@example\\.kz")
                .containsPattern("ATTENDEE[^\\r\\n]*:mailto:jo\\.taeik@mofa\\.go\\.kr");

        // The link is the delegate's own, freshly issued.
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).isTrue();
        assertThat(f.links.open(link.group(1)).getId()).isEqualTo(forum.ambassador().getId());

        // The akim's programme is his own, in Kazakh: the bilateral meeting of the Korean delegation is not in it.
        MimeMessage akim = received.get("akim@example.kz");
        assertThat(akim.getHeader("Content-Language", null)).isEqualTo("kk");
        List<BodyPart> akimPdfs = leaves((Multipart) akim.getContent()).stream().filter(p -> is(p, "application/pdf")).toList();
        assertThat(akimPdfs).hasSize(2);
        assertThat(PdfChecks.words(bytes(akimPdfs.get(1)))).contains("Жеке бағдарлама", "Форумның ашылуы")
                .doesNotContain("Екіжақты кездесу");
        assertThat(PdfChecks.words(bytes(akimPdfs.get(0)))).contains("Шығыс № 2/2025");
    }

    @Test
    void withoutAPublishedAgendaTheInvitationCarriesTheLetterAndTheJobSaysThereIsNoProgramme() throws Exception {
        Forum forum = DocumentSamples.turkestan(f);
        Instance a = instance("instance-a");
        MailJob job = a.start(forum.event(), List.of(forum.canadian()), null);

        assertThat(a.invitations.compose(job.getId(), "run-1")).isEqualTo(new InvitationMails.Run(1, 0, true));
        a.deliverAll();

        assertThat(a.outbox.progress(job.getId()).releaseNumber()).isNull();
        MimeMessage wilson = byRecipient(GREEN_MAIL.getReceivedMessages()).get("wilson@example.ca");
        List<BodyPart> parts = leaves((Multipart) wilson.getContent());
        assertThat(parts.stream().filter(p -> is(p, "application/pdf"))).singleElement()
                .satisfies(p -> assertThat(PdfChecks.words(bytes(p))).contains("Wilson"));
        assertThat(only(parts, "text/calendar").getContentType()).containsIgnoringCase("method=REQUEST");
        // A finished job is not composed again.
        assertThat(a.invitations.compose(job.getId(), "run-2")).isEqualTo(new InvitationMails.Run(0, 0, false));
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
    }

    /** The instance's process ending: nothing after it runs, and its open transaction is rolled back. */
    private static final class InstanceStopped extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aJobStoppedInTheMiddleOfComposingIsCarriedOnByTheNextInstanceWithNothingComposedOrSentTwice() throws Exception {
        Event event = DocumentSamples.large(f, 3, 15);
        long eventId = event.getId();
        f.tx(() -> f.agenda.add(eventId, item("PLENARY", "10:00", "11:30").title("kk", "Форумның ашылуы").title("ru", "Открытие форума")
                .title("en", "Opening of the forum").title("ko", "포럼 개회식").details()));
        AgendaRelease release = f.tx(() -> f.releases.publish(eventId, 0, null));
        List<Delegate> delegates = f.delegations.delegatesOf(eventId);
        assertThat(delegates).hasSize(45);

        // Instance A is stopped while its second batch is being stored: 5 messages into the transaction.
        AtomicInteger queuedByA = new AtomicInteger();
        Instance a = new Instance(f, "instance-a", q -> {
            if (queuedByA.incrementAndGet() == InvitationMails.BATCH + 5) {
                throw new InstanceStopped();
            }
        });
        MailJob job = a.start(event, delegates, release.getNumber());
        String id = job.getId();
        assertThatThrownBy(() -> a.invitations.compose(id, "instance-a/compose-1")).isInstanceOf(InstanceStopped.class);
        assertThat(f.count("outbox_message")).as("the first batch committed, the second rolled back").isEqualTo(InvitationMails.BATCH);
        Delegate removed = delegates.get(44);
        f.tx(() -> f.delegations.removeDelegate(removed.getId()));

        // Instance B: a process of its own (entity manager factory, services, clock) on the same database.
        EntityManagerFactory factoryB = TestDatabase.createEntityManagerFactory(DB.dataSource());
        try (ForumFixture fb = new ForumFixture(DB, factoryB)) {
            Instance b = new Instance(fb, "instance-b", q -> { });
            assertThat(b.invitations.compose(id, "instance-b/compose-1")).as("A's claim has not run out yet")
                    .isEqualTo(new InvitationMails.Run(0, 0, false));
            assertThat(b.outbox.unfinishedJobs()).isEmpty();

            fb.clock.advance(Outbox.JOB_LEASE.plusSeconds(1));
            assertThat(b.outbox.unfinishedJobs()).containsExactly(id);
            InvitationMails.Run resumed = b.invitations.compose(b.outbox.unfinishedJobs().get(0), "instance-b/compose-2");
            assertThat(resumed).isEqualTo(new InvitationMails.Run(45 - InvitationMails.BATCH - 1, 1, true));
            b.deliverAll();

            JobProgress progress = b.outbox.progress(id);
            assertThat(progress.composed()).isEqualTo(44);
            assertThat(progress.sent()).isEqualTo(44);
            assertThat(progress.skipped()).singleElement().satisfies(s -> {
                assertThat(s.delegateId()).isEqualTo(removed.getId());
                assertThat(s.reason()).startsWith("no longer registered");
            });
            assertThat(progress.done()).isTrue();
            assertThat(b.outbox.unfinishedJobs()).isEmpty();
        } finally {
            factoryB.close();
        }

        // Every delegate got exactly one message, each with a Message-ID of its own, as stored.
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(44);
        Set<String> messageIds = new HashSet<>();
        Set<String> recipients = new HashSet<>();
        for (MimeMessage m : received) {
            messageIds.add(m.getMessageID());
            recipients.add(address(m));
        }
        assertThat(messageIds).hasSize(44).isEqualTo(new HashSet<>(f.fresh(em -> em.createQuery(
                "select m.messageId from OutboxMessage m where m.jobId = :job", String.class).setParameter("job", id).getResultList())));
        assertThat(recipients).hasSize(44);
        // The letters of the interrupted batch kept the numbers issued for them: 1 to 44, none lost or given twice.
        assertThat(f.rowsByColumn("outgoing_letter")).extracting(r -> Integer.parseInt(r.get("seq_number")))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 44).boxed().toList());
        // And the link in each message is the one that opens the delegate's page now.
        Map<Long, String> emailOf = new HashMap<>();
        delegates.forEach(d -> emailOf.put(d.getId(), d.getEmail()));
        for (MimeMessage m : received) {
            String text = (String) only(leaves((Multipart) m.getContent()), "text/plain").getContent();
            Matcher link = LINK.matcher(text);
            assertThat(link.find()).isTrue();
            assertThat(emailOf.get(f.links.open(link.group(1)).getId())).isEqualTo(address(m));
        }
    }

    @Test
    void aStoppingApplicationHandsItsJobBackAfterTheBatchAndTheNextRunCarriesItOnAtOnce() throws Exception {
        Event event = DocumentSamples.large(f, 1, InvitationMails.BATCH + 5);
        List<Delegate> delegates = f.delegations.delegatesOf(event.getId());
        Instance a = instance("instance-a");
        MailJob job = a.start(event, delegates, null);
        AtomicInteger asked = new AtomicInteger();

        // Asked before every batch: the second time, the application is stopping.
        InvitationMails.Run stopped = a.invitations.compose(job.getId(), "instance-a/compose-1", () -> asked.incrementAndGet() > 1);

        assertThat(stopped).isEqualTo(new InvitationMails.Run(InvitationMails.BATCH, 0, false));
        assertThat(a.outbox.unfinishedJobs()).as("handed back: no need to wait for the claim to run out").containsExactly(job.getId());
        try (ForumFixture fb = new ForumFixture(DB)) {
            Instance b = new Instance(fb, "instance-b", q -> { });
            assertThat(b.invitations.compose(job.getId(), "instance-b/compose-1")).isEqualTo(new InvitationMails.Run(5, 0, true));
            b.deliverAll();
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(InvitationMails.BATCH + 5);
        assertThat(Arrays.stream(GREEN_MAIL.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(InvitationMails.BATCH + 5);
    }

    private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws MessagingException {
        Map<String, MimeMessage> map = new HashMap<>();
        for (MimeMessage m : messages) {
            assertThat(map.put(address(m), m)).as("one message per recipient").isNull();
        }
        return map;
    }

    /** The one recipient's plain address. */
    private static String address(MimeMessage m) throws MessagingException {
        return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
    }

    /** Every leaf part of a message, depth first. */
    private static List<BodyPart> leaves(Multipart multipart) throws MessagingException, IOException {
        List<BodyPart> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("multipart/*")) {
                parts.addAll(leaves((Multipart) part.getContent()));
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    private static BodyPart only(List<BodyPart> parts, String type) {
        List<BodyPart> of = parts.stream().filter(p -> is(p, type)).toList();
        assertThat(of).as(type).hasSize(1);
        return of.get(0);
    }

    private static boolean is(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Part part) {
        try {
            return part.getInputStream().readAllBytes();
        } catch (IOException | MessagingException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
