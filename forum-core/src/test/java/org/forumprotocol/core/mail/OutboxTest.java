package org.forumprotocol.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox as officers and other services use it: queueing, listing, resending, cancelling, jobs. */
class OutboxTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private Outbox outbox;
    private final List<MailQueued> queued = new ArrayList<>();

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
        outbox = new Outbox(f.em, f.audit, f.clock, queued::add);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private OutboxMessage enqueue(MailOrigin origin, String recipient, String subject) {
        ComposedMail mail = TestMails.message(recipient, subject, f.clock);
        return f.tx(() -> outbox.enqueue(origin, mail));
    }

    private static MailOrigin invitation(Language language) {
        return MailOrigin.of(MessageKind.INVITATION, language);
    }

    @Test
    void aQueuedMessageKeepsItsBytesAndFactsAndIsAudited() {
        ComposedMail mail = TestMails.message("Jo@Example.kr", "제2차 중앙아시아-한국 협력 포럼 초대장", f.clock);

        OutboxMessage m = f.tx(() -> outbox.enqueue(invitation(Language.KO).forEvent(7L).forDelegate(42L), mail));

        OutboxMessage message = f.fresh(em -> em.find(OutboxMessage.class, m.getId()));
        assertThat(message.getState()).isEqualTo(MailState.QUEUED);
        assertThat(message.getRecipient()).isEqualTo("Jo@Example.kr");
        assertThat(message.getSubject()).isEqualTo("제2차 중앙아시아-한국 협력 포럼 초대장");
        assertThat(message.getMessageId()).isEqualTo(mail.messageId());
        assertThat(message.getLanguage()).isEqualTo(Language.KO);
        assertThat(message.getKind()).isEqualTo(MessageKind.INVITATION);
        assertThat(message.getEventId()).isEqualTo(7L);
        assertThat(message.getDelegateId()).isEqualTo(42L);
        assertThat(message.getAttempts()).isZero();
        assertThat(message.getCreatedAt()).isEqualTo(ForumFixture.T0);
        assertThat(message.getNextAttemptAt()).isEqualTo(ForumFixture.T0);
        assertThat(message.getSentAt()).isNull();
        // What is sent is what was composed, byte for byte.
        byte[] stored = f.fresh(em -> new Outbox(em, f.audit, f.clock, q -> { }).content(m.getId()));
        assertThat(stored).isEqualTo(mail.content());
        assertThat(queued).containsExactly(new MailQueued(m.getId()));
        assertThat(f.auditEntries()).singleElement().satisfies(e -> {
            assertThat(e.getEntityType()).isEqualTo("OutboxMessage");
            assertThat(e.getAction()).isEqualTo("QUEUE");
            assertThat(e.getActor()).isEqualTo(ForumFixture.OFFICER);
            assertThat(e.getSummary()).isEqualTo("INVITATION ko to Jo@Example.kr: 제2차 중앙아시아-한국 협력 포럼 초대장");
        });
    }

    @Test
    void aMessageOfARolledBackActionWasNeverThere() {
        ComposedMail mail = TestMails.message("jo@example.kr", "Шақыру", f.clock);

        try {
            f.tx(() -> {
                outbox.enqueue(invitation(Language.KK), mail);
                throw new IllegalStateException("the action that caused the message failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(f.count("outbox_message")).isZero();
        assertThat(f.count("outbox_content")).isZero();
        assertThat(f.count("audit_entry")).isZero();
    }

    @Test
    void badMessagesAreRefusedNamingEachFieldAndStoringNothing() {
        ComposedMail good = TestMails.message("jo@example.kr", "Invitation", f.clock);

        ForumException e = f.refusedStoringNothing(() -> outbox.enqueue(new MailOrigin(null, null, null, null, "no-such-job"),
                new ComposedMail("Jo <jo@example.kr>", " ", "no angle brackets", new byte[0])));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("kind", "language", "recipient", "subject", "messageId", "content", "jobId");

        for (String recipient : new String[]{"jo@example.kr, kim@example.kr", "not an address", "조@example.kr", "jo@", ""}) {
            ForumException bad = f.refusedStoringNothing(() -> outbox.enqueue(invitation(Language.EN),
                    new ComposedMail(recipient, good.subject(), good.messageId(), good.content())));
            assertThat(bad.fieldErrors()).as(recipient).extracting(FieldError::field).containsExactly("recipient");
        }
        ForumException twoLines = f.refusedStoringNothing(() -> outbox.enqueue(invitation(Language.EN),
                new ComposedMail("jo@example.kr", "Invitation\r\nBcc: everyone@example.kr", good.messageId(), good.content())));
        assertThat(twoLines.fieldErrors()).extracting(FieldError::field).containsExactly("subject");
    }

    @Test
    void aMessageIdIsQueuedOnlyOnce() {
        ComposedMail mail = TestMails.message("jo@example.kr", "Invitation", f.clock);
        f.tx(() -> outbox.enqueue(invitation(Language.EN), mail));

        ForumException e = f.refusedStoringNothing(() -> outbox.enqueue(invitation(Language.EN), mail));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.getMessage()).contains(mail.messageId());
    }

    @Test
    void theListFiltersByStateEventRecipientAndJobNewestFirst() {
        MailJob job = f.tx(() -> outbox.startJob("Invitations to the forum", 7L, List.of(41L, 42L), null));
        OutboxMessage jo = enqueue(invitation(Language.KO).forEvent(7L).inJob(job.getId()), "jo@example.kr", "초대장");
        f.clock.advance(java.time.Duration.ofMinutes(1));
        OutboxMessage aibek = enqueue(invitation(Language.KK).forEvent(7L).inJob(job.getId()), "aibek_100%@example.kg", "Шақыру");
        f.clock.advance(java.time.Duration.ofMinutes(1));
        OutboxMessage other = enqueue(MailOrigin.of(MessageKind.NOTICE, Language.EN).forEvent(8L), "ambassador@example.ca", "Notice");
        f.tx(() -> outbox.cancel(other.getId()));

        assertThat(ids(outbox.list(OutboxFilter.all()))).containsExactly(other.getId(), aibek.getId(), jo.getId());
        assertThat(outbox.list(OutboxFilter.all()).total()).isEqualTo(3);
        assertThat(ids(outbox.list(new OutboxFilter(MailState.QUEUED, null, null, null, 0, 10)))).containsExactly(aibek.getId(), jo.getId());
        assertThat(ids(outbox.list(new OutboxFilter(MailState.CANCELLED, null, null, null, 0, 10)))).containsExactly(other.getId());
        assertThat(ids(outbox.list(new OutboxFilter(null, 8L, null, null, 0, 10)))).containsExactly(other.getId());
        assertThat(ids(outbox.list(new OutboxFilter(null, null, "EXAMPLE.KR", null, 0, 10)))).containsExactly(jo.getId());
        // LIKE wildcards in the filter are taken literally.
        assertThat(ids(outbox.list(new OutboxFilter(null, null, "_100%", null, 0, 10)))).containsExactly(aibek.getId());
        assertThat(ids(outbox.list(new OutboxFilter(null, null, "jo%", null, 0, 10)))).isEmpty();
        assertThat(ids(outbox.list(new OutboxFilter(null, null, null, job.getId(), 0, 10)))).containsExactly(aibek.getId(), jo.getId());
        OutboxPage second = outbox.list(new OutboxFilter(null, null, null, null, 1, 1));
        assertThat(ids(second)).containsExactly(aibek.getId());
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void cancellingStopsAQueuedMessageButNotASentOne() {
        OutboxMessage m = enqueue(invitation(Language.RU), "ivanov@example.kz", "Приглашение");

        OutboxMessage cancelled = f.tx(() -> outbox.cancel(m.getId()));
        assertThat(cancelled.getState()).isEqualTo(MailState.CANCELLED);
        // Cancelling twice is no error and no second entry in the audit trail.
        f.tx(() -> outbox.cancel(m.getId()));
        assertThat(f.auditEntries()).extracting(AuditEntry::getAction).containsExactly("QUEUE", "CANCEL");
        assertThat(f.auditEntries().get(1).getSummary()).isEqualTo("QUEUED → CANCELLED: INVITATION to ivanov@example.kz");

        OutboxMessage sent = enqueue(invitation(Language.RU), "petrov@example.kz", "Приглашение");
        f.tx(() -> f.em.find(OutboxMessage.class, sent.getId()).sent(f.clock.instant()));
        ForumException e = f.refusedStoringNothing(() -> outbox.cancel(sent.getId()));
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.getMessage()).contains("SENT");

        ForumException missing = f.refused(() -> outbox.cancel(-1));
        assertThat(missing.kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void resendingPutsAFailedOrCancelledMessageBackWithAFreshBudget() {
        OutboxMessage m = enqueue(invitation(Language.EN), "nobody@example.kz", "Invitation");
        f.tx(() -> {
            OutboxMessage stored = f.em.find(OutboxMessage.class, m.getId());
            stored.startAttempt(f.clock.instant());
            stored.failed("550 5.1.1 unknown mailbox");
        });
        f.clock.advance(java.time.Duration.ofHours(1));
        queued.clear();

        OutboxMessage again = f.tx(() -> outbox.resend(m.getId()));

        assertThat(again.getState()).isEqualTo(MailState.QUEUED);
        assertThat(again.getAttempts()).isZero();
        assertThat(again.getNextAttemptAt()).isEqualTo(f.clock.instant());
        assertThat(again.getLastError()).isEqualTo("550 5.1.1 unknown mailbox");
        assertThat(queued).containsExactly(new MailQueued(m.getId()));
        assertThat(f.auditEntries()).extracting(AuditEntry::getAction).containsExactly("QUEUE", "RESEND");

        ForumException queuedAlready = f.refusedStoringNothing(() -> outbox.resend(m.getId()));
        assertThat(queuedAlready.kind()).isEqualTo(Kind.CONFLICT);

        f.tx(() -> outbox.cancel(m.getId()));
        assertThat(f.tx(() -> outbox.resend(m.getId())).getState()).isEqualTo(MailState.QUEUED);
    }

    @Test
    void aJobCountsItsMessagesByStateAndIsDoneWhenAllAreSettled() {
        MailJob job = f.tx(() -> outbox.startJob("Invitations: Central Asia – Korea II", 7L, List.of(41L, 42L, 99L), 2));
        OutboxMessage first = enqueue(invitation(Language.KO).inJob(job.getId()), "jo@example.kr", "초대장");

        JobProgress early = outbox.progress(job.getId());
        assertThat(early.total()).isEqualTo(3);
        assertThat(early.composed()).isEqualTo(1);
        assertThat(early.done()).isFalse();

        OutboxMessage second = enqueue(invitation(Language.KK).inJob(job.getId()), "aibek@example.kg", "Шақыру");
        f.tx(() -> outbox.skip(job.getId(), new MailJob.Skip(99L, "Асқар Оспанов", "no e-mail address")));
        f.tx(() -> f.em.find(OutboxMessage.class, first.getId()).sent(f.clock.instant()));

        JobProgress waiting = outbox.progress(job.getId());
        assertThat(waiting.composed()).isEqualTo(2);
        assertThat(waiting.sent()).isEqualTo(1);
        assertThat(waiting.skipped()).containsExactly(new MailJob.Skip(99L, "Асқар Оспанов", "no e-mail address"));
        assertThat(waiting.done()).as("one message is still queued").isFalse();

        f.tx(() -> f.em.find(OutboxMessage.class, second.getId()).failed("550 unknown mailbox"));
        JobProgress done = outbox.progress(job.getId());
        assertThat(done.sent()).isEqualTo(1);
        assertThat(done.failed()).isEqualTo(1);
        assertThat(done.done()).isTrue();

        assertThat(f.refused(() -> outbox.progress("no-such-job")).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void theLatestBulkSendsComeNewestFirstAndAtMostTheLimit() {
        // Later than every job the other tests of this database start.
        f.clock.advance(Duration.ofDays(3650));
        MailJob older = f.tx(() -> outbox.startJob("Invitations: Central Asia – Korea II", 7L, List.of(41L), null));
        f.clock.advance(Duration.ofMinutes(5));
        MailJob middle = f.tx(() -> outbox.startJob("Приглашения: визит посла Канады", 8L, List.of(42L), 1));
        f.clock.advance(Duration.ofMinutes(5));
        MailJob newest = f.tx(() -> outbox.startJob("초청장: 중앙아시아-한국 II 포럼", 7L, List.of(43L), 2));

        assertThat(outbox.recentJobs(2)).extracting(JobProgress::jobId).containsExactly(newest.getId(), middle.getId());
        assertThat(outbox.recentJobs(3)).extracting(JobProgress::jobId).containsExactly(newest.getId(), middle.getId(), older.getId());
        assertThat(outbox.recentJobs(0)).as("at least one").extracting(JobProgress::jobId).containsExactly(newest.getId());
        assertThat(outbox.recentJobs(1).get(0).description()).isEqualTo("초청장: 중앙아시아-한국 II 포럼");
        assertThat(outbox.recentJobs(1_000)).hasSizeLessThanOrEqualTo(Outbox.MAX_RECENT_JOBS);
    }

    @Test
    void aJobRemembersItsRecipientsAndIsComposedByOneRunAtATimeUntilNoneIsPending() {
        MailJob job = f.tx(() -> outbox.startJob("Invitations: Central Asia – Korea II", 7L, List.of(43L, 41L, 42L), 1));
        String id = job.getId();
        MailJob stored = f.fresh(em -> {
            MailJob j = em.find(MailJob.class, id);
            j.getRecipients();
            return j;
        });
        assertThat(stored.getRecipients()).containsExactly(43L, 41L, 42L);
        assertThat(stored.getTotal()).isEqualTo(3);
        assertThat(stored.getReleaseNumber()).isEqualTo(1);
        assertThat(stored.getComposedAt()).isNull();
        assertThat(outbox.unfinishedJobs()).containsExactly(id);

        assertThat(f.tx(() -> outbox.claimJob(id, "run-a"))).isTrue();
        assertThat(f.tx(() -> outbox.claimJob(id, "run-b"))).as("run a's claim holds").isFalse();
        assertThat(f.tx(() -> outbox.claimJob(id, "run-a"))).as("run a renews its own claim").isTrue();
        assertThat(outbox.unfinishedJobs()).as("claimed: nobody else is to carry it on").isEmpty();

        enqueue(invitation(Language.KK).forEvent(7L).forDelegate(41L).inJob(id), "aibek@example.kg", "Шақыру");
        f.tx(() -> outbox.skip(id, new MailJob.Skip(43L, "Асқар Оспанов", "no e-mail address")));
        assertThat(f.tx(() -> outbox.pendingRecipients(id, 10))).containsExactly(42L);
        assertThat(f.tx(() -> outbox.isPending(id, 42L))).isTrue();
        assertThat(f.tx(() -> outbox.isPending(id, 41L))).isFalse();
        assertThat(f.tx(() -> outbox.finishComposing(id, "run-a"))).as("42 is still pending").isFalse();

        // Run a stops (its instance was stopped): once its claim has run out, the job is carried on by run b.
        f.clock.advance(Outbox.JOB_LEASE.plusSeconds(1));
        assertThat(outbox.unfinishedJobs()).containsExactly(id);
        assertThat(f.tx(() -> outbox.claimJob(id, "run-b"))).isTrue();
        assertThat(f.tx(() -> outbox.claimJob(id, "run-a"))).as("run a lost its claim").isFalse();
        enqueue(invitation(Language.KO).forEvent(7L).forDelegate(42L).inJob(id), "jo@example.kr", "초대장");
        assertThat(f.tx(() -> outbox.pendingRecipients(id, 10))).isEmpty();
        assertThat(f.tx(() -> outbox.finishComposing(id, "run-a"))).as("not run a's any more").isFalse();
        assertThat(f.tx(() -> outbox.finishComposing(id, "run-b"))).isTrue();

        f.clock.advance(Outbox.JOB_LEASE.multipliedBy(2));
        assertThat(f.tx(() -> outbox.claimJob(id, "run-c"))).as("a finished job is never claimed again").isFalse();
        assertThat(outbox.unfinishedJobs()).isEmpty();
        assertThat(f.fresh(em -> em.find(MailJob.class, id)).getComposedAt()).isEqualTo(ForumFixture.T0.plus(Outbox.JOB_LEASE.plusSeconds(1)));
        assertThat(outbox.progress(id).releaseNumber()).isEqualTo(1);
        assertThat(f.auditEntries()).filteredOn(e -> e.getEntityType().equals("MailJob")).extracting(AuditEntry::getAction)
                .containsExactly("START", "COMPOSED");
        assertThat(f.auditEntries()).filteredOn(e -> e.getAction().equals("COMPOSED")).singleElement()
                .extracting(AuditEntry::getSummary).isEqualTo("2 messages composed, 1 recipients skipped, of 3");
    }

    @Test
    void aRecipientGetsAtMostOneMessageOfAJobAndAJobNeedsDistinctRecipients() {
        MailJob job = f.tx(() -> outbox.startJob("Invitations", 7L, List.of(41L), null));
        enqueue(invitation(Language.KO).forDelegate(41L).inJob(job.getId()), "jo@example.kr", "초대장");

        ComposedMail again = TestMails.message("jo@example.kr", "초대장", f.clock);
        ForumException twice = f.refusedStoringNothing(() -> outbox.enqueue(invitation(Language.KO).forDelegate(41L).inJob(job.getId()), again));
        assertThat(twice.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(twice.getMessage()).contains("Delegate 41 already has a message of mail job " + job.getId());

        ForumException duplicates = f.refusedStoringNothing(() -> outbox.startJob("Invitations", 7L, List.of(41L, 42L, 41L), null));
        assertThat(duplicates.fieldErrors()).extracting(FieldError::field).containsExactly("recipients");
        ForumException none = f.refusedStoringNothing(() -> outbox.startJob("Invitations", 7L, List.of(), null));
        assertThat(none.fieldErrors()).extracting(FieldError::field).containsExactly("recipients");
    }

    private static List<Long> ids(OutboxPage page) {
        return page.messages().stream().map(OutboxMessage::getId).toList();
    }
}
