package org.forumprotocol.docs.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateLinks;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.document.OutgoingLetters;
import org.forumprotocol.core.document.OutgoingReference;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.MailJob;
import org.forumprotocol.core.mail.MailOrigin;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.MailText;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.core.mail.NewTransaction;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.docs.calendar.ProgrammeCalendar;
import org.forumprotocol.docs.invitation.InvitationPdf;
import org.forumprotocol.docs.invitation.Letterhead;
import org.forumprotocol.docs.programme.ProgrammeBookletPdf;

/**
 * Composes the invitations of a mail job ({@link Outbox#startJob}) into the outbox. Each message is personal: in
 * the delegate's language, with a freshly issued private link (the earlier ones are revoked: links are kept only
 * as hashes, so the mail must carry a new one), the invitation letter PDF with its outgoing reference, the
 * delegate's personal programme PDF from the agenda release the job names (none when the agenda had not been
 * published when the job started: the letter alone then, and the job says so), and the event as an iCalendar
 * {@code REQUEST}. A delegate without a usable address, removed meanwhile, or whose message cannot be made is
 * skipped with the reason.
 * <p>
 * A run {@linkplain Outbox#claimJob claims} the job and renews the claim with every batch, so one run at a time
 * composes it, on any instance. Batch after batch it takes the recipients that have neither a message nor a
 * skip yet: a run that stopped half-way (the application was stopped or died) is carried on by the next run
 * for exactly those, and nothing is composed twice. Per batch:
 * <ol>
 * <li>a short transaction reads the batch, records the skips and issues the letters' reference numbers (a number
 * issued for a message that then never got stored is not lost: the same letter keeps its number);</li>
 * <li>the PDFs and calendars are rendered outside any transaction, on the calling thread and helpers;</li>
 * <li>one transaction replaces each delegate's link, composes the messages and queues them: a message and its
 * link exist together or not at all.</li>
 * </ol>
 * If a batch's transaction fails, its recipients are tried one by one, so that one bad recipient is skipped with
 * its reason and does not hold back the others.
 */
public final class InvitationMails {
    private static final Logger LOG = Logger.getLogger(InvitationMails.class.getName());

    /** Recipients per batch: the PDFs of a batch are held in memory at once. */
    public static final int BATCH = 20;

    /** The core services the messages are made from, as the container injects them. */
    public record Services(Events events, Delegations delegations, AgendaReleases releases, MailTemplates templates,
                           DelegateLinks links, OutgoingLetters letters, Outbox outbox, NewTransaction transactions) {
    }

    /**
     * What one run did: messages queued and recipients skipped by it, and whether the job's composing is finished
     * (false when another run holds the job, or this one lost its claim).
     */
    public record Run(int composed, int skipped, boolean finished) {
    }

    private final Services services;
    private final MailComposer composer;
    private final String organizerEmail;
    private final Function<Event, Letterhead> letterheads;
    private final Function<String, String> privatePage;
    private final Clock clock;
    private final Executor helpers;
    private final int threads;

    /**
     * @param organizerEmail the office's address, the calendar's ORGANIZER
     * @param letterheads    the letterhead of an event's letters and programmes
     * @param privatePage    the address of the private page of a link's token
     * @param helpers        threads that render PDFs beside the calling one (null: the calling thread alone)
     * @param threads        how many threads in all render at once, the calling one included
     */
    public InvitationMails(Services services, MailComposer composer, String organizerEmail,
                           Function<Event, Letterhead> letterheads, Function<String, String> privatePage, Clock clock,
                           Executor helpers, int threads) {
        this.services = services;
        this.composer = composer;
        this.organizerEmail = organizerEmail;
        this.letterheads = letterheads;
        this.privatePage = privatePage;
        this.clock = clock;
        this.helpers = helpers;
        this.threads = Math.max(1, threads);
    }

    /** The organisation that signs the letters and counts their reference numbers: blank when the event has none. */
    public static String organisation(Letterhead letterhead, Event event) {
        return letterhead.organisation().in(event.hostLanguage(), Language.RU, Language.EN);
    }

