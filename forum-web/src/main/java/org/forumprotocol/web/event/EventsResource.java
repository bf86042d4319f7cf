package org.forumprotocol.web.event;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.mail.MailJob;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.docs.mail.PersonalMail;
import org.forumprotocol.web.mail.Invitations;
import org.forumprotocol.web.mail.MailJobsResource;
import org.forumprotocol.web.mail.PersonalMails;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.core.delegation.ParticipantImport;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.delegation.ParticipantSheet;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.participants.ParticipantFiles;
import org.forumprotocol.docs.participants.ParticipantFiles.Format;
import org.forumprotocol.docs.calendar.ProgrammeCalendar;
import org.forumprotocol.web.agenda.AgendaCalendars;
import org.forumprotocol.web.agenda.AgendaItemBody;
import org.forumprotocol.web.agenda.AgendaItemView;
import org.forumprotocol.web.agenda.AgendaViews;
import org.forumprotocol.web.agenda.ReleaseBody;
import org.forumprotocol.web.agenda.ReleaseView;
import org.forumprotocol.web.agenda.VenueBody;
import org.forumprotocol.web.agenda.VenueView;
import org.forumprotocol.web.delegation.DelegationBody;
import org.forumprotocol.web.delegation.DelegationView;
import org.forumprotocol.web.document.DocumentDownloads;
import org.forumprotocol.web.rest.Downloads;
import org.forumprotocol.web.rest.UploadLimit;
import org.forumprotocol.web.rest.UploadLimitFilter;

/**
 * Officers create and edit the events the office hosts, their delegations and participant lists, and move
 * participant lists in and out as XLSX or CSV files.
 */
