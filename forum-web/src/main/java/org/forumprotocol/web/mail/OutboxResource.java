package org.forumprotocol.web.mail;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.TextRules;
import org.forumprotocol.core.mail.ComposedMail;
import org.forumprotocol.core.mail.MailOrigin;
import org.forumprotocol.core.mail.MailState;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.core.mail.OutboxFilter;
import org.forumprotocol.core.mail.OutboxMessage;
import org.forumprotocol.core.mail.OutboxPage;
import org.forumprotocol.docs.mail.MailComposer;
import org.forumprotocol.docs.mail.MailHtml;
import org.forumprotocol.web.rest.Downloads;

/**
 * The outbox: every message the application has queued, with its state, attempts and last error; the message
 * itself as {@code .eml}; resend a failed or cancelled message, cancel one that has not gone yet; and a free
 * notice to one address. Without an SMTP server, messages wait here ({@code mailServerConfigured: false}).
 */
@Path("outbox")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutboxResource {
    static final String EML = "message/rfc822";
    private static final int NOTICE_TEXT_MAX = 20_000;

    public record Page(long total, int offset, int limit, boolean mailServerConfigured, List<OutboxMessageView> messages) {
    }

    @Inject
    Outbox outbox;

    @Inject
    ForumSettings settings;

    @Inject
    Events events;

    @Inject
    Clock clock;

    @GET
    public Page list(@QueryParam("state") String state, @QueryParam("event") String event,
                     @QueryParam("recipient") String recipient, @QueryParam("job") String job,
                     @QueryParam("offset") @DefaultValue("0") String offset,
                     @QueryParam("limit") @DefaultValue("100") String limit) {
        FieldChecks checks = new FieldChecks();
        MailState s = checks.choice("state", state, MailState.class);
        Long eventId = event == null || event.isBlank() ? null : checks.whole("event", event, 1, Long.MAX_VALUE, 1);
        int from = (int) checks.whole("offset", offset, 0, Integer.MAX_VALUE, 0);
        int size = (int) checks.whole("limit", limit, 1, OutboxFilter.MAX_LIMIT, OutboxFilter.DEFAULT_LIMIT);
        checks.throwIfAny("The outbox cannot be listed");
        OutboxPage page = outbox.list(new OutboxFilter(s, eventId, recipient, job == null || job.isBlank() ? null : job.strip(), from, size));
        return new Page(page.total(), from, size, settings.mail().configured(),
                page.messages().stream().map(OutboxMessageView::of).toList());
    }

    @GET
    @Path("{id: [0-9]+}")
    public OutboxMessageView get(@PathParam("id") long id) {
        return OutboxMessageView.of(outbox.get(id), outbox.attempts(id));
    }

    /** The message exactly as it is sent, to open in a mail program. */
    @GET
    @Path("{id: [0-9]+}.eml")
    @Produces(EML)
    public Response eml(@PathParam("id") long id) {
        return Response.ok(outbox.content(id), EML)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("message-" + id + ".eml"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id: [0-9]+}/resend")
    public OutboxMessageView resend(@PathParam("id") long id) {
        return OutboxMessageView.of(outbox.resend(id));
    }

    @POST
    @Path("{id: [0-9]+}/cancel")
    public OutboxMessageView cancel(@PathParam("id") long id) {
        return OutboxMessageView.of(outbox.cancel(id));
    }

    /** Queues a free notice (kind NOTICE) to one address. */
    @POST
    public Response notice(@NotNull(message = "a JSON body is required") NoticeBody body) {
        FieldChecks checks = new FieldChecks();
        Language language = checks.required("language", body.language()) == null ? null : checks.language("language", body.language());
        String subject = checks.text("subject", body.subject(), TextRules.TEXT_MAX);
        checks.required("subject", subject);
        if (body.text() == null || body.text().isBlank()) {
            checks.add("text", "is required");
        } else if (body.text().length() > NOTICE_TEXT_MAX) {
            checks.add("text", "is too long: at most " + NOTICE_TEXT_MAX + " characters");
        }
        String name = body.name() == null || body.name().isBlank() ? null : checks.text("name", body.name(), TextRules.NAME_MAX);
        if (body.eventId() != null && events.list().stream().noneMatch(e -> e.getId().equals(body.eventId()))) {
            checks.add("eventId", "no event " + body.eventId());
        }
        checks.throwIfAny("The notice cannot be sent");
        ComposedMail mail = new MailComposer(settings, clock).message(language).to(body.recipient(), name).subject(subject)
                .text(body.text().strip())
                .html(MailHtml.document(language, subject, MailHtml.paragraphs(body.text())))
                .compose();
        OutboxMessage queued = outbox.enqueue(MailOrigin.of(MessageKind.NOTICE, language).forEvent(body.eventId()), mail);
        return Response.created(URI.create("outbox/" + queued.getId())).entity(OutboxMessageView.of(queued)).build();
    }
}
