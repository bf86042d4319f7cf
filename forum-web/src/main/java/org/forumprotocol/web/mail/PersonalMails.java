package org.forumprotocol.web.mail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.MailText;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.docs.invitation.Letterhead;
import org.forumprotocol.docs.mail.InvitationMails;
import org.forumprotocol.docs.mail.PersonalMail;

/**
 * Personal messages to delegates: the template of the kind in the delegate's language filled with their data,
 * for preview; and the letterhead invitations are sent on. {@link InvitationMails} composes the real messages.
 */
@ApplicationScoped
public class PersonalMails {
    /** Shown in a preview where the real message has the delegate's private link: issuing one would revoke theirs. */
    static final String PREVIEW_LINK = "https://…/d/(personal link)";

    @Inject
    MailTemplates templates;

    @Inject
    ForumSettings settings;

    /** The message the delegate would get, without issuing anything. */
    public PersonalMail preview(MessageKind kind, Delegate delegate, String changes) {
        Language language = delegate.correspondenceLanguage();
        return filled(kind, templates.text(kind, language), delegate, language, changes);
    }

    /**
     * What {@code delegate} would get with wording an officer is still writing, in the template's {@code language}
     * (their names as that language writes them): nothing is saved or issued; an unknown placeholder is refused
     * naming it, as saving would.
     */
    public PersonalMail preview(MessageKind kind, Language language, MailText wording, Delegate delegate) {
        FieldChecks checks = new FieldChecks();
        MailText checked = (wording == null ? new MailText(null, null) : wording).checked(checks);
        checks.throwIfAny("The wording cannot be previewed");
        return filled(kind, checked, delegate, language, null);
    }

    /** A preview has no private link to give, and a change notice's changes are shown as a stand-in unless given. */
    private static PersonalMail filled(MessageKind kind, MailText text, Delegate delegate, Language language, String changes) {
        return PersonalMail.of(text, delegate, language, PREVIEW_LINK,
                changes == null && kind == MessageKind.PROGRAMME_CHANGED ? "• …" : changes);
    }

    /** The letterhead of the event's letters: FORUM_DATA_DIR/letterhead/, else the event's host organisation. */
    public Letterhead letterheadOf(Event event) {
        return Letterhead.from(settings.dataDir().resolve("letterhead"), event);
    }

    /** The letterhead and the organisation that signs letters; 409 when the event has none. */
    public Letterhead letterhead(Event event) {
        Letterhead letterhead = letterheadOf(event);
        if (organisation(letterhead, event).isBlank()) {
            throw new ForumException(ForumException.Kind.CONFLICT, "An invitation letter needs the organisation that sends it:"
                    + " enter the event's host organisation (or a letterhead in FORUM_DATA_DIR/letterhead/letterhead.properties) first",
                    List.of(new ForumException.FieldError("hostOrganisation", "the event has no host organisation")));
        }
        return letterhead;
    }

    private static String organisation(Letterhead letterhead, Event event) {
        return InvitationMails.organisation(letterhead, event);
    }
}
