package org.forumprotocol.web.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateLinks;
import org.forumprotocol.core.document.OutgoingLetters;
import org.forumprotocol.core.document.OutgoingReference;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.ComposedMail;
import org.forumprotocol.core.mail.MailOrigin;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.docs.calendar.ProgrammeCalendar;
import org.forumprotocol.docs.invitation.InvitationPdf;
import org.forumprotocol.docs.invitation.Letterhead;
import org.forumprotocol.docs.mail.ChangeNoticeMail;
import org.forumprotocol.docs.mail.MailComposer;
import org.forumprotocol.docs.mail.PersonalMail;
import org.forumprotocol.web.delegation.LinkAddresses;

/**
 * Personal messages to delegates: the template of the kind in the delegate's language filled with their data,
 * for preview or, with a freshly issued private link and the attachments, queued in the outbox.
 */
@ApplicationScoped
public class PersonalMails {
    /** Shown in a preview where the real message has the delegate's private link: issuing one would revoke theirs. */
    static final String PREVIEW_LINK = "https://…/d/(personal link)";

    @Inject
    MailTemplates templates;

    @Inject
    DelegateLinks links;

    @Inject
    LinkAddresses addresses;

    @Inject
    OutgoingLetters letters;

    @Inject
    Outbox outbox;

    @Inject
    ForumSettings settings;

    @Inject
    Clock clock;

    /** The message the delegate would get, without issuing anything. */
    public PersonalMail preview(MessageKind kind, Delegate delegate, String changes) {
        Language language = delegate.correspondenceLanguage();
        return PersonalMail.of(templates.text(kind, language), delegate, language, PREVIEW_LINK,
                changes == null && kind == MessageKind.PROGRAMME_CHANGED ? "• …" : changes);
    }

    /** Why the delegate cannot get mail, or null when they can. */
    public static String unreachable(Delegate delegate) {
        return ChangeNoticeMail.unreachable(delegate);
    }

    /** The letterhead and the organisation that signs letters; 409 when the event has none. */
    public Letterhead letterhead(Event event) {
        Letterhead letterhead = Letterhead.from(settings.dataDir().resolve("letterhead"), event);
        if (organisation(letterhead, event).isBlank()) {
            throw new ForumException(ForumException.Kind.CONFLICT, "An invitation letter needs the organisation that sends it:"
                    + " enter the event's host organisation (or a letterhead in FORUM_DATA_DIR/letterhead/letterhead.properties) first",
                    List.of(new ForumException.FieldError("hostOrganisation", "the event has no host organisation")));
        }
        return letterhead;
    }

    private static String organisation(Letterhead letterhead, Event event) {
        return letterhead.organisation().in(event.hostLanguage(), Language.RU, Language.EN);
    }

    /**
     * Queues the invitation of a reachable delegate, in the caller's transaction: a new private link (the
     * previous ones are revoked, since only their hashes are kept and the mail must carry a working one), the
     * letter PDF with its outgoing reference, and the event as a calendar REQUEST.
     */
    public void invite(Delegate delegate, Letterhead letterhead, String jobId) {
        Event event = delegate.getDelegation().getEvent();
        Language language = delegate.correspondenceLanguage();
        links.revoke(delegate.getId());
        String link = addresses.privatePage(links.issue(delegate.getId(), null).token());
        PersonalMail text = PersonalMail.of(templates.text(MessageKind.INVITATION, language), delegate, language, link, null);
        OutgoingReference reference = letters.issue(OutgoingLetters.INVITATION, delegate, organisation(letterhead, event));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        InvitationPdf.write(letterhead, delegate, reference, pdf);
        String name = delegate.displayName(language);
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        try {
            ProgrammeCalendar.of(event, settings.mail().from().getAddress(), clock)
                    .writeEventInvitation(event, new ProgrammeCalendar.Person(delegate.getEmail().strip(), name), language, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ComposedMail mail = new MailComposer(settings, clock).message(language).to(delegate.getEmail().strip(), name)
                .subject(text.subject()).text(text.text()).html(text.html())
                .calendar(ics.toString(StandardCharsets.UTF_8), "REQUEST")
                .attach(InvitationPdf.fileName(delegate, reference), "application/pdf", pdf.toByteArray())
                .compose();
        outbox.enqueue(MailOrigin.of(MessageKind.INVITATION, language).forEvent(event.getId()).forDelegate(delegate.getId())
                .inJob(jobId), mail);
    }
}
