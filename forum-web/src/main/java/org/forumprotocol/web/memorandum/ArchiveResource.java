package org.forumprotocol.web.memorandum;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.ArchiveAlarm;
import org.forumprotocol.core.memorandum.ArchivePage;
import org.forumprotocol.core.memorandum.ArchiveQuery;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.Memoranda.ArchiveAccess;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumParty;
import org.forumprotocol.docs.memorandum.VerificationReport;
import org.forumprotocol.web.document.DocumentDownloads;
import org.forumprotocol.web.rest.Downloads;
import org.forumprotocol.web.rest.Inputs;
import org.forumprotocol.web.rest.Texts;

/**
 * The archive of signed memoranda, for archivists: search, details, the verification report of an archived copy,
 * and the download of the exact bytes that were signed. Every read of an archived copy is checked against the
 * SHA-256 stored when it was archived (a mismatch is refused with 409 and an alarm for the administrators, see
 * {@link org.forumprotocol.core.memorandum.ChecksumMismatchException}) and recorded in the audit trail.
 *
 * <p>Only the role {@code ARCHIVIST} reads the archive. Officers, who made and signed the memorandum, keep the
 * working document ({@code GET /api/memoranda/{id}/document.pdf}) but not the archive: archive access is the
 * record keeper's, audited per download, and an officer who needs it is given the archivist role as well (403
 * otherwise). Administrators see the alarms ({@code GET /api/archive/alarms}), not the archive itself, unless
 * they are archivists too. Archivists change nothing anywhere: every write on memoranda is 403 for them.
 */
@Path("archive")
@RequestScoped
@RolesAllowed("ARCHIVIST")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    @Inject
    Clock clock;

    @Inject
    Memoranda memoranda;

    @Inject
    MemorandumSigning signing;

    /** A search result: enough to recognise the memorandum without its articles. */
    public record ArchiveEntry(long id, int amendment, Map<String, String> title, List<String> languages, List<PartyEntry> parties,
                               LocalDate signingDate, Map<String, String> place, Instant archivedAt, String classification,
                               int retentionYears, LocalDate retainUntil, String sha256) {
        static ArchiveEntry of(Memorandum m) {
            MemorandumContent c = m.content();
            return new ArchiveEntry(m.getId(), m.getAmendment(), Texts.json(c.title()), c.languages().stream().map(Language::code).toList(),
                    c.parties().stream().map(PartyEntry::of).toList(), c.signingDate(), Texts.json(c.place()), m.getArchivedAt(),
                    m.getClassification().name(), m.getRetentionYears(), m.retainUntil(), m.getArchivedSha256());
        }
    }

    public record PartyEntry(Map<String, String> organization, String country, Map<String, String> signatory) {
        static PartyEntry of(MemorandumParty p) {
            return new PartyEntry(Texts.json(p.organisation()), p.country(), Texts.json(p.signatoryName()));
        }
    }

    public record ArchiveResults(long total, int offset, int limit, List<ArchiveEntry> memoranda) {
    }

    /**
     * {@code q}: words that must all occur in the title, parties, signatories, place or articles, in any language
     * (case-insensitive); {@code country} (ISO code of a party), {@code party}, {@code signatory}, {@code language},
     * {@code from}/{@code to} (date of signing, both included), {@code offset}, {@code limit} (default 50, at most 200).
     */
    @GET
    public ArchiveResults search(@QueryParam("q") String q, @QueryParam("country") String country, @QueryParam("party") String party,
                                 @QueryParam("signatory") String signatory, @QueryParam("language") String language,
                                 @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("offset") String offset,
                                 @QueryParam("limit") String limit) {
        FieldChecks checks = new FieldChecks();
        LocalDate fromDate = Inputs.date(checks, "from", from);
        LocalDate toDate = Inputs.date(checks, "to", to);
        int first = number(checks, "offset", offset, 0);
        int max = number(checks, "limit", limit, ArchiveQuery.DEFAULT_LIMIT);
        checks.throwIfAny("The archive cannot be searched");
        ArchivePage page = memoranda.search(new ArchiveQuery(q, country, party, signatory, language, fromDate, toDate, first, max));
        return new ArchiveResults(page.total(), first, max, page.memoranda().stream().map(ArchiveEntry::of).toList());
    }

    private static int number(FieldChecks checks, String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            checks.add(field, "must be a whole number, not '" + value + "'");
            return fallback;
        }
    }

    /** Everything about an archived memorandum: its text, parties, signatures and archive record. */
    @GET
    @Path("{id:\\d+}")
    public MemorandumView details(@PathParam("id") long id) {
        return MemorandumView.of(memoranda.archived(id), memoranda.signatures(id));
    }

    /** The archived PDF, byte for byte as signed, after its checksum was verified; the download is in the audit trail. */
    @GET
    @Path("{id:\\d+}.pdf")
    @Produces({DocumentDownloads.PDF, MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") long id) {
        Memorandum m = memoranda.archived(id);
        byte[] pdf = memoranda.archivedPdf(id, ArchiveAccess.DOWNLOAD);
        return Response.ok(pdf, DocumentDownloads.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(MemorandaResource.fileName(m)))
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of()
                        .parseHex(m.getArchivedSha256())) + ":")
                .build();
    }

    /** The verification report of the archived copy (checked against its checksum first, and audited). */
    @GET
    @Path("{id:\\d+}/verification")
    public VerificationResource.VerificationView verification(@PathParam("id") long id) {
        return VerificationResource.VerificationView.of(signing.verify(memoranda.archivedPdf(id, ArchiveAccess.VERIFICATION)));
    }

    /** The same report, printable ({@code Accept: application/pdf}; {@code lang} as for any verification report). */
    @GET
    @Path("{id:\\d+}/verification")
    @Produces(VerificationResource.PRINTABLE)
    public Response printableVerification(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Memorandum m = memoranda.archived(id);
        VerificationReport report = signing.verify(memoranda.archivedPdf(id, ArchiveAccess.VERIFICATION));
        return VerificationResource.printable(report, MemorandaResource.fileName(m), lang, headers, clock);
    }

    /** A stored copy found damaged: which memorandum and copy, when, who asked for it, and both hashes. */
    public record AlarmView(long id, long memorandumId, String storedCopy, Instant detectedAt, String detectedBy,
                            String expectedSha256, String actualSha256) {
        static AlarmView of(ArchiveAlarm a) {
            return new AlarmView(a.getId(), a.getMemorandumId(), a.getStoredCopy(), a.getDetectedAt(), a.getDetectedBy(),
                    a.getExpectedSha256(), a.getActualSha256());
        }
    }

    /** The integrity alarms, newest first, for the administrators' page. */
    @GET
    @Path("alarms")
    @RolesAllowed("ADMIN")
    public List<AlarmView> alarms() {
        return memoranda.alarms().stream().map(AlarmView::of).toList();
    }
}
