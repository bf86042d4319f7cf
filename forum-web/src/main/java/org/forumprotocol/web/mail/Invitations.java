package org.forumprotocol.web.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.delegation.Attendance;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.DelegateLinks;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.document.OutgoingLetters;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.MailDispatcher;
import org.forumprotocol.core.mail.MailJob;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.NewTransaction;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.docs.mail.InvitationMails;
import org.forumprotocol.docs.mail.MailComposer;
import org.forumprotocol.web.delegation.LinkAddresses;

/**
 * Sends an event's invitations as a bulk mail job: the recipients are checked and the job opened (with its
 * recipients and the agenda release whose personal programme the messages carry) while the officer waits;
 * composing ({@link InvitationMails}: links, letters, programmes, calendars) runs on the container's managed
 * executor in batches, each committed on its own. {@code GET /api/mail/jobs/{id}} shows how far it is.
 * <p>
 * A job whose composing stopped half-way is carried on at the next start, and by a check every
 * {@value #RESUME_SECONDS} seconds on every instance, only for the recipients who have no message yet: at once
 * when the application was stopped (a stopping application lets its runs finish their batch and hand their jobs
 * back), once the stopped run's claim has run out ({@link Outbox#JOB_LEASE}) when its instance died.
 */
@ApplicationScoped
public class Invitations {
    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());
    static final long RESUME_SECONDS = 30;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Events events;

    @Inject
    Delegations delegations;

    @Inject
    AgendaReleases releases;

    @Inject
    MailTemplates templates;

    @Inject
    DelegateLinks links;

    @Inject
    OutgoingLetters letters;

    @Inject
    Outbox outbox;

    @Inject
    PersonalMails mails;

    @Inject
    NewTransaction transaction;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    LinkAddresses addresses;

    @Inject
    ForumSettings settings;

    @Inject
    Clock clock;

    /** How long a stop waits for running compositions to finish their batch and hand their jobs back. */
    static final long STOP_WAIT_SECONDS = 15;

    private final AtomicLong runs = new AtomicLong();
    private final AtomicInteger active = new AtomicInteger();
    private volatile boolean stopping;
    private volatile ScheduledFuture<?> resuming;

    /**
     * Opens the job and starts composing; returns the job's id at once. Body: {@code {"recipients":"ALL"}},
     * {@code {"recipients":"UNCONFIRMED"}}, {@code {"delegation":id}} or {@code {"delegates":[id,…]}}. The
     * messages carry the personal programme of the latest release, or none when the agenda was never published.
     */
    public MailJob send(long eventId, JsonObject body) {
        Event event = events.get(eventId);
        List<Delegate> chosen = recipients(event, body);
        mails.letterhead(event); // 409 now, rather than every letter failing later
        Integer release = releases.latest(eventId).map(AgendaRelease::getNumber).orElse(null);
        String title = event.getTitle().in(event.hostLanguage(), event.getLanguages().toArray(new Language[0]));
        MailJob job = outbox.startJob("Invitations: " + title, eventId, chosen.stream().map(Delegate::getId).toList(), release);
        String jobId = job.getId();
        try {
            executor.submit(() -> compose(jobId));
        } catch (RuntimeException e) {
            // Stored all the same: the periodic check composes it.
            LOG.log(Level.WARNING, "mail job " + jobId + " is composed by the next check", e);
        }
        return job;
    }

    /** Carries on the jobs nobody is composing; called at start and then periodically. */
    void resume() {
        try {
            // In a transaction: on a managed thread, Payara's entity manager works only within one.
            for (String jobId : transaction.run(outbox::unfinishedJobs)) {
                if (stopping) {
                    return;
                }
                compose(jobId);
            }
        } catch (RuntimeException e) {
            // The next check tries again; the scheduler would otherwise cancel the periodic task.
            LOG.log(Level.WARNING, "unfinished mail jobs could not be resumed this round", e);
        }
    }

    /** Starts the periodic check; called once the application has started (schema migrated). */
    public synchronized void start() {
        if (resuming == null) {
            resuming = scheduler.scheduleWithFixedDelay(this::resume, 2, RESUME_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Stops the periodic check, and lets running compositions finish their batch and hand their jobs back, so that
     * the next start carries them on at once (after a crash, the claims run out instead).
     */
    @PreDestroy
    public synchronized void stop() {
        stopping = true;
        if (resuming != null) {
            resuming.cancel(false);
            resuming = null;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        synchronized (active) {
            try {
                for (long left; active.get() > 0 && (left = deadline - System.nanoTime()) > 0; ) {
                    TimeUnit.NANOSECONDS.timedWait(active, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One composing run of the job; does nothing when another run holds it or it is finished. */
    void compose(String jobId) {
        if (stopping) {
            return;
        }
        String claimant = dispatcher.instance() + "/compose-" + runs.incrementAndGet();
        active.incrementAndGet();
        try {
            InvitationMails.Run run = new InvitationMails(
                    new InvitationMails.Services(events, delegations, releases, templates, links, letters, outbox, transaction),
                    new MailComposer(settings, clock), settings.mail().from().getAddress(),
                    mails::letterheadOf, addresses::privatePage, clock,
                    executor, Runtime.getRuntime().availableProcessors()).compose(jobId, claimant, () -> stopping);
            if (run.composed() + run.skipped() > 0) {
                LOG.info("Mail job " + jobId + ": " + run.composed() + " invitations composed, " + run.skipped() + " skipped"
                        + (run.finished() ? "; finished." : " by this run."));
            }
        } catch (RuntimeException e) {
            // Its claim runs out and the periodic check carries the job on.
            LOG.log(Level.WARNING, "composing mail job " + jobId + " stopped", e);
        } finally {
            synchronized (active) {
                active.decrementAndGet();
                active.notifyAll();
            }
        }
    }

    /** The delegates the body names; 400 naming the field for anything that is not one of the event's delegates. */
    List<Delegate> recipients(Event event, JsonObject body) {
        FieldChecks checks = new FieldChecks();
        if (body == null) {
            throw ForumException.invalid("recipients", "a JSON body is required: {\"recipients\":\"ALL\"} or {\"delegates\":[…]}");
        }
        for (String key : body.keySet()) {
            if (!Set.of("recipients", "delegation", "delegates").contains(key)) {
                checks.add(key, "unknown field; give one of recipients, delegation, delegates");
            }
        }
        List<String> given = body.keySet().stream().filter(k -> Set.of("recipients", "delegation", "delegates").contains(k)).toList();
        if (given.isEmpty()) {
            checks.add("recipients", "say whom to invite: {\"recipients\":\"ALL\"}, {\"recipients\":\"UNCONFIRMED\"},"
                    + " {\"delegation\":id} or {\"delegates\":[id,…]}");
        } else if (given.size() > 1) {
            given.forEach(k -> checks.add(k, "give only one of recipients, delegation, delegates (got " + String.join(", ", given) + ")"));
        }
        checks.throwIfAny("The invitations cannot be sent");
        List<Delegate> chosen = new ArrayList<>();
        long eventId = event.getId();
        switch (given.get(0)) {
            case "recipients" -> {
                JsonValue v = body.get("recipients");
                String value = v instanceof JsonString s ? s.getString().strip().toUpperCase(Locale.ROOT) : null;
                if (value == null || !(value.equals("ALL") || value.equals("UNCONFIRMED"))) {
                    throw ForumException.invalid("recipients", "must be ALL or UNCONFIRMED, not " + v);
                }
                for (Delegate d : delegations.delegatesOf(eventId)) {
                    if (value.equals("ALL") || d.getAttendance() != Attendance.CONFIRMED) {
                        chosen.add(d);
                    }
                }
            }
            case "delegation" -> {
                Long id = id(checks, "delegation", body.get("delegation"));
                checks.throwIfAny("The invitations cannot be sent");
                Delegation delegation = find(() -> delegations.delegation(id));
                if (delegation == null || !delegation.getEvent().getId().equals(eventId)) {
                    throw ForumException.invalid("delegation", "no delegation " + id + " in event " + eventId);
                }
                chosen.addAll(delegations.membersOf(id));
            }
            default -> {
                JsonValue v = body.get("delegates");
                if (!(v instanceof JsonArray array) || array.isEmpty()) {
                    throw ForumException.invalid("delegates", "must be a non-empty list of delegate ids");
                }
                Set<Long> ids = new LinkedHashSet<>();
                for (int i = 0; i < array.size(); i++) {
                    Long id = id(checks, "delegates[" + i + "]", array.get(i));
                    if (id == null) {
                        continue;
                    }
                    Delegate d = find(() -> delegations.delegate(id));
                    if (d == null) {
                        checks.add("delegates[" + i + "]", "no delegate " + id);
                    } else if (!d.getDelegation().getEvent().getId().equals(eventId)) {
                        checks.add("delegates[" + i + "]", "delegate " + id + " belongs to another event");
                    } else if (ids.add(id)) {
                        chosen.add(d);
                    }
                }
            }
        }
        checks.throwIfAny("The invitations cannot be sent");
        if (chosen.isEmpty()) {
            throw ForumException.invalid(given.get(0), "nobody to invite: the event has no such delegates");
        }
        return chosen;
    }

    private static Long id(FieldChecks checks, String field, JsonValue value) {
        try {
            if (value instanceof JsonNumber n && n.isIntegral()) {
                return n.longValueExact();
            }
            if (value instanceof JsonString s) {
                return Long.parseLong(s.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        checks.add(field, "must be an id, not " + value);
        return null;
    }

    private static <T> T find(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (ForumException e) {
            if (e.kind() == ForumException.Kind.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}