    /** The job's claim was taken over by another run (this one was stalled past its lease): it stops at once. */
    private static final class ClaimLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClaimLost() {
            super("the mail job was taken over by another run", null, false, false);
        }
    }

    /** What every message of the job shares, read once per run. */
    private record Job(String id, String claimant, Event event, Letterhead letterhead, String organisation,
                       AgendaRelease release, List<Delegate> speakers) {
    }

    /** One recipient to render for. */
    private record Recipient(Delegate delegate, Language language, OutgoingReference reference, List<ReleasedItem> programme) {
    }

    /** A recipient's attachments, or why they could not be made. */
    private record Rendered(Recipient recipient, byte[] letter, String letterName, byte[] programme, String programmeName,
                            String calendar, RuntimeException failure) {
    }

    /**
     * Composes what is left of the job, as the composing run {@code claimant} (a name no other run uses). Returns
     * at once, having done nothing, when another run holds the job or it is finished.
     */
    public Run compose(String jobId, String claimant) {
        return compose(jobId, claimant, () -> false);
    }

    /**
     * Like {@link #compose(String, String)}, and stops after the current batch once {@code stop} says so (the
     * application is being stopped), giving the job back so that the next start carries it on at once.
     */
    public Run compose(String jobId, String claimant, BooleanSupplier stop) {
        Job job;
        try {
            job = services.transactions().run(() -> open(jobId, claimant));
        } catch (ClaimLost e) {
            return new Run(0, 0, false);
        }
        int composed = 0;
        int skipped = 0;
        try {
            while (true) {
                if (stop.getAsBoolean()) {
                    services.transactions().run(() -> services.outbox().releaseJob(job.id(), claimant));
                    LOG.info("Mail job " + jobId + " is handed back unfinished: the application is stopping.");
                    return new Run(composed, skipped, false);
                }
                List<Long> pending = inTransaction(job, () -> services.outbox().pendingRecipients(job.id(), BATCH));
                if (pending.isEmpty()) {
                    boolean finished = inTransaction(job, () -> services.outbox().finishComposing(job.id(), claimant));
                    return new Run(composed, skipped, finished);
                }
                List<Recipient> recipients = new ArrayList<>();
                each(job, pending, id -> prepare(job, id), (id, failure) -> skipFailed(job, id, null, failure), recipients);
                skipped += pending.size() - recipients.size();
                List<Rendered> ready = new ArrayList<>();
                for (Rendered r : Parallel.map(recipients, r -> render(job, r), helpers, threads)) {
                    if (r.failure() == null) {
                        ready.add(r);
                    } else {
                        skipped++;
                        skipFailed(job, r.recipient().delegate().getId(), r.recipient().delegate(), r.failure());
                    }
                }
                List<Boolean> queued = new ArrayList<>();
                each(job, ready, r -> store(job, r), (r, failure) -> skipFailed(job, r.recipient().delegate().getId(),
                        r.recipient().delegate(), failure), queued);
                composed += queued.size();
                skipped += ready.size() - queued.size();
            }
        } catch (ClaimLost e) {
            LOG.info("Mail job " + jobId + " was taken over by another run; " + claimant + " stops.");
            return new Run(composed, skipped, false);
        }
    }

    /** Claims the job and reads what all its messages share. */
    private Job open(String jobId, String claimant) {
        if (!services.outbox().claimJob(jobId, claimant)) {
            throw new ClaimLost();
        }
        MailJob job = services.outbox().job(jobId);
        Event event = services.events().get(job.getEventId());
        Letterhead letterhead = letterheads.apply(event);
        AgendaRelease release = null;
        List<Delegate> speakers = List.of();
        if (job.getReleaseNumber() != null) {
            release = services.releases().release(event.getId(), job.getReleaseNumber());
            // Read now, in the transaction: the release is used after it, also on other threads.
            release.belongsTo(event.getId());
            Set<Long> people = new HashSet<>();
            for (ReleasedItem item : release.getScheduledItems()) {
                people.addAll(item.speakers());
                people.addAll(item.moderators());
            }
            // The booklet names speakers and moderators; the others' data is not needed.
            speakers = services.delegations().delegatesOf(event.getId()).stream().filter(d -> people.contains(d.getId())).toList();
        }
        return new Job(jobId, claimant, event, letterhead, organisation(letterhead, event), release, speakers);
    }

    /** Work in a transaction of its own in which the job is still this run's (the claim renewed), else ClaimLost. */
    private <T> T inTransaction(Job job, Supplier<T> work) {
        return services.transactions().run(() -> {
            if (!services.outbox().claimJob(job.id(), job.claimant())) {
                throw new ClaimLost();
            }
            return work.get();
        });
    }

    /**
     * Runs {@code work} on every item in one transaction, adding the non-null results to {@code out}; if that
     * transaction fails, each item in one of its own, handing an item that fails alone to {@code failed}.
     */
    private <T, R> void each(Job job, List<T> items, Function<T, R> work, BiConsumer<T, RuntimeException> failed,
                             List<R> out) {
        if (items.isEmpty()) {
            return;
        }
        try {
            List<R> results = inTransaction(job, () -> {
                List<R> all = new ArrayList<>();
                for (T item : items) {
                    R r = work.apply(item);
                    if (r != null) {
                        all.add(r);
                    }
                }
                return all;
            });
            out.addAll(results);
            return;
        } catch (ClaimLost e) {
            throw e;
        } catch (RuntimeException batchFailure) {
            LOG.log(Level.WARNING, "A batch of mail job " + job.id() + " failed; its recipients are tried one by one", batchFailure);
        }
        for (T item : items) {
            try {
                R r = inTransaction(job, () -> work.apply(item));
                if (r != null) {
                    out.add(r);
                }
            } catch (ClaimLost e) {
                throw e;
            } catch (RuntimeException e) {
                failed.accept(item, e);
            }
        }
    }

    /**
     * In the batch's first transaction: skips a recipient who cannot get the invitation, else issues the letter's
     * reference and reads their personal programme. Null when skipped.
     */
    private Recipient prepare(Job job, long delegateId) {
        Optional<Delegate> found = services.delegations().findDelegate(delegateId);
        if (found.isEmpty()) {
            services.outbox().skip(job.id(), new MailJob.Skip(delegateId, "delegate " + delegateId,
                    "no longer registered: removed before the invitation was composed"));
            return null;
        }
        Delegate delegate = found.get();
        Language language = delegate.correspondenceLanguage();
        String unreachable = ChangeNoticeMail.unreachable(delegate);
        if (unreachable == null && job.organisation().isBlank()) {
            unreachable = "no letter can be made: the event has no host organisation (nor a letterhead naming one)";
        }
        if (unreachable != null) {
            services.outbox().skip(job.id(), new MailJob.Skip(delegateId, delegate.displayName(language), unreachable));
            return null;
        }
        OutgoingReference reference = services.letters().issue(OutgoingLetters.INVITATION, delegate, job.organisation());
        List<ReleasedItem> programme = job.release() == null ? null : services.releases().personalProgramme(delegateId, job.release());
        return new Recipient(delegate, language, reference, programme);
    }

    /** Outside any transaction, on any thread: the two PDFs and the calendar. */
    private Rendered render(Job job, Recipient r) {
        try {
            Delegate delegate = r.delegate();
            ByteArrayOutputStream letter = new ByteArrayOutputStream(128 * 1024);
            InvitationPdf.write(job.letterhead(), delegate, r.reference(), letter);
            byte[] programme = null;
            String programmeName = null;
            if (job.release() != null) {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
                ProgrammeBookletPdf.write(job.event(), job.release(), r.programme(), job.speakers(), job.letterhead(), r.language(),
                        delegate, pdf);
                programme = pdf.toByteArray();
                programmeName = ProgrammeBookletPdf.fileName(job.event(), r.language(), delegate);
            }
            ByteArrayOutputStream ics = new ByteArrayOutputStream();
            ProgrammeCalendar.of(job.event(), organizerEmail, clock).writeEventInvitation(job.event(),
                    new ProgrammeCalendar.Person(delegate.getEmail().strip(), delegate.displayName(r.language())), r.language(), ics);
            return new Rendered(r, letter.toByteArray(), InvitationPdf.fileName(delegate, r.reference()), programme, programmeName,
                    ics.toString(StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            return new Rendered(r, null, null, null, null, null, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The invitation of delegate " + r.delegate().getId() + " could not be rendered", e);
            return new Rendered(r, null, null, null, null, null, e);
        }
    }

    /** In the batch's second transaction: the delegate's new link, then the message, queued. */
    private Boolean store(Job job, Rendered r) {
        Delegate delegate = r.recipient().delegate();
        Language language = r.recipient().language();
        long id = delegate.getId();
        services.links().revoke(id);
        String link = privatePage.apply(services.links().issue(id, null).token());
        PersonalMail text = PersonalMail.of(template(language), delegate, language, link, null);
        MailComposer.Builder message = composer.message(language).to(delegate.getEmail().strip(), delegate.displayName(language))
                .subject(text.subject()).text(text.text()).html(text.html())
                .calendar(r.calendar(), "REQUEST")
                .attach(r.letterName(), "application/pdf", r.letter());
        if (r.programme() != null) {
            message.attach(r.programmeName(), "application/pdf", r.programme());
        }
        services.outbox().enqueue(MailOrigin.of(MessageKind.INVITATION, language).forEvent(job.event().getId()).forDelegate(id)
                .inJob(job.id()), message.compose());
        return Boolean.TRUE;
    }

    private final Map<Language, MailText> templateCache = new EnumMap<>(Language.class);

    /** The invitation template of a language, read once per run: officers edit them before sending, not during. */
    private MailText template(Language language) {
        return templateCache.computeIfAbsent(language, l -> services.templates().text(MessageKind.INVITATION, l));
    }

    /** Skips a recipient whose message could not be made, unless it was dealt with meanwhile. */
    private void skipFailed(Job job, long delegateId, Delegate delegate, RuntimeException failure) {
        LOG.log(Level.WARNING, "The invitation of delegate " + delegateId + " in mail job " + job.id() + " is skipped", failure);
        String reason = "could not be composed: " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        inTransaction(job, () -> {
            if (services.outbox().isPending(job.id(), delegateId)) {
                String name = delegate == null ? "delegate " + delegateId : delegate.displayName(delegate.correspondenceLanguage());
                services.outbox().skip(job.id(), new MailJob.Skip(delegateId, name.isBlank() ? "delegate " + delegateId : name, reason));
            }
            return null;
        });
    }
}
