package org.forumprotocol.core.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.audit.AuditTrail;

/**
 * The transactional outbox. {@link #enqueue} stores a composed message in the caller's transaction, so a
 * message exists exactly when the action that caused it committed; the {@link MailDispatcher} delivers it
 * afterwards. Officers list, resend and cancel messages here; each of those changes is audited.
 */
@ApplicationScoped
@Transactional
public class Outbox {
    static final String ENTITY = "OutboxMessage";
    static final String JOB = "MailJob";
    /** Most SMTP servers refuse larger messages; two PDFs and a calendar are far below it. */
    public static final int MAX_CONTENT_BYTES = 25 * 1024 * 1024;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");
    private static final int MESSAGE_ID_MAX = 250;
    /**
     * How long a composing run's claim on a job holds; the run renews it with every batch, so a claim older than
     * this belongs to a run that stopped (its instance was stopped or died), and the job is carried on by another.
     */
    public static final Duration JOB_LEASE = Duration.ofMinutes(2);

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;
    private Consumer<MailQueued> queued;

    protected Outbox() {
    }

    @Inject
    public Outbox(EntityManager em, AuditTrail audit, Clock clock, Event<MailQueued> queued) {
        this(em, audit, clock, queued::fire);
    }

    /** {@code queued} hears of every stored message; in the container, observers act after commit. */
    public Outbox(EntityManager em, AuditTrail audit, Clock clock, Consumer<MailQueued> queued) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
        this.queued = queued;
    }

    /**
     * Stores a message to be sent, in the caller's transaction (or a new one when there is none): if the
     * caller's transaction rolls back, the message was never there.
     */
    public OutboxMessage enqueue(MailOrigin origin, ComposedMail mail) {
        FieldChecks checks = new FieldChecks();
        checks.required("kind", origin == null ? null : origin.kind());
        checks.required("language", origin == null ? null : origin.language());
        String recipient = recipient(checks, mail.recipient());
        String subject = checks.required("subject", mail.subject());
        if (subject != null && subject.length() > OutboxMessage.TEXT_MAX) {
            checks.add("subject", "is too long: at most " + OutboxMessage.TEXT_MAX + " characters");
        } else if (subject != null && (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0)) {
            checks.add("subject", "must be one line");
        }
        String messageId = checks.required("messageId", mail.messageId());
        if (messageId != null && (messageId.length() > MESSAGE_ID_MAX || !MESSAGE_ID.matcher(messageId).matches())) {
            checks.add("messageId", "must be <unique@host> of at most " + MESSAGE_ID_MAX + " characters");
        }
        byte[] content = mail.content();
        if (content == null || content.length == 0) {
            checks.add("content", "is required: the composed message");
        } else if (content.length > MAX_CONTENT_BYTES) {
            checks.add("content", "is too large: " + content.length + " bytes, at most " + MAX_CONTENT_BYTES);
        }
        if (origin != null && origin.jobId() != null && em.find(MailJob.class, origin.jobId()) == null) {
            checks.add("jobId", "no mail job " + origin.jobId());
        }
        checks.throwIfAny("The message cannot be queued");
        if (!em.createQuery("select m.id from OutboxMessage m where m.messageId = :id", Long.class)
                .setParameter("id", messageId).setMaxResults(1).getResultList().isEmpty()) {
            throw new ForumException(ForumException.Kind.CONFLICT, "A message with the Message-ID " + messageId + " is already in the outbox");
        }
        if (origin.jobId() != null && origin.delegateId() != null && !em.createQuery("select m.id from OutboxMessage m"
                        + " where m.jobId = :job and m.delegateId = :delegate", Long.class).setParameter("job", origin.jobId())
                .setParameter("delegate", origin.delegateId()).setMaxResults(1).getResultList().isEmpty()) {
            // A unique index backs this for two runs racing; a job never composes a delegate's message twice.
            throw new ForumException(ForumException.Kind.CONFLICT, "Delegate " + origin.delegateId() + " already has a message of mail job "
                    + origin.jobId());
        }
        OutboxMessage message = new OutboxMessage(origin, recipient, subject.strip(), messageId, clock.instant());
        em.persist(message);
        em.flush(); // the message's row first: the content refers to it, and nothing tells the provider so
        OutboxContent stored = new OutboxContent(message.getId(), content);
        em.persist(stored);
        em.flush();
        // The bytes are written once and never change: out of the persistence context at once, so that the later
        // flushes of a transaction that queues many messages (a batch of invitations) do not compare them again.
        em.detach(stored);
        audit.record(ENTITY, message.getId(), "QUEUE", origin.kind() + " " + origin.language().code() + " to " + recipient
                + ": " + message.getSubject());
        queued.accept(new MailQueued(message.getId()));
        return message;
    }

    /** The one plain, ASCII address of an envelope recipient, or null with the problem noted. */
    static String recipient(FieldChecks checks, String value) {
        if (value == null || value.isBlank()) {
            checks.add("recipient", "is required");
            return null;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(value.strip(), true);
            if (parsed.length != 1 || parsed[0].getPersonal() != null) {
                checks.add("recipient", "must be one plain address such as jo@example.kr, not '" + value + "'");
                return null;
            }
            parsed[0].validate();
            String address = parsed[0].getAddress();
            if (!address.chars().allMatch(c -> c < 128)) {
                checks.add("recipient", "must be an ASCII address (a UTF-8 one needs SMTPUTF8 on every server): '" + value + "'");
                return null;
            }
            if (address.length() > 320) {
                checks.add("recipient", "is too long: at most 320 characters");
                return null;
            }
            return address;
        } catch (AddressException e) {
            checks.add("recipient", "not an e-mail address: '" + value + "'");
            return null;
        }
    }

    /**
     * Opens a bulk send to {@code delegateIds}, in that order; its messages name the job's id in their
     * {@link MailOrigin}. {@code releaseNumber} is the agenda release whose personal programme they carry (null for
     * none). Nothing is composed here: a composing run {@linkplain #claimJob claims} the job and works through its
     * {@linkplain #pendingRecipients pending recipients}.
     */
    public MailJob startJob(String description, Long eventId, List<Long> delegateIds, Integer releaseNumber) {
        FieldChecks checks = new FieldChecks();
        checks.required("description", description);
        if (delegateIds == null || delegateIds.isEmpty()) {
            checks.add("recipients", "a mail job needs at least one recipient");
        } else if (delegateIds.stream().anyMatch(java.util.Objects::isNull)) {
            checks.add("recipients", "every recipient needs a delegate id");
        } else if (new java.util.HashSet<>(delegateIds).size() != delegateIds.size()) {
            checks.add("recipients", "a delegate can be a recipient of a job only once");
        }
        checks.throwIfAny("The mail job cannot be started");
        MailJob job = new MailJob(UUID.randomUUID().toString(), description.strip(), eventId, delegateIds, releaseNumber,
                clock.instant());
        em.persist(job);
        audit.record(JOB, job.getId(), "START", job.getDescription() + ": " + job.getTotal() + " recipients"
                + (releaseNumber == null ? "" : ", programme of release " + releaseNumber));
        return job;
    }

    /**
     * Claims the job for the composing run {@code claimant}, or renews that run's claim for another
     * {@link #JOB_LEASE}: true while the run may go on composing. False when composing is finished, or when another
     * run holds a claim that has not run out; a claim that ran out belongs to a run that stopped, and is taken
     * over. In the caller's transaction, whose row lock keeps a second claimant waiting until it commits.
     */
    public boolean claimJob(String jobId, String claimant) {
        Instant now = clock.instant();
        return em.createNativeQuery("UPDATE mail_job SET claimed_by = ?1, claimed_until = ?2 WHERE id = ?3"
                        + " AND composed_at IS NULL AND (claimed_by IS NULL OR claimed_by = ?1 OR claimed_until < ?4)")
                .setParameter(1, claimant).setParameter(2, MailDispatcher.timestamp(now.plus(JOB_LEASE)))
                .setParameter(3, jobId).setParameter(4, MailDispatcher.timestamp(now)).executeUpdate() == 1;
    }

    /**
     * Up to {@code limit} recipients of the job, in the job's order, who have neither a message nor a skip yet:
     * what is left to compose, whoever composed the rest and whenever it stopped.
     */
    public List<Long> pendingRecipients(String jobId, int limit) {
        em.flush();
        List<?> rows = em.createNativeQuery("SELECT r.delegate_id FROM mail_job_recipient r WHERE r.job_id = ?1"
                        + " AND NOT EXISTS (SELECT 1 FROM outbox_message m WHERE m.job_id = r.job_id AND m.delegate_id = r.delegate_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM mail_job_skip s WHERE s.job_id = r.job_id AND s.delegate_id = r.delegate_id)"
                        + " ORDER BY r.recipient_order FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .setParameter(1, jobId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /** Whether the delegate is a recipient of the job still without a message or a skip. */
    public boolean isPending(String jobId, long delegateId) {
        em.flush();
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM mail_job_recipient r WHERE r.job_id = ?1 AND r.delegate_id = ?2"
                        + " AND NOT EXISTS (SELECT 1 FROM outbox_message m WHERE m.job_id = r.job_id AND m.delegate_id = r.delegate_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM mail_job_skip s WHERE s.job_id = r.job_id AND s.delegate_id = r.delegate_id)")
                .setParameter(1, jobId).setParameter(2, delegateId).getSingleResult()).longValue() > 0;
    }

    /**
     * Marks the job's composing finished, if {@code claimant} holds it and no recipient is pending; returns
     * whether it did. From then on no run claims it again.
     */
    public boolean finishComposing(String jobId, String claimant) {
        if (!pendingRecipients(jobId, 1).isEmpty()) {
            return false;
        }
        int updated = em.createNativeQuery("UPDATE mail_job SET composed_at = ?1, claimed_by = NULL, claimed_until = NULL"
                        + " WHERE id = ?2 AND claimed_by = ?3 AND composed_at IS NULL")
                .setParameter(1, MailDispatcher.timestamp(clock.instant())).setParameter(2, jobId).setParameter(3, claimant)
                .executeUpdate();
        if (updated == 1) {
            JobProgress progress = progress(jobId);
            audit.record(JOB, jobId, "COMPOSED", progress.composed() + " messages composed, " + progress.skipped().size()
                    + " recipients skipped, of " + progress.total());
        }
        return updated == 1;
    }

    /**
     * Gives the job back: {@code claimant} stops composing it (the application is being stopped), and the next run,
     * here or on another instance, may take it over at once instead of after the claim has run out.
     */
    public boolean releaseJob(String jobId, String claimant) {
        return em.createNativeQuery("UPDATE mail_job SET claimed_by = NULL, claimed_until = NULL"
                        + " WHERE id = ?1 AND claimed_by = ?2 AND composed_at IS NULL")
                .setParameter(1, jobId).setParameter(2, claimant).executeUpdate() == 1;
    }

    /**
     * The jobs whose composing is not finished and that no run holds (never claimed, or the claim ran out), oldest
     * first: what a start-up or the periodic check carries on with.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> unfinishedJobs() {
        List<?> rows = em.createNativeQuery("SELECT id FROM mail_job WHERE composed_at IS NULL"
                        + " AND (claimed_until IS NULL OR claimed_until < ?1) ORDER BY created_at, id")
                .setParameter(1, MailDispatcher.timestamp(clock.instant())).getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    /** Notes a recipient of the job who gets no message, so that the job can finish and say why. */
    public void skip(String jobId, MailJob.Skip skip) {
        job(jobId).skip(skip);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MailJob job(String jobId) {
        MailJob job = jobId == null ? null : em.find(MailJob.class, jobId);
        if (job == null) {
            throw ForumException.notFound("Mail job " + jobId);
        }
        return job;
    }

    /** The most that {@link #recentJobs} lists at once. */
    public static final int MAX_RECENT_JOBS = 50;

    /** The latest bulk sends with their counts, newest first (at most {@link #MAX_RECENT_JOBS}): what the outbox page follows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JobProgress> recentJobs(int limit) {
        return em.createQuery("select j.id from MailJob j order by j.createdAt desc, j.id desc", String.class)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_RECENT_JOBS))).getResultList()
                .stream().map(this::progress).toList();
    }

    /** The counts of a bulk send, from the messages themselves. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JobProgress progress(String jobId) {
        MailJob job = job(jobId);
        Map<MailState, Long> byState = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select m.state, count(m) from OutboxMessage m where m.jobId = :job group by m.state",
                Object[].class).setParameter("job", jobId).getResultList()) {
            byState.put((MailState) row[0], ((Number) row[1]).longValue());
        }
        long composed = byState.values().stream().mapToLong(Long::longValue).sum();
        long pending = byState.entrySet().stream().filter(e -> e.getKey().pending()).mapToLong(Map.Entry::getValue).sum();
        List<MailJob.Skip> skipped = job.getSkipped();
        boolean done = composed + skipped.size() >= job.getTotal() && pending == 0;
        return new JobProgress(job.getId(), job.getDescription(), job.getCreatedAt(), job.getTotal(), composed,
                byState.getOrDefault(MailState.SENT, 0L), byState.getOrDefault(MailState.FAILED, 0L), byState.getOrDefault(MailState.CANCELLED, 0L), skipped,
                job.getReleaseNumber(), done);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxPage list(OutboxFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.state() != null) {
            where.append(" and m.state = :state");
            params.put("state", filter.state());
        }
        if (filter.eventId() != null) {
            where.append(" and m.eventId = :event");
            params.put("event", filter.eventId());
        }
        if (filter.jobId() != null) {
            where.append(" and m.jobId = :job");
            params.put("job", filter.jobId());
        }
        if (filter.recipient() != null && !filter.recipient().isBlank()) {
            where.append(" and lower(m.recipient) like :recipient escape '\\'");
            params.put("recipient", "%" + filter.recipient().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        TypedQuery<OutboxMessage> query = em.createQuery("select m from OutboxMessage m" + where
                + " order by m.createdAt desc, m.id desc", OutboxMessage.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from OutboxMessage m" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        int limit = Math.max(1, Math.min(filter.limit(), OutboxFilter.MAX_LIMIT));
        return new OutboxPage(query.setFirstResult(Math.max(0, filter.offset())).setMaxResults(limit).getResultList(),
                count.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxMessage get(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw ForumException.notFound("Message " + id);
        }
        return message;
    }

    /** Every delivery attempt of a message, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxAttempt> attempts(long id) {
        get(id);
        return em.createNamedQuery("OutboxAttempt.of", OutboxAttempt.class).setParameter("message", id).getResultList();
    }

    /** The message exactly as it is (or was) sent: RFC 5322 bytes, for preview and .eml download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] content(long id) {
        get(id);
        return OutboxContent.of(em, id);
    }

    /** Sends a failed or cancelled message again, with a fresh budget of attempts. */
    public OutboxMessage resend(long id) {
        OutboxMessage message = get(id);
        if (message.getState() != MailState.FAILED && message.getState() != MailState.CANCELLED) {
            throw new ForumException(ForumException.Kind.CONFLICT, "Message " + id + " is " + message.getState()
                    + "; only a FAILED or CANCELLED message can be sent again");
        }
        MailState before = message.getState();
        message.requeue(clock.instant());
        em.flush();
        audit.record(ENTITY, id, "RESEND", before + " → QUEUED: " + message.getKind() + " to " + message.getRecipient());
        queued.accept(new MailQueued(id));
        return message;
    }

    /** Stops a message that has not been sent; one that is sent, or being sent right now, cannot be called back. */
    public OutboxMessage cancel(long id) {
        OutboxMessage message = get(id);
        if (message.getState() == MailState.CANCELLED) {
            return message;
        }
        if (message.getState() != MailState.QUEUED && message.getState() != MailState.RETRYING) {
            throw new ForumException(ForumException.Kind.CONFLICT, "Message " + id + " is " + message.getState()
                    + "; only a QUEUED or RETRYING message can be cancelled");
        }
        MailState before = message.getState();
        message.cancel();
        em.flush();
        audit.record(ENTITY, id, "CANCEL", before + " → CANCELLED: " + message.getKind() + " to " + message.getRecipient());
        return message;
    }
}
