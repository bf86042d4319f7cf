package org.forumprotocol.web.document;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.document.OutgoingLetters;
import org.forumprotocol.core.document.OutgoingReference;
import org.forumprotocol.core.document.ServerSecrets;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.minutes.MeetingMinutes;
import org.forumprotocol.core.minutes.Minutes;
import org.forumprotocol.docs.badge.BadgeFormat;
import org.forumprotocol.docs.badge.BadgeTokens;
import org.forumprotocol.docs.badge.BadgesPdf;
import org.forumprotocol.docs.invitation.InvitationPdf;
import org.forumprotocol.docs.invitation.Letterhead;
import org.forumprotocol.docs.minutes.MinutesPdf;
import org.forumprotocol.docs.participants.ParticipantListPdf;
import org.forumprotocol.docs.programme.ProgrammeBookletPdf;
import org.forumprotocol.docs.seating.PlaceCardsPdf;
import org.forumprotocol.docs.seating.SeatingPlanPdf;
import org.forumprotocol.web.rest.Downloads;
import org.forumprotocol.web.rest.Inputs;

/**
 * The protocol documents of an event as PDF/A downloads: checks the query parameters (every bad one named in
 * one 400 answer), finds the event and delegate (404), renders, and names the file in the document's language.
 */
@ApplicationScoped
public class DocumentDownloads {
    public static final String PDF = "application/pdf";

    @Inject
    Events events;

    @Inject
    Delegations delegations;

    @Inject
    ServerSecrets secrets;

    @Inject
    OutgoingLetters letters;

    @Inject
    ForumSettings settings;

    @Inject
    AgendaItems agenda;

    @Inject
    AgendaReleases releases;

    @Inject
    Minutes minutes;

