package org.forumprotocol.web.mail;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleased;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.agenda.ChangeNotice;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.delegation.DelegateLinks;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.NewTransaction;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.docs.mail.MailComposer;
import org.forumprotocol.docs.mail.ChangeNoticeMail;
import org.forumprotocol.web.delegation.LinkAddresses;

/**
 * Tells every delegate whose own programme a published release changed ({@link ChangeNoticeMail}): after the
 * release committed, each pending notice in a transaction of its own, so one that fails stays PENDING and
 * does not hold back the others.
 */
@ApplicationScoped
public class ChangeNotices {
    private static final Logger LOG = Logger.getLogger(ChangeNotices.class.getName());

    @Inject
    AgendaReleases releases;

    @Inject
    Delegations delegations;

    @Inject
    MailTemplates templates;

    @Inject
    DelegateLinks links;

    @Inject
    LinkAddresses addresses;

    @Inject
    Outbox outbox;

    @Inject
    NewTransaction transaction;

    @Inject
    ForumSettings settings;

    @Inject
    Clock clock;

    /** Only a committed release is real; the publishing transaction is over, so each notice gets its own. */
    void released(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgendaReleased released) {
        List<Long> pending;
        try {
            pending = transaction.run(() -> releases.noticesOf(releases.release(released.eventId(), released.number())).stream()
                    .filter(ChangeNotice::isPending).map(ChangeNotice::getId).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "change notices of release " + released.number() + " of event " + released.eventId()
                    + " could not be read; they stay pending", e);
            return;
        }
        for (long id : pending) {
            try {
                transaction.run(() -> {
                    tell(released, id);
                    return null;
                });
            } catch (RuntimeException e) {
                // Left PENDING: it is listed with the event's pending notices and can be dealt with later.
                LOG.log(Level.WARNING, "change notice " + id + " could not be queued", e);
            }
        }
    }

    private void tell(AgendaReleased released, long noticeId) {
        AgendaRelease release = releases.release(released.eventId(), released.number());
        ChangeNotice notice = releases.noticesOf(release).stream().filter(n -> n.getId() == noticeId).findFirst().orElseThrow();
        new ChangeNoticeMail(releases, delegations, templates, links, outbox, new MailComposer(settings, clock),
                settings.mail().from().getAddress(), addresses::privatePage, clock).tell(notice);
    }
}
