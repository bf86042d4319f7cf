package org.forumprotocol.web.mail;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.mail.MailDispatcher;
import org.forumprotocol.core.mail.MailJob;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.docs.mail.PersonalMail;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.Language;
import org.forumprotocol.web.page.PageIds;
import org.forumprotocol.web.page.Texts;

/**
 * Sending an event's invitations (invitations.xhtml?event=…): whom to invite (every delegate, those who have not
 * confirmed, one delegation, or delegates picked by hand), a preview with a real delegate's data, and a progress
 * bar that follows the mail job every second.
 */
@Named
@ViewScoped
public class InvitationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A delegate to preview the message for or to pick, or a delegation to invite. */
    public record Choice(long id, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Whom the page invites; the first two are the API's own {@code recipients}. */
    public enum Whom { ALL, UNCONFIRMED, DELEGATION, CHOSEN }

    @Inject
    Events events;

    @Inject
    Delegations delegations;

    @Inject
    PersonalMails mails;

    @Inject
    Invitations invitations;

    @Inject
    Outbox outbox;

    @Inject
    AgendaReleases releases;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String event;
    private Long eventId;
    private String title;
    private String recipients = Whom.ALL.name();
    private ArrayList<Choice> choices = new ArrayList<>();
    private ArrayList<Choice> delegationChoices = new ArrayList<>();
    private Long delegation;
    private ArrayList<Long> chosen = new ArrayList<>();
    private Long previewDelegate;
    private String previewSubject;
    private String previewText;
    private String jobId;
    /** The release whose personal programme the invitations carry: the latest, or the sent job's; null for none. */
    private Integer programmeRelease;
    /** The sent job's counts, read again every second; null before sending. */
    private BulkSend progress;

    public void open() {
        if (!currentUser.requireOfficer()) {
            return;
        }
        PageIds.open(event, id -> {
            Event e = events.get(id);
            title = e.getTitle().in(language.getDomain(), e.hostLanguage());
            org.forumprotocol.core.i18n.Language page = language.getDomain();
            // The delegation beside each name: picking by hand, an officer tells namesakes apart by it.
            choices = new ArrayList<>(delegations.delegatesOf(id).stream()
                    .map(d -> new Choice(d.getId(), d.displayName(page) + " · " + d.getDelegation().getName().in(page, e.hostLanguage())))
                    .toList());
            delegationChoices = new ArrayList<>(delegations.delegationsOf(id).stream()
                    .map(d -> new Choice(d.getId(), d.getName().in(page, e.hostLanguage()))).toList());
            if (!choices.isEmpty()) {
                previewDelegate = choices.get(0).id();
            }
            programmeRelease = releases.latest(id).map(AgendaRelease::getNumber).orElse(null);
            // Set last: the page sends only for an event it could open.
            eventId = id;
        });
    }

    public void preview() {
        if (!currentUser.requireOfficer() || previewDelegate == null) {
            return;
        }
        try {
            Delegate d = delegations.delegate(previewDelegate);
            PersonalMail mail = mails.preview(MessageKind.INVITATION, d, null);
            previewSubject = mail.subject();
            previewText = mail.text();
        } catch (ForumException e) {
            Texts.refusal(e, Map.of());
        }
    }

    public void send() {
        if (!currentUser.requireOfficer() || eventId == null) {
            return;
        }
        try {
            MailJob job = invitations.send(eventId, whom());
            jobId = job.getId();
            programmeRelease = job.getReleaseNumber();
            refresh();
            Texts.info(null, "invitations.started");
        } catch (ForumException e) {
            Texts.refusal(e, Map.of("delegation", "invitations:delegation", "delegates", "invitations:chosen"));
        }
    }

    /** The request as the API takes it: {@code recipients}, {@code delegation} or {@code delegates}. */
    private JsonObject whom() {
        Whom w = Whom.valueOf(recipients);
        return switch (w) {
            case ALL, UNCONFIRMED -> Json.createObjectBuilder().add("recipients", w.name()).build();
            case DELEGATION -> delegation == null ? Json.createObjectBuilder().add("delegation", JsonValue.NULL).build()
                    : Json.createObjectBuilder().add("delegation", delegation).build();
            case CHOSEN -> {
                JsonArrayBuilder ids = Json.createArrayBuilder();
                chosen.forEach(ids::add);
                yield Json.createObjectBuilder().add("delegates", ids).build();
            }
        };
    }

    /** Polled every second while a job runs. */
    public void refresh() {
        if (jobId == null) {
            return;
        }
        progress = BulkSend.of(outbox.progress(jobId), dispatcher.configured());
    }

    /**
     * Polling goes on until the job is done; without a mail server, only until every message is composed, since
     * they then wait in the outbox until one is configured.
     */
    public boolean isPolling() {
        return progress != null && progress.moving();
    }

    public BulkSend getProgress() {
        return progress;
    }

    public List<Whom> getRecipientChoices() {
        return List.of(Whom.values());
    }

    public List<Choice> getDelegationChoices() {
        return delegationChoices;
    }

    public Long getDelegation() {
        return delegation;
    }

    public void setDelegation(Long delegation) {
        this.delegation = delegation;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getTitle() {
        return title;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        // Only the offered choices; anything else (a forged request) invites nobody rather than everybody.
        this.recipients = java.util.Arrays.stream(Whom.values()).map(Whom::name).anyMatch(n -> n.equals(recipients))
                ? recipients : Whom.CHOSEN.name();
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public Long getPreviewDelegate() {
        return previewDelegate;
    }

    public void setPreviewDelegate(Long previewDelegate) {
        this.previewDelegate = previewDelegate;
    }

    public String getPreviewSubject() {
        return previewSubject;
    }

    public String getPreviewText() {
        return previewText;
    }

    public Integer getProgrammeRelease() {
        return programmeRelease;
    }

    public String getJobId() {
        return jobId;
    }
}