    /**
     * The document {@code render} makes, shown in the browser instead of saved when {@code disposition} is
     * {@code inline} (the pages' preview); {@code attachment} (the default) saves it.
     */
    public Response as(String disposition, java.util.function.Supplier<Response> render) {
        boolean inline = false;
        if (disposition != null && !disposition.isBlank()) {
            inline = disposition.strip().equalsIgnoreCase("inline");
            if (!inline && !disposition.strip().equalsIgnoreCase("attachment")) {
                FieldChecks checks = new FieldChecks();
                checks.add("disposition", "must be inline or attachment, not '" + disposition + "'");
                checks.throwIfAny("The document cannot be sent");
            }
        }
        Response response = render.get();
        if (!inline) {
            return response;
        }
        String header = response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION);
        return Response.fromResponse(response).header(HttpHeaders.CONTENT_DISPOSITION, null)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline" + header.substring(header.indexOf(';'))).build();
    }

    /**
     * {@code release} a release number, default the latest; {@code delegate} for that delegate's own programme
     * (default language then theirs, if the event works in it); {@code lang} as for the participant list.
     * 409 while the programme was never published: a booklet is only ever printed from a release.
     */
    public Response programme(long id, String lang, String release, String delegate) {
        Event event = events.get(id);
        FieldChecks checks = new FieldChecks();
        Language language = Inputs.workingLanguage(checks, event, lang);
        Integer number = null;
        if (release != null && !release.isBlank() && !release.strip().equalsIgnoreCase("latest")) {
            try {
                number = Integer.parseInt(release.strip());
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1) {
                checks.add("release", "must be 'latest' or a release number (1, 2, …), not '" + release + "'");
            }
        }
        Long delegateId = delegateId(checks, delegate, false);
        checks.throwIfAny("The programme cannot be made");
        Delegate personal = delegateId == null ? null : delegateOf(event, delegateId);
        AgendaRelease r = number == null ? releases.latest(id).orElseThrow(() -> new ForumException(ForumException.Kind.CONFLICT,
                "The programme of this event has not been published yet: publish the agenda (release 1) first; the booklet"
                        + " is printed only from a release")) : releases.release(id, number);
        if (personal != null && (lang == null || lang.isBlank()) && event.isWorkingLanguage(personal.correspondenceLanguage())) {
            language = personal.correspondenceLanguage();
        }
        List<ReleasedItem> items = personal == null ? r.getScheduledItems() : releases.personalProgramme(personal.getId(), r);
        Letterhead letterhead = Letterhead.from(settings.dataDir().resolve("letterhead"), event);
        Language in = language;
        return pdf(ProgrammeBookletPdf.fileName(event, in, personal), out -> ProgrammeBookletPdf.write(event, r, items,
                delegations.delegatesOf(id), letterhead, in, personal, out));
    }

    /** {@code lang} (default the host language, else a working language of the event), {@code order} name or precedence. */
    public Response participants(long id, String lang, String order) {
        Event event = events.get(id);
        FieldChecks checks = new FieldChecks();
        Language language = Inputs.workingLanguage(checks, event, lang);
        ParticipantOrder sort = checks.choice("order", order == null ? "name" : order, ParticipantOrder.class);
        checks.throwIfAny("The participant list cannot be made");
        return pdf(ParticipantListPdf.fileName(event, language), out -> ParticipantListPdf.write(event, delegations.delegationsOf(id),
                delegations.participants(id, language, sort), delegations.delegatesOf(id), language, out));
    }

    /** {@code format} 90x55 (default) or a6; {@code delegate} one delegate's badge, else everyone's in order of precedence. */
    public Response badges(long id, String format, String delegate) {
        Event event = events.get(id);
        FieldChecks checks = new FieldChecks();
        BadgeFormat badgeFormat = format == null || format.isBlank() ? BadgeFormat.CARD : BadgeFormat.of(format).orElse(null);
        if (badgeFormat == null) {
            checks.add("format", "must be 90x55 or a6, not '" + format + "'");
        }
        Long delegateId = delegateId(checks, delegate, false);
        checks.throwIfAny("The badges cannot be made");
        List<Delegate> whom;
        if (delegateId == null) {
            Map<Long, Delegate> byId = delegations.delegatesOf(id).stream().collect(Collectors.toMap(Delegate::getId, d -> d));
            whom = delegations.participants(id, event.hostLanguage(), ParticipantOrder.PRECEDENCE).stream()
                    .map(p -> byId.get(p.id())).toList();
        } else {
            whom = List.of(delegateOf(event, delegateId));
        }
        BadgeTokens tokens = new BadgeTokens(secrets.secret(ServerSecrets.BADGES));
        return pdf(BadgesPdf.fileName(event), out -> BadgesPdf.write(event, whom, badgeFormat, tokens, out));
    }

    /** {@code delegate} required; the letter gets its outgoing reference on the first request and keeps it. */
    public Response invitation(long id, String delegate) {
        Event event = events.get(id);
        FieldChecks checks = new FieldChecks();
        Long delegateId = delegateId(checks, delegate, true);
        checks.throwIfAny("The invitation cannot be made");
        Delegate addressee = delegateOf(event, delegateId);
        Letterhead letterhead = Letterhead.from(settings.dataDir().resolve("letterhead"), event);
        String organisation = letterhead.organisation().in(event.hostLanguage(), Language.RU, Language.EN);
        if (organisation.isBlank()) {
            throw new ForumException(ForumException.Kind.CONFLICT, "A letter needs the organisation that sends it: enter the"
                    + " event's host organisation (or a letterhead in FORUM_DATA_DIR/letterhead/letterhead.properties) first",
                    List.of(new ForumException.FieldError("hostOrganisation", "the event has no host organisation")));
        }
        OutgoingReference reference;
        try {
            reference = letters.issue(OutgoingLetters.INVITATION, addressee, organisation);
        } catch (RuntimeException e) {
            if (!OutgoingLetters.isUniqueViolation(e)) {
                throw e;
            }
            // Another request took the same first number of the year (or issued this letter) a moment before.
            reference = letters.issue(OutgoingLetters.INVITATION, addressee, organisation);
        }
        OutgoingReference issued = reference;
        return pdf(InvitationPdf.fileName(addressee, issued), out -> InvitationPdf.write(letterhead, addressee, issued, out));
    }

    /** {@code item} required (an agenda item of the event), {@code lang} as for the participant list. */
    public Response seating(long id, String item, String lang) {
        Event event = events.get(id);
        FieldChecks checks = new FieldChecks();
        Long itemId = number(checks, "item", item, "an agenda item's id");
        Language language = Inputs.workingLanguage(checks, event, lang);
        checks.throwIfAny("The seating plan cannot be made");
        AgendaItem agendaItem = itemOf(event, itemId);
        return pdf(SeatingPlanPdf.fileName(event, agendaItem, language),
                out -> SeatingPlanPdf.write(event, agendaItem, delegations.delegatesOf(id), language, out));
    }

    /** {@code item} required: a card for everyone the item's seating plan seats, in order of precedence. */
    public Response placeCards(long id, String item) {
        Event event = events.get(id);
        FieldChecks checks = new FieldChecks();
        Long itemId = number(checks, "item", item, "an agenda item's id");
        checks.throwIfAny("The place cards cannot be made");
        AgendaItem agendaItem = itemOf(event, itemId);
        List<Delegate> seated = SeatingPlanPdf.sides(agendaItem, delegations.delegatesOf(id), event.hostLanguage()).stream()
                .flatMap(List::stream).toList();
        return pdf(PlaceCardsPdf.fileName(event, agendaItem.getTitle().in(event.hostLanguage())),
                out -> PlaceCardsPdf.write(event, seated, out));
    }

    /** {@code item} required (a bilateral meeting, or an item of a visit, with minutes entered); {@code lang} as above. */
    public Response minutes(long id, String item, String lang) {
        Event event = events.get(id);
        FieldChecks checks = new FieldChecks();
        Long itemId = number(checks, "item", item, "an agenda item's id");
        Language language = Inputs.workingLanguage(checks, event, lang);
        checks.throwIfAny("The minutes cannot be made");
        AgendaItem agendaItem = itemOf(event, itemId);
        MeetingMinutes entered = minutes.of(itemId).orElseThrow(() -> new ForumException(ForumException.Kind.CONFLICT,
                "No minutes were entered for agenda item " + itemId + " yet: enter them first (PUT /api/agenda/" + itemId + "/minutes)",
                List.of(new ForumException.FieldError("item", "has no minutes yet"))));
        Map<Long, Delegate> byId = delegations.delegatesOf(id).stream().collect(Collectors.toMap(Delegate::getId, d -> d));
        List<Delegate> ordered = delegations.participants(id, language, ParticipantOrder.PRECEDENCE).stream()
                .map(p -> byId.get(p.id())).toList();
        return pdf(MinutesPdf.fileName(event, agendaItem, language), out -> MinutesPdf.write(event, agendaItem, entered,
                delegations.delegationsOf(id), ordered, language, out));
    }

    private AgendaItem itemOf(Event event, long itemId) {
        AgendaItem item = agenda.item(itemId);
        if (!item.getEvent().getId().equals(event.getId())) {
            throw ForumException.notFound("Agenda item " + itemId + " of event " + event.getId());
        }
        return item;
    }

    private static Long number(FieldChecks checks, String field, String value, String what) {
        if (value == null || value.isBlank()) {
            checks.add(field, "is required: " + what);
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            checks.add(field, "must be " + what + ", not '" + value + "'");
            return null;
        }
    }

    private static Long delegateId(FieldChecks checks, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                checks.add("delegate", "is required: the id of the delegate the letter is for");
            }
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            checks.add("delegate", "must be a delegate's id, not '" + value + "'");
            return null;
        }
    }

    /** The delegate, if it belongs to the event; another event's delegate is as unknown here as a missing one. */
    private Delegate delegateOf(Event event, long delegateId) {
        Delegate d = delegations.delegate(delegateId);
        if (!d.getDelegation().getEvent().getId().equals(event.getId())) {
            throw ForumException.notFound("Delegate " + delegateId + " of event " + event.getId());
        }
        return d;
    }

    private static Response pdf(String fileName, Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writer.accept(out);
        return Response.ok(out.toByteArray(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
