package org.forumprotocol.web.mail;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.MailText;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.docs.mail.PersonalMail;
import org.forumprotocol.web.event.EventOption;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.Texts;

/**
 * Officers word the messages (templates.xhtml): every kind in every language, shipped or their own; one opened
 * for editing with its placeholders, saved or put back to the shipped wording; and a preview of the wording as
 * typed, filled with a real delegate's data, as text and as the HTML version, before anything is saved or sent.
 */
@Named("templatesPage")
@ViewScoped
public class MailTemplatesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "templateForm";
    private static final Map<String, String> FIELDS = Map.of("subject", FORM + ":subject", "body", FORM + ":body");

    @Inject
    MailTemplates templates;

    @Inject
    PersonalMails mails;

    @Inject
    Events events;

    @Inject
    Delegations delegations;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.forumprotocol.web.page.Language language;

    /** A template as the list shows it. */
    public record Row(String kind, String language, String subject, boolean custom) implements Serializable {
        static Row of(MailTemplates.Entry e) {
            return new Row(e.kind().name(), e.language().code(), e.text().subject(), e.custom());
        }
    }

    /** A delegate to preview with. */
    public record Option(long id, String label) implements Serializable {
    }

    private ArrayList<Row> rows = new ArrayList<>();
    private ArrayList<EventOption> eventOptions = new ArrayList<>();
    private ArrayList<Option> delegateOptions = new ArrayList<>();
    /** The template open for editing, or null. */
    private MessageKind kind;
    private Language templateLanguage;
    private boolean custom;
    private String subject;
    private String body;
    private Long previewEvent;
    private Long previewDelegate;
    /** The preview shown: subject, text and HTML version; null subject when none is. */
    private String previewSubject;
    private String previewText;
    private String previewHtml;

    @PostConstruct
    void init() {
        if (!currentUser.isOfficer()) {
            return;
        }
        reload();
        eventOptions = EventOption.newestFirst(events, language.getDomain());
    }

    private void reload() {
        rows = new ArrayList<>(templates.all().stream().map(Row::of).toList());
    }

    /** Opens a template for editing. */
    public void edit(String kindName, String code) {
        if (!currentUser.requireOfficer()) {
            return;
        }
        kind = MessageKind.valueOf(kindName);
        templateLanguage = Language.of(code).orElseThrow();
        MailTemplates.Entry entry = templates.get(kind, templateLanguage);
        custom = entry.custom();
        subject = entry.text().subject();
        body = entry.text().body();
        previewSubject = null;
        delegates();
    }

    public void close() {
        kind = null;
        templateLanguage = null;
        previewSubject = null;
    }

    public void save() {
        if (!currentUser.requireOfficer() || kind == null || refusedPlaceholders()) {
            return;
        }
        Texts.save(() -> {
            MailTemplates.Entry saved = templates.save(kind, templateLanguage, new MailText(subject, body));
            subject = saved.text().subject();
            body = saved.text().body();
            custom = true;
            reload();
            Texts.info(null, "templates.saved");
        }, FIELDS, this::reload, ":templates:table");
    }

    /** Back to the shipped wording. */
    public void reset() {
        if (!currentUser.requireOfficer() || kind == null) {
            return;
        }
        MailTemplates.Entry shipped = templates.reset(kind, templateLanguage);
        subject = shipped.text().subject();
        body = shipped.text().body();
        custom = false;
        previewSubject = null;
        reload();
        Texts.info(null, "templates.resetDone");
    }

    /** The delegates of the chosen event, named as the template's language writes them. */
    public void delegates() {
        delegateOptions = new ArrayList<>();
        if (previewEvent == null || templateLanguage == null) {
            previewDelegate = null;
            return;
        }
        try {
            delegations.delegatesOf(previewEvent).forEach(d -> delegateOptions.add(new Option(d.getId(), d.displayName(templateLanguage))));
        } catch (ForumException e) {
            previewEvent = null;
        }
        if (delegateOptions.stream().noneMatch(o -> o.id() == (previewDelegate == null ? -1 : previewDelegate))) {
            previewDelegate = delegateOptions.isEmpty() ? null : delegateOptions.get(0).id();
        }
    }

    /** The wording as typed, filled with the chosen delegate's data. */
    public void preview() {
        if (!currentUser.requireOfficer() || kind == null) {
            return;
        }
        previewSubject = null;
        if (refusedPlaceholders()) {
            return;
        }
        if (previewDelegate == null) {
            Texts.fieldError(FORM + ":previewDelegate", "templates.preview.noDelegate");
            return;
        }
        try {
            PersonalMail mail = mails.preview(kind, templateLanguage, new MailText(subject, body), delegations.delegate(previewDelegate));
            previewSubject = mail.subject();
            previewText = mail.text();
            previewHtml = mail.html();
        } catch (ForumException e) {
            Texts.refusal(e, FIELDS);
        }
    }

    /**
     * Names each unknown placeholder at its field, in the page's language (the domain refuses them too, in English
     * for the API); true when there was one.
     */
    private boolean refusedPlaceholders() {
        Map<String, String> unknown = new MailText(subject, body).unknownPlaceholders();
        unknown.forEach((p, field) -> Texts.fieldError(FIELDS.get(field), "templates.error.placeholder", "{" + p + "}"));
        if (!unknown.isEmpty()) {
            Texts.error(null, "error.fields");
        }
        return !unknown.isEmpty();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<EventOption> getEventOptions() {
        return eventOptions;
    }

    public List<Option> getDelegateOptions() {
        return delegateOptions;
    }

    public boolean isEditing() {
        return kind != null;
    }

    public String getKind() {
        return kind == null ? null : kind.name();
    }

    public String getTemplateLanguage() {
        return templateLanguage == null ? null : templateLanguage.code();
    }

    public boolean isCustom() {
        return custom;
    }

    /** The placeholders the open template's kind may use ({@code {changes}} only in a programme change). */
    public List<String> getPlaceholders() {
        return MailText.placeholdersOf(kind);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getPreviewEvent() {
        return previewEvent;
    }

    public void setPreviewEvent(Long previewEvent) {
        this.previewEvent = previewEvent;
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

    /** The HTML version, for a sandboxed frame: no script of it runs, and every value in it was escaped. */
    public String getPreviewHtml() {
        return previewHtml;
    }
}
