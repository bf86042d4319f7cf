package org.forumprotocol.docs.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.agenda.ChangeNotice;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateLinks;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.MailOrigin;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.docs.calendar.ProgrammeCalendar;

/**
 * Tells one delegate that a release changed their own programme: a PROGRAMME_CHANGED message in their
 * language listing their changes, queued in the outbox in the caller's transaction, and the notice marked
 * QUEUED (or SKIPPED with the reason when they have no usable address).
 * <p>
 * Calendar: one changed item goes inline as an iTIP part ({@code REQUEST}, or {@code CANCEL} when it left
 * their programme). iTIP allows one UID per message, so for several items the message carries their whole
 * personal programme as an attached {@code METHOD:PUBLISH} file instead: same UIDs, higher SEQUENCEs,
 * removed items {@code STATUS:CANCELLED}.
 */
public final class ChangeNoticeMail {
    private final AgendaReleases releases;
    private final Delegations delegations;
    private final MailTemplates templates;
    private final DelegateLinks links;
    private final Outbox outbox;
    private final MailComposer composer;
    private final String organizerEmail;
    private final Function<String, String> privatePage;
    private final Clock clock;

    /** {@code privatePage} turns a link token into the address of the delegate's private page. */
    public ChangeNoticeMail(AgendaReleases releases, Delegations delegations, MailTemplates templates, DelegateLinks links,
                            Outbox outbox, MailComposer composer, String organizerEmail, Function<String, String> privatePage,
                            Clock clock) {
        this.releases = releases;
        this.delegations = delegations;
        this.templates = templates;
        this.links = links;
        this.outbox = outbox;
        this.composer = composer;
        this.organizerEmail = organizerEmail;
        this.privatePage = privatePage;
        this.clock = clock;
    }

    /** Why the delegate cannot get mail, or null when they can: no address, or one the outbox would refuse. */
    public static String unreachable(Delegate delegate) {
        String email = delegate.getEmail();
        if (email == null || email.isBlank()) {
            return "no e-mail address";
        }
        try {
            InternetAddress address = new InternetAddress(email.strip(), true);
            address.validate();
            return address.getAddress().chars().allMatch(c -> c < 128) ? null : "not an ASCII e-mail address: " + email;
        } catch (AddressException e) {
            return "not an e-mail address: " + email;
        }
    }

    /** Deals with a pending notice; one already dealt with is left alone. */
    public void tell(ChangeNotice notice) {
        if (!notice.isPending()) {
            return;
        }
        Delegate delegate = notice.getDelegate();
        String unreachable = unreachable(delegate);
        if (unreachable != null) {
            notice.markSkipped(clock.instant(), unreachable);
            return;
        }
        AgendaRelease release = notice.getRelease();
        Event event = delegate.getDelegation().getEvent();
        Language language = delegate.correspondenceLanguage();
        String changes = releases.personalChangeLog(delegate.getId(), release, language).stream()
                .map(line -> "• " + line).collect(Collectors.joining("\n"));
        // A new link beside the delegate's earlier ones (tokens are kept only as hashes): a programme change
        // must not break the link of their invitation.
        String link = privatePage.apply(links.issue(delegate.getId(), null).token());
        PersonalMail text = PersonalMail.of(templates.text(MessageKind.PROGRAMME_CHANGED, language), delegate, language, link, changes);
        String name = delegate.displayName(language);
        String email = delegate.getEmail().strip();
        MailComposer.Builder message = composer.message(language).to(email, name)
                .subject(text.subject()).text(text.text()).html(text.html());

        List<ReleasedItem> calendar = releases.personalCalendar(delegate.getId(), release);
        List<ReleasedItem> changed = calendar.stream().filter(i -> notice.concerns(i.uid())).toList();
        Map<Long, Delegate> people = delegations.delegatesOf(event.getId()).stream()
                .collect(Collectors.toMap(Delegate::getId, Function.identity()));
        LongFunction<String> names = id -> people.containsKey(id) ? people.get(id).displayName(language) : null;
        ProgrammeCalendar ics = ProgrammeCalendar.of(event, organizerEmail, clock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (changed.size() == 1) {
                ReleasedItem item = changed.get(0);
                ics.writeInvitation(item, new ProgrammeCalendar.Person(email, name), language, names, out);
                message.calendar(out.toString(StandardCharsets.UTF_8), ProgrammeCalendar.methodOf(item));
            } else if (changed.size() > 1) {
                ics.writePersonalProgramme(calendar, delegate.getId(), delegate.getDelegation().getId(), name, language, names, out);
                message.attach("programme.ics", ProgrammeCalendar.MEDIA_TYPE + "; method=PUBLISH", out.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outbox.enqueue(MailOrigin.of(MessageKind.PROGRAMME_CHANGED, language).forEvent(event.getId())
                .forDelegate(delegate.getId()), message.compose());
        notice.markQueued(clock.instant());
    }
}