@Path("events")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    Events events;

    @Inject
    AgendaCalendars calendars;

    @Inject
    Delegations delegations;

    @Inject
    ParticipantImport participantImport;

    @Inject
    AgendaItems agenda;

    @Inject
    AgendaViews agendaViews;

    @Inject
    DocumentDownloads documents;

    @Inject
    Invitations invitations;

    @Inject
    PersonalMails personalMails;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv";

    @GET
    public List<EventView> list() {
        return events.list().stream().map(EventView::of).toList();
    }

    @GET
    @Path("{id}")
    public EventView get(@PathParam("id") long id) {
        return EventView.of(events.get(id));
    }

    @POST
    public Response create(@NotNull(message = "a JSON body is required") EventBody body) {
        EventView view = EventView.of(events.create(body.details()));
        return Response.created(UriBuilder.fromResource(EventsResource.class).path(String.valueOf(view.id())).build())
                .tag(String.valueOf(view.version())).entity(view).build();
    }

    @PUT
    @Path("{id}")
    public EventView update(@PathParam("id") long id, @NotNull(message = "a JSON body is required") EventBody body) {
        return EventView.of(events.update(id, body.details()));
    }

    /**
     * Sends invitations as a mail job: 202 with the job to poll at mail/jobs/{jobId}, and the agenda release whose
     * personal programme they carry (null, with a note, when the agenda was never published).
     */
    @POST
    @Path("{event}/invitations")
    public Response invite(@PathParam("event") long event, JsonObject body) {
        MailJob job = invitations.send(event, body);
        Integer release = job.getReleaseNumber();
        return Response.accepted(new InvitationJob(job.getId(), release, release == null ? MailJobsResource.NO_PROGRAMME : null))
                .location(URI.create("mail/jobs/" + job.getId())).build();
    }

    public record InvitationJob(String jobId, Integer programmeRelease, String note) {
    }

    /** A message as one delegate would get it, with their data but a placeholder for their private link. */
    @POST
    @Path("{event}/mail/preview")
    public MailPreviewView previewMail(@PathParam("event") long event, @NotNull(message = "a JSON body is required") MailPreviewBody body) {
        FieldChecks checks = new FieldChecks();
        MessageKind kind = checks.choice("kind", body.kind(), MessageKind.class);
        if (kind == null && !checks.has("kind")) {
            checks.add("kind", "is required");
        }
        Long delegateId = null;
        try {
            delegateId = body.delegate() == null || body.delegate().isBlank() ? null : Long.valueOf(body.delegate().strip());
        } catch (NumberFormatException e) {
            checks.add("delegate", "must be a delegate's id, not '" + body.delegate() + "'");
        }
        if (delegateId == null && !checks.has("delegate")) {
            checks.add("delegate", "is required");
        }
        checks.throwIfAny("The preview cannot be made");
        long id = delegateId;
        Delegate delegate = delegations.delegatesOf(event).stream().filter(d -> d.getId() == id).findFirst()
                .orElseThrow(() -> ForumException.invalid("delegate", "no delegate " + body.delegate() + " in event " + event));
        PersonalMail mail = personalMails.preview(kind, delegate, null);
        return new MailPreviewView(kind.name(), mail.language().code(), delegate.getEmail(), mail.subject(), mail.text(), mail.html());
    }

    public record MailPreviewBody(String kind, String delegate) {
    }

    public record MailPreviewView(String kind, String language, String recipient, String subject, String text, String html) {
    }

    @GET
    @Path("{event}/delegations")
    public List<DelegationView> delegationsOf(@PathParam("event") long event) {
        return delegations.delegationsOf(event).stream().map(DelegationView::of).toList();
    }

    @POST
    @Path("{event}/delegations")
    public Response addDelegation(@PathParam("event") long event, @NotNull(message = "a JSON body is required") DelegationBody body) {
        DelegationView view = DelegationView.of(delegations.addDelegation(event, body.details()));
        return Response.created(URI.create("delegations/" + view.id())).entity(view).build();
    }

    // --- venues and agenda (sub-paths of events/{id} live here: JAX-RS does not backtrack between root resources) ---

    @GET
    @Path("{event}/venues")
    public List<VenueView> venuesOf(@PathParam("event") long event) {
        return agenda.venuesOf(event).stream().map(VenueView::of).toList();
    }

    @POST
    @Path("{event}/venues")
    public Response addVenue(@PathParam("event") long event, @NotNull(message = "a JSON body is required") VenueBody body) {
        VenueView view = VenueView.of(agenda.addVenue(event, body.details()));
        return Response.created(URI.create("events/" + event + "/venues")).entity(view).build();
    }

    /** The programme in time order with warnings; {@code lang} defaults to the host language. */
    @GET
    @Path("{event}/agenda")
    public List<?> agendaOf(@PathParam("event") long event, @QueryParam("lang") String lang,
                            @QueryParam("release") String release) {
        return agendaViews.agenda(event, lang, release);
    }

    /**
     * The latest release as an iCalendar file (METHOD:PUBLISH) in {@code lang}; {@code audience} is
     * {@code delegates} (default), {@code public} or {@code staff}.
     */
    @GET
    @Path("{event}/agenda.ics")
    @Produces(ProgrammeCalendar.MEDIA_TYPE)
    public Response agendaCalendar(@PathParam("event") long event, @QueryParam("lang") String lang,
                                   @QueryParam("audience") String audience) {
        return calendars.programme(event, lang, audience);
    }

    /** Publishes the working copy as the next release; the answer carries its change log in {@code lang}. */
    @POST
    @Path("{event}/agenda/releases")
    public Response publish(@PathParam("event") long event, @QueryParam("lang") String lang, ReleaseBody body) {
        ReleaseView view = agendaViews.publish(event, lang, body);
        return Response.created(URI.create("events/" + event + "/agenda/releases/" + view.number())).entity(view).build();
    }

    @GET
    @Path("{event}/agenda/releases")
    public List<ReleaseView> releasesOf(@PathParam("event") long event, @QueryParam("lang") String lang) {
        return agendaViews.releases(event, lang);
    }

    @GET
    @Path("{event}/agenda/releases/{number}")
    public ReleaseView release(@PathParam("event") long event, @PathParam("number") int number, @QueryParam("lang") String lang) {
        return agendaViews.release(event, number, lang);
    }

    @POST
    @Path("{event}/agenda")
    public Response addAgendaItem(@PathParam("event") long event, @NotNull(message = "a JSON body is required") AgendaItemBody body) {
        AgendaItemView view = agendaViews.item(agenda.add(event, body.details()));
        return Response.created(URI.create("agenda/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{event}/participants")
    public List<Participant> participants(@PathParam("event") long event, @QueryParam("lang") String lang,
                                          @QueryParam("order") @DefaultValue("name") String order) {
        FieldChecks checks = new FieldChecks();
        Language language = lang == null ? events.get(event).hostLanguage() : checks.language("lang", lang);
        ParticipantOrder sort = checks.choice("order", order, ParticipantOrder.class);
        checks.throwIfAny("The participant list cannot be made");
        return delegations.participants(event, language, sort == null ? ParticipantOrder.NAME : sort);
    }

    // --- protocol documents (PDF/A), rendered by DocumentDownloads; ?disposition=inline for a preview ---

    @GET
    @Path("{event}/documents/programme.pdf")
    @Produces(DocumentDownloads.PDF)
    public Response programmePdf(@PathParam("event") long event, @QueryParam("lang") String lang, @QueryParam("release") String release,
            @QueryParam("delegate") String delegate, @QueryParam("disposition") String disposition) {
        return documents.as(disposition, () -> documents.programme(event, lang, release, delegate));
    }

    @GET
    @Path("{event}/documents/minutes.pdf")
    @Produces(DocumentDownloads.PDF)
    public Response minutesPdf(@PathParam("event") long event, @QueryParam("item") String item, @QueryParam("lang") String lang,
            @QueryParam("disposition") String disposition) {
        return documents.as(disposition, () -> documents.minutes(event, item, lang));
    }

    @GET
    @Path("{event}/documents/participants.pdf")
    @Produces(DocumentDownloads.PDF)
    public Response participantsPdf(@PathParam("event") long event, @QueryParam("lang") String lang, @QueryParam("order") String order,
            @QueryParam("disposition") String disposition) {
        return documents.as(disposition, () -> documents.participants(event, lang, order));
    }

    @GET
    @Path("{event}/documents/badges.pdf")
    @Produces(DocumentDownloads.PDF)
    public Response badgesPdf(@PathParam("event") long event, @QueryParam("format") String format, @QueryParam("delegate") String delegate,
            @QueryParam("disposition") String disposition) {
        return documents.as(disposition, () -> documents.badges(event, format, delegate));
    }

    @GET
    @Path("{event}/documents/invitation.pdf")
    @Produces(DocumentDownloads.PDF)
    public Response invitationPdf(@PathParam("event") long event, @QueryParam("delegate") String delegate,
            @QueryParam("disposition") String disposition) {
        return documents.as(disposition, () -> documents.invitation(event, delegate));
    }

    @GET
    @Path("{event}/documents/seating.pdf")
    @Produces(DocumentDownloads.PDF)
    public Response seatingPdf(@PathParam("event") long event, @QueryParam("item") String item, @QueryParam("lang") String lang,
            @QueryParam("disposition") String disposition) {
        return documents.as(disposition, () -> documents.seating(event, item, lang));
    }

    @GET
    @Path("{event}/documents/placecards.pdf")
    @Produces(DocumentDownloads.PDF)
    public Response placeCardsPdf(@PathParam("event") long event, @QueryParam("item") String item,
            @QueryParam("disposition") String disposition) {
        return documents.as(disposition, () -> documents.placeCards(event, item));
    }

    // --- participant files ---

    /**
     * Imports a participant file (multipart part {@code file}, XLSX or CSV); {@code dryRun=true} as form field
     * or query parameter checks and counts without storing. All or nothing: a refusal lists every bad cell.
     */
    @POST
    @Path("{event}/participants/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadLimit
    public ParticipantImport.Result importParticipants(@PathParam("event") long event, @FormParam("file") EntityPart file,
                                                      @FormParam("dryRun") EntityPart dryRunField,
                                                      @QueryParam("dryRun") String dryRunQuery) throws IOException {
        events.get(event);
        FieldChecks checks = new FieldChecks();
        boolean dryRun = flag(checks, dryRunQuery) | flag(checks, dryRunField == null ? null : dryRunField.getContent(String.class));
        if (file == null) {
            checks.add("file", "is required: send the .xlsx or .csv file as the form part named file");
        }
        checks.throwIfAny("The participant file cannot be imported");
        String name = file.getFileName().orElse(null);
        ParticipantSheet sheet = ParticipantFiles.read(content(file), name,
                file.getMediaType() == null ? null : file.getMediaType().toString());
        return participantImport.run(event, sheet, dryRun, name == null ? "an upload" : name);
    }

    private static boolean flag(FieldChecks checks, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        checks.add("dryRun", "must be true or false, not '" + value + "'");
        return false;
    }

    /** The part's bytes, at most the upload limit. */
    private static byte[] content(EntityPart file) throws IOException {
        try (InputStream in = file.getContent()) {
            byte[] bytes = in.readNBytes((int) ParticipantFiles.MAX_UPLOAD_BYTES + 1);
            if (bytes.length > ParticipantFiles.MAX_UPLOAD_BYTES) {
                throw UploadLimitFilter.tooLarge();
            }
            return bytes;
        }
    }

    /** The participant list as a workbook, in a language ({@code lang}, default the host language) and order. */
    @GET
    @Path("{event}/participants.xlsx")
    @Produces(XLSX)
    public Response exportXlsx(@PathParam("event") long event, @QueryParam("lang") String lang,
                               @QueryParam("order") @DefaultValue("name") String order) {
        return export(event, lang, order, Format.XLSX, ",");
    }

    /** The participant list as CSV (UTF-8 with BOM); {@code delimiter} is , (default) or ;. */
    @GET
    @Path("{event}/participants.csv")
    @Produces(CSV)
    public Response exportCsv(@PathParam("event") long event, @QueryParam("lang") String lang,
                              @QueryParam("order") @DefaultValue("name") String order,
                              @QueryParam("delimiter") @DefaultValue(",") String delimiter) {
        return export(event, lang, order, Format.CSV, delimiter);
    }

    private Response export(long id, String lang, String order, Format format, String delimiterParam) {
        Event event = events.get(id);
        FieldChecks checks = new FieldChecks();
        Language language = lang == null ? event.hostLanguage() : checks.language("lang", lang);
        ParticipantOrder sort = checks.choice("order", order, ParticipantOrder.class);
        char delimiter = delimiter(checks, delimiterParam);
        checks.throwIfAny("The participant list cannot be made");
        List<Participant> participants = delegations.participants(id, language, sort == null ? ParticipantOrder.NAME : sort);
        byte[] body = ParticipantFiles.export(format, participants, delegations.delegatesOf(id), delimiter);
        return download(body, format, ParticipantFiles.exportFileName(event, language, format));
    }

    /** The empty participant file: the columns and one example row. */
    @GET
    @Path("{event}/participants/template.xlsx")
    @Produces(XLSX)
    public Response templateXlsx(@PathParam("event") long event) {
        events.get(event);
        return download(ParticipantFiles.template(Format.XLSX, ','), Format.XLSX, ParticipantFiles.templateFileName(Format.XLSX));
    }

    @GET
    @Path("{event}/participants/template.csv")
    @Produces(CSV)
    public Response templateCsv(@PathParam("event") long event, @QueryParam("delimiter") @DefaultValue(",") String delimiter) {
        events.get(event);
        FieldChecks checks = new FieldChecks();
        char d = delimiter(checks, delimiter);
        checks.throwIfAny("The template cannot be made");
        return download(ParticipantFiles.template(Format.CSV, d), Format.CSV, ParticipantFiles.templateFileName(Format.CSV));
    }

    private static char delimiter(FieldChecks checks, String value) {
        String v = value == null ? "," : value.strip();
        if (v.equals(",") || v.equalsIgnoreCase("comma")) {
            return ',';
        }
        if (v.equals(";") || v.equalsIgnoreCase("semicolon")) {
            return ';';
        }
        checks.add("delimiter", "must be , or ; (comma or semicolon), not '" + value + "'");
        return ',';
    }

    private static Response download(byte[] body, Format format, String fileName) {
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
