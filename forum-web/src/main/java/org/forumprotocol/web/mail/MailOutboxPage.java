package org.forumprotocol.web.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.mail.MailDispatcher;
import org.forumprotocol.core.mail.MailState;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.core.mail.OutboxAttempt;
import org.forumprotocol.core.mail.OutboxFilter;
import org.forumprotocol.core.mail.OutboxPage;
import org.forumprotocol.docs.mail.MailPreview;
import org.forumprotocol.web.event.EventOption;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.DatabaseRows;
import org.forumprotocol.web.page.Language;
import org.forumprotocol.web.page.Texts;
import org.primefaces.model.LazyDataModel;

/**
 * Officers watch the outbox: the latest bulk sends with their progress, followed every two seconds while one is
 * under way; every message with its state, filtered by state, event, recipient and bulk send; one message's
 * attempts, last error and a preview of what it says; resend and cancel. The table pages through the database,
 * since a bulk send alone adds thousands of messages.
 */
@Named("outboxPage")
@ViewScoped
public class MailOutboxPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TABLE = "outbox:table";
    /** How many of the latest bulk sends the page follows. */
    static final int JOBS_SHOWN = 5;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    /** The filter as chosen; {@link #applied} is what the table shows until the next search. */
    private Criteria typed = new Criteria();
    private Criteria applied = new Criteria();
    private final DatabaseRows<OutboxRow> rows = new DatabaseRows<>(() -> currentUser.isOfficer(), (offset, limit) -> {
        OutboxPage page = outbox.list(applied.toFilter(offset, limit));
        return new DatabaseRows.Slice<>(page.messages().stream().map(OutboxRow::of).toList(), page.total());
    }, OutboxFilter.MAX_LIMIT, row -> String.valueOf(row.id()));
    private ArrayList<EventOption> eventOptions = new ArrayList<>();
    /** The message opened for details, its attempts and preview; null when none is open. */
    private OutboxRow selected;
    private ArrayList<AttemptRow> attempts = new ArrayList<>();
    private MailPreview preview;
    private ArrayList<BulkSend> jobs = new ArrayList<>();
    /** The bulk send whose messages the list shows (chosen from its row), or null. */
    private BulkSend jobShown;

    public record AttemptRow(Instant attemptedAt, String outcome, String reply, String instance) implements Serializable {
        static AttemptRow of(OutboxAttempt a) {
            return new AttemptRow(a.getAttemptedAt(), a.getOutcome().name(), a.getReply(), a.getInstance());
        }
    }

    static final class Criteria implements Serializable {
        private static final long serialVersionUID = 1L;
        MailState state;
        Long eventId;
        String recipient;
        /** The bulk send whose messages are listed, chosen from its row; null for all. */
        String jobId;

        Criteria copy() {
            Criteria c = new Criteria();
            c.state = state;
            c.eventId = eventId;
            c.recipient = recipient;
            c.jobId = jobId;
            return c;
        }

        OutboxFilter toFilter(int offset, int limit) {
            return new OutboxFilter(state, eventId, recipient, jobId, offset, limit);
        }
    }

    @PostConstruct
    void init() {
        if (!currentUser.isOfficer()) {
            return;
        }
        org.forumprotocol.core.i18n.Language page = language.getDomain();
        eventOptions = EventOption.newestFirst(events, page);
        refreshJobs();
    }

    /** Reads the latest bulk sends' counts again: on opening the page, and polled while one is moving. */
    public void refreshJobs() {
        if (!currentUser.isOfficer()) {
            return;
        }
        boolean configured = dispatcher.configured();
        jobs = new ArrayList<>(outbox.recentJobs(JOBS_SHOWN).stream().map(p -> BulkSend.of(p, configured)).toList());
    }

    /** Whether the page keeps polling: while a bulk send is being composed or its messages are on their way. */
    public boolean isJobsMoving() {
        return jobs.stream().anyMatch(BulkSend::moving);
    }

    /** Lists the messages of one bulk send (the other filters cleared). */
    public void showJob(String jobId) {
        if (!currentUser.requireOfficer()) {
            return;
        }
        jobShown = jobs.stream().filter(j -> j.id().equals(jobId)).findFirst().orElse(null);
        typed = new Criteria();
        typed.jobId = jobShown == null ? null : jobShown.id();
        applied = typed.copy();
        firstPage();
    }

    /** The bulk send the list is filtered by, or null. */
    public BulkSend getJobShown() {
        return jobShown;
    }

    /** Whether an SMTP server is configured; without one the page says that messages wait. */
    public boolean isMailServerConfigured() {
        return dispatcher.configured();
    }

    public void search() {
        if (!currentUser.requireOfficer()) {
            return;
        }
        typed.jobId = applied.jobId;
        applied = typed.copy();
        firstPage();
    }

    public void clear() {
        if (!currentUser.requireOfficer()) {
            return;
        }
        typed = new Criteria();
        applied = new Criteria();
        jobShown = null;
        firstPage();
    }

    /** Opens a message: its attempts and what it says. */
    public void open(long id) {
        if (!currentUser.requireOfficer()) {
            return;
        }
        try {
            selected = OutboxRow.of(outbox.get(id));
            attempts = new ArrayList<>(outbox.attempts(id).stream().map(AttemptRow::of).toList());
            preview = MailPreview.of(outbox.content(id));
        } catch (ForumException e) {
            close();
            Texts.refusal(e, Map.of());
        }
    }

    public void close() {
        selected = null;
        attempts = new ArrayList<>();
        preview = null;
    }

    public void resend(long id) {
        change(() -> outbox.resend(id), id, "outbox.resent");
    }

    public void cancel(long id) {
        change(() -> outbox.cancel(id), id, "outbox.cancelled");
    }

    private void change(Runnable action, long id, String done) {
        if (!currentUser.requireOfficer()) {
            return;
        }
        try {
            action.run();
            Texts.info(null, done);
        } catch (ForumException e) {
            Texts.refusal(e, Map.of());
        } catch (OptimisticLockException e) {
            // The dispatcher took the message meanwhile.
            Texts.error(null, "error.kind.STALE");
        }
        if (selected != null && selected.id() == id) {
            open(id);
        }
    }

    private static void firstPage() {
        DatabaseRows.firstPage(TABLE);
    }

    public List<BulkSend> getJobs() {
        return jobs;
    }

    public LazyDataModel<OutboxRow> getRows() {
        return rows;
    }

    public List<MailState> getStates() {
        return List.of(MailState.values());
    }

    public List<EventOption> getEventOptions() {
        return eventOptions;
    }

    public MailState getState() {
        return typed.state;
    }

    public void setState(MailState state) {
        typed.state = state;
    }

    public Long getEventId() {
        return typed.eventId;
    }

    public void setEventId(Long eventId) {
        typed.eventId = eventId;
    }

    public String getRecipient() {
        return typed.recipient;
    }

    public void setRecipient(String recipient) {
        typed.recipient = recipient;
    }

    public OutboxRow getSelected() {
        return selected;
    }

    public List<AttemptRow> getAttempts() {
        return attempts;
    }

    public MailPreview getPreview() {
        return preview;
    }
}
