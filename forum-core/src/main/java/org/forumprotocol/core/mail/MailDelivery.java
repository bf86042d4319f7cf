package org.forumprotocol.core.mail;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Runs the {@link MailDispatcher} on the container's managed scheduler: every few seconds, and at once after
 * a transaction that queued mail has committed. One run at a time per instance; a nudge during a run makes
 * the run go round once more. Without an SMTP server nothing is scheduled, and messages wait in the outbox
 * until the application is started with one.
 */
@ApplicationScoped
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final long POLL_SECONDS = 5;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailDispatcher dispatcher;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ScheduledFuture<?> polling;

    /** Starts polling; called once the application has started (schema migrated). */
    public synchronized void start() {
        if (polling != null) {
            return;
        }
        if (!dispatcher.configured()) {
            LOG.info("No SMTP server is configured (FORUM_SMTP_HOST): mail waits in the outbox and is sent once one is.");
            return;
        }
        polling = scheduler.scheduleWithFixedDelay(this::run, 1, POLL_SECONDS, TimeUnit.SECONDS);
        LOG.info("Mail delivery started as " + dispatcher.instance() + ".");
    }

    /** How long a stop waits for the round in progress to finish its message and hand the rest back. */
    static final long STOP_WAIT_SECONDS = 10;

    /**
     * Stops polling; the round in progress finishes the message it is sending and hands its other claimed
     * messages back, so that the next start (or another instance) sends them at once.
     */
    @PreDestroy
    public synchronized void stop() {
        dispatcher.stop();
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        synchronized (running) {
            try {
                for (long left; running.get() && (left = deadline - System.nanoTime()) > 0; ) {
                    TimeUnit.NANOSECONDS.timedWait(running, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** After a commit that queued or re-queued a message: deliver now rather than at the next poll. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        if (polling != null) {
            try {
                scheduler.execute(this::run);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the next poll delivers it", e);
            }
        }
    }

    private void run() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (dispatcher.dispatchDue() > 0) {
                    // another batch may be due
                }
            } while (again.get());
        } catch (RuntimeException e) {
            // The next poll tries again; the scheduler would otherwise cancel the periodic task.
            LOG.log(Level.WARNING, "Mail delivery failed this round: " + e, e);
        } finally {
            synchronized (running) {
                running.set(false);
                running.notifyAll();
            }
        }
    }
}
