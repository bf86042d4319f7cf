package org.forumprotocol.core.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;

import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.config.MailSettings;

/**
 * Delivers due messages from the outbox. Safe with several instances on one database:
 * <ol>
 * <li>A short transaction claims a batch of due messages: {@code SELECT … FOR UPDATE SKIP LOCKED}, so that on
 * PostgreSQL instances pick different rows without waiting on each other, then per row a conditional
 * {@code UPDATE} that only succeeds while the row is still due, which alone would already keep two instances
 * from claiming one message. (H2 2.2 accepts the same SQL but cuts the batch before it skips locked rows, so a
 * claim may come back empty while another transaction holds the first rows; H2 serves one instance only.) A claim is a lease ({@code claimed_until}); a message whose lease ran
 * out (its instance died while sending) is due again and taken over.</li>
 * <li>Each message is then sent outside any transaction, and its outcome recorded in a transaction of its
 * own. Before sending, the lease is renewed only if the message is still this instance's.</li>
 * </ol>
 * A message is sent at least once; it is sent twice only if an instance dies after the server accepted it and
 * before the outcome was stored, or is stalled for longer than the lease. Both copies then have the same
 * Message-ID, by which mail clients drop the second.
 */
@ApplicationScoped
public class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    public static final Duration LONGEST_RETRY = Duration.ofHours(2);
    /** Up to this many attempts in all; a message still failing after them is FAILED. */
    public static final int MAX_ATTEMPTS = 10;
    /** How long a claim holds; a claim older than this belongs to an instance that died. */
    public static final Duration LEASE = Duration.ofMinutes(5);
    /** Share of a retry delay taken off at random, so that messages failed together do not retry together. */
    static final double JITTER = 0.25;
    static final int BATCH = 20;

    private static final String DUE = "((state = 'QUEUED' OR state = 'RETRYING') AND next_attempt_at <= ?1)"
            + " OR (state = 'SENDING' AND claimed_until < ?1)";

    private EntityManager em;
    private Clock clock;
    private MailSettings mail;
    private NewTransaction transactions;
    private String instance;
    private DoubleSupplier random;
    private volatile Session session;
    private volatile boolean stopping;

    protected MailDispatcher() {
    }

    @Inject
    public MailDispatcher(EntityManager em, Clock clock, ForumSettings settings, NewTransaction transactions) {
        this(em, clock, settings.mail(), transactions, instanceName(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random values in [0, 1) for the jitter of retry delays */
    public MailDispatcher(EntityManager em, Clock clock, MailSettings mail, NewTransaction transactions, String instance,
                          DoubleSupplier random) {
        this.em = em;
        this.clock = clock;
        this.mail = mail;
        this.transactions = transactions;
        this.instance = instance;
        this.random = random;
    }

    /** Whether there is an SMTP server to send to; without one, messages wait in the outbox. */
    public boolean configured() {
        return mail.configured();
    }

    /** This application instance's name in claims and attempts. */
    public String instance() {
        return instance;
    }

    /**
     * Claims one batch of due messages and tries each once. Returns how many were claimed: 0 when nothing
     * is due (or no server is configured), so a caller may repeat until then.
     */
    public int dispatchDue() {
        if (!mail.configured() || stopping) {
            return 0;
        }
        List<Long> claimed = transactions.run(this::claim);
        if (claimed.isEmpty()) {
            return 0;
        }
        try (SmtpConnection smtp = new SmtpConnection(session(), mail)) {
            for (int i = 0; i < claimed.size(); i++) {
                if (stopping) {
                    release(claimed.subList(i, claimed.size()));
                    break;
                }
                deliver(claimed.get(i), smtp);
            }
        }
        return claimed.size();
    }

    /**
     * The application is stopping: the message being sent is finished, the other claimed ones are handed back at
     * once (rather than waiting for their lease to run out), and nothing more is claimed.
     */
    public void stop() {
        stopping = true;
    }

    /** Hands back claimed messages not yet begun, as they were before the claim: due at once, here or elsewhere. */
    private void release(List<Long> ids) {
        try {
            transactions.run(() -> {
                for (Long id : ids) {
                    em.createNativeQuery("UPDATE outbox_message SET state = CASE WHEN attempts = 0 THEN 'QUEUED' ELSE 'RETRYING' END,"
                                    + " claimed_by = NULL, claimed_until = NULL, version = version + 1"
                                    + " WHERE id = ?1 AND state = 'SENDING' AND claimed_by = ?2")
                            .setParameter(1, id).setParameter(2, instance).executeUpdate();
                }
                return null;
            });
        } catch (RuntimeException e) {
            // Their leases run out instead.
            LOG.log(Level.WARNING, "claimed messages could not be handed back: " + e, e);
        }
    }

    private void deliver(long id, SmtpConnection smtp) {
        try {
            Sending sending = transactions.run(() -> begin(id));
            if (sending == null) {
                return;
            }
            Delivery delivery = smtp.send(sending.recipient(), sending.content());
            transactions.run(() -> finish(id, delivery));
        } catch (RuntimeException e) {
            // Such as another instance having taken the message over meanwhile: it is that one's now.
            LOG.log(Level.WARNING, "Message " + id + " was left to the next round: " + e, e);
        }
    }

    private List<Long> claim() {
        Instant now = clock.instant();
        List<?> candidates = em.createNativeQuery("SELECT id FROM outbox_message WHERE " + DUE
                        + " ORDER BY next_attempt_at, id FETCH FIRST " + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, timestamp(now)).getResultList();
        List<Long> claimed = new ArrayList<>();
        for (Object candidate : candidates) {
            long id = ((Number) candidate).longValue();
            int updated = em.createNativeQuery("UPDATE outbox_message SET state = 'SENDING', claimed_by = ?2, claimed_until = ?3,"
                            + " version = version + 1 WHERE id = ?4 AND (" + DUE + ")")
                    .setParameter(1, timestamp(now)).setParameter(2, instance).setParameter(3, timestamp(now.plus(LEASE)))
                    .setParameter(4, id).executeUpdate();
            if (updated == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    private record Sending(String recipient, byte[] content) {
    }

    /** Renews the lease and counts the attempt, if the message is still this instance's to send. */
    private Sending begin(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.getState() != MailState.SENDING || !instance.equals(message.getClaimedBy())) {
            return null;
        }
        message.startAttempt(clock.instant().plus(LEASE));
        em.flush();
        return new Sending(message.getRecipient(), OutboxContent.of(em, id));
    }

    private Void finish(long id, Delivery delivery) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.getState() == MailState.SENT) {
            return null;
        }
        boolean ours = message.getState() == MailState.SENDING && instance.equals(message.getClaimedBy());
        if (!ours && delivery.result() != Delivery.Result.SENT) {
            return null; // taken over while this instance was stalled; the other one reports its own attempt
        }
        Instant now = clock.instant();
        AttemptOutcome outcome;
        switch (delivery.result()) {
            case SENT -> {
                message.sent(now);
                outcome = AttemptOutcome.SENT;
            }
            case TRANSIENT -> {
                if (message.getAttempts() >= MAX_ATTEMPTS) {
                    message.failed(delivery.reply() + " (gave up after " + message.getAttempts() + " attempts)");
                    outcome = AttemptOutcome.FAILED;
                } else {
                    message.retryAt(now.plus(retryDelay(message.getAttempts(), random.getAsDouble())), delivery.reply());
                    outcome = AttemptOutcome.RETRY;
                }
            }
            default -> {
                message.failed(delivery.reply());
                outcome = AttemptOutcome.FAILED;
            }
        }
        em.persist(new OutboxAttempt(id, now, instance, outcome, delivery.reply()));
        return null;
    }

    /**
     * The wait after the {@code attempts}-th failed attempt: 30 s doubling up to 2 h, less up to a quarter at
     * random ({@code random} in [0, 1)).
     */
    public static Duration retryDelay(int attempts, double random) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration full = FIRST_RETRY.multipliedBy(1L << doublings);
        if (full.compareTo(LONGEST_RETRY) > 0) {
            full = LONGEST_RETRY;
        }
        return Duration.ofMillis(Math.round(full.toMillis() * (1 - JITTER * random)));
    }

    private Session session() {
        Session s = session;
        if (s == null) {
            s = MailSessions.create(mail);
            session = s;
        }
        return s;
    }

    /** Instants are stored as UTC wall-clock TIMESTAMPs (InstantConverter); native queries bind them alike. */
    static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
