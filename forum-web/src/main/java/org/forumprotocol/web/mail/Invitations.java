package org.forumprotocol.web.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.delegation.Attendance;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.mail.MailJob;
import org.forumprotocol.core.mail.NewTransaction;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.docs.invitation.Letterhead;

/**
 * Sends an event's invitations as a bulk mail job: the recipients are checked and the job opened while the
 * officer waits; composing (links, letters, calendars) runs on the container's managed executor in batches,
 * each in a transaction of its own, so that a long send neither holds one huge transaction nor loses what was
 * composed when something goes wrong late. {@code GET /api/mail/jobs/{id}} shows how far it is.
 */
@ApplicationScoped
public class Invitations {
    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());
    static final int BATCH = 20;

    /** Who is invited: every delegate, those who have not confirmed, one delegation, or a hand-picked list. */
    public enum Recipients { ALL, UNCONFIRMED }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    Events events;

    @Inject
    Delegations delegations;

    @Inject
    Outbox outbox;

    @Inject
    PersonalMails mails;

    @Inject
    NewTransaction transaction;

    /**
     * Opens the job and starts composing; returns the job's id at once. Body: {@code {"recipients":"ALL"}},
     * {@code {"recipients":"UNCONFIRMED"}}, {@code {"delegation":id}} or {@code {"delegates":[id,…]}}.
     */
    public String send(long eventId, JsonObject body) {
        Event event = events.get(eventId);
        List<Delegate> chosen = recipients(event, body);
        Letterhead letterhead = mails.letterhead(event);
        String title = event.getTitle().in(event.hostLanguage(), event.getLanguages().toArray(new org.forumprotocol.core.i18n.Language[0]));
        MailJob job = outbox.startJob("Invitations: " + title, eventId, chosen.size());
        List<Long> ids = chosen.stream().map(Delegate::getId).toList();
        executor.submit(() -> compose(job.getId(), ids, letterhead));
        return job.getId();
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

    /** Runs on the executor: batch after batch, each committed on its own. */
    void compose(String jobId, List<Long> ids, Letterhead letterhead) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try {
                transaction.run(() -> {
                    for (long id : batch) {
                        Delegate delegate = delegations.delegate(id);
                        String unreachable = PersonalMails.unreachable(delegate);
                        if (unreachable != null) {
                            outbox.skip(jobId, new MailJob.Skip(id, delegate.displayName(delegate.correspondenceLanguage()), unreachable));
                        } else {
                            mails.invite(delegate, letterhead, jobId);
                        }
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                // The batch rolled back as a whole: account for its delegates so that the job can finish.
                LOG.log(Level.WARNING, "invitations of job " + jobId + " could not be composed", e);
                String reason = "could not be composed: " + e.getMessage();
                transaction.run(() -> {
                    batch.forEach(id -> outbox.skip(jobId, new MailJob.Skip(id, "delegate " + id, reason)));
                    return null;
                });
            }
        }
    }
}
