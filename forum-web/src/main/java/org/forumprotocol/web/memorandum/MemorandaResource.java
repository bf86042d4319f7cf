package org.forumprotocol.web.memorandum;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumRevision;
import org.forumprotocol.core.memorandum.MemorandumSignature;
import org.forumprotocol.core.memorandum.RevisionComparison;
import org.forumprotocol.web.document.DocumentDownloads;
import org.forumprotocol.web.rest.Downloads;
import org.forumprotocol.web.rest.UploadLimit;

/**
 * Memoranda from the draft to the archive, for protocol officers (and administrators): draft and edit (every
 * save a revision; compare two), agree (the PDF/A is rendered and frozen), collect the parties' signatures in
 * order (signed here with an uploaded PKCS#12 key, or countersigned elsewhere and uploaded), archive, withdraw.
 *
 * <p>Who may do what: {@code OFFICER} and {@code ADMIN} draft, agree, sign, upload, archive and withdraw, and
 * download the working document ({@code document.pdf}) at any stage. {@code ARCHIVIST} is read-only and works in
 * the archive ({@link ArchiveResource}); every request here that changes something or reads a working draft is
 * 403 for an archivist. Verification is for every account ({@link VerificationResource}; {@code verify} here is
 * the same report at its first address).
 */
@Path("memoranda")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemorandaResource {

    @Inject
    Memoranda memoranda;

    @Inject
    MemorandumSigning signing;

    @Inject
    DocumentDownloads downloads;

    @Inject
    MemorandumDocuments documents;


    @GET
    public List<MemorandumView.Summary> list() {
        return memoranda.list().stream().map(MemorandumView.Summary::of).toList();
    }

    @POST
    public Response create(JsonObject body) {
        Memorandum m;
        try {
            m = memoranda.create(MemorandumBody.read(body));
        } catch (ForumException e) {
            throw MemorandumBody.renamed(e);
        }
        return Response.created(URI.create("memoranda/" + m.getId())).tag(String.valueOf(m.getVersion())).entity(view(m.getId())).build();
    }

    @GET
    @Path("{id}")
    public MemorandumView get(@PathParam("id") long id) {
        return view(id);
    }

    /** Saves the draft as its next revision; {@code version} (the one read) makes a stale edit a 409. */
    @PUT
    @Path("{id}")
    public MemorandumView update(@PathParam("id") long id, JsonObject body) {
        try {
            memoranda.update(id, MemorandumBody.read(body));
        } catch (ForumException e) {
            throw MemorandumBody.renamed(e);
        }
        return view(id);
    }

    public record RevisionView(int number, String author, java.time.Instant savedAt) {
        static RevisionView of(MemorandumRevision r) {
            return new RevisionView(r.getNumber(), r.getAuthor(), r.getSavedAt());
        }
    }

    @GET
    @Path("{id}/revisions")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return memoranda.revisions(id).stream().map(RevisionView::of).toList();
    }

    /** One revision's whole text, in the shape of the memorandum's own JSON. */
    @GET
    @Path("{id}/revisions/{number:\\d+}")
    public RevisionText revision(@PathParam("id") long id, @PathParam("number") int number) {
        MemorandumRevision r = memoranda.revisions(id).stream().filter(x -> x.getNumber() == number).findFirst()
                .orElseThrow(() -> ForumException.notFound("Revision " + number + " of memorandum " + id));
        return new RevisionText(r.getNumber(), r.getAuthor(), r.getSavedAt(), jakarta.json.Json.createReader(
                new java.io.StringReader(r.getSnapshot())).readObject());
    }

    public record RevisionText(int number, String author, java.time.Instant savedAt, JsonObject text) {
    }

    /** What differs between revisions {@code from} and {@code to}: per language the numbers (from 1) of changed articles. */
    public record ComparisonView(int from, int to, boolean unchanged, Map<String, List<Integer>> changedArticles, boolean titleChanged,
                                 boolean partiesChanged, boolean placeOrDateChanged, boolean languagesChanged) {
        static ComparisonView of(RevisionComparison c) {
            Map<String, List<Integer>> articles = new TreeMap<>();
            c.changedArticles().forEach((l, n) -> articles.put(l.code(), n));
            return new ComparisonView(c.from(), c.to(), c.unchanged(), articles, c.titleChanged(), c.partiesChanged(),
                    c.placeOrDateChanged(), c.languagesChanged());
        }
    }

    @GET
    @Path("{id}/revisions/compare")
    public ComparisonView compare(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        FieldChecks checks = new FieldChecks();
        int a = revisionNumber(checks, "from", from);
        int b = revisionNumber(checks, "to", to);
        checks.throwIfAny("The revisions cannot be compared");
        return ComparisonView.of(memoranda.compare(id, a, b));
    }

    private static int revisionNumber(FieldChecks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            checks.add(field, "is required: a revision number (1, 2, …)");
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            checks.add(field, "must be a revision number (1, 2, …), not '" + value + "'");
            return 0;
        }
    }

    /**
     * Agrees the text: renders the PDF/A from the draft as it is now and freezes both. An optional body
     * {@code {"version": n}} refuses (409) when the draft changed since the officer read version n.
     */
    @POST
    @Path("{id}/agree")
    public MemorandumView agree(@PathParam("id") long id, String text) {
        JsonObject body = optionalJson(text);
        JsonValue version = body == null ? null : body.get("version");
        Long expected = null;
        if (version instanceof JsonNumber n) {
            expected = n.longValue();
        } else if (version instanceof JsonString s) {
            try {
                expected = Long.valueOf(s.getString().strip());
            } catch (NumberFormatException e) {
                // A version that is no number was never read from this memorandum: as stale as a wrong one.
                throw ForumException.stale("Memorandum " + id);
            }
        }
        documents.agree(id, expected);
        return view(id);
    }

    /**
     * The document as it stands: a draft rendered from its text now; from agreement on the stored PDF, with every
     * signature so far. {@code disposition=inline} shows it in the browser.
     */
    @GET
    @Path("{id}/document.pdf")
    @Produces({DocumentDownloads.PDF, MediaType.APPLICATION_JSON})
    public Response document(@PathParam("id") long id, @QueryParam("disposition") String disposition) {
        return downloads.as(disposition, () -> {
            Memorandum m = memoranda.get(id);
            byte[] pdf = documents.current(id);
            return Response.ok(pdf, DocumentDownloads.PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName(m))).build();
        });
    }

    /** "Меморандум о взаимопонимании.pdf": the title in the memorandum's first language. */
    static String fileName(Memorandum m) {
        return MemorandumDocuments.fileName(m);
    }

    /**
     * Signs the field of party {@code party} (its index in the list of parties, from 0) with the PKCS#12 key file
     * {@code keystore} and its {@code password} (optional {@code alias}): 201 with the signature. The parties sign in
     * their order (409 otherwise); a wrong password, an expired or not yet valid certificate are 400s that say so.
     * The key file and password are used for this request only: never stored or logged, overwritten after use.
     */
    @POST
    @Path("{id}/signatures")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadLimit
    public Response sign(@PathParam("id") long id, @FormParam("party") EntityPart party, @FormParam("keystore") EntityPart keystore,
                         @FormParam("password") EntityPart password, @FormParam("alias") EntityPart alias) throws IOException {
        int index = Uploads.index(party, "party", "the index of the signing party in the list of parties, from 0");
        memoranda.requireTurn(id, index);
        byte[] key = Uploads.bytes(keystore, "keystore", "the PKCS#12 key file (.p12, .pfx)");
        char[] secret = null;
        try {
            secret = Uploads.password(password);
            MemorandumSignature s = signing.sign(id, index, key, secret, Uploads.text(alias));
            return created(id, s);
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
            if (secret != null) {
                java.util.Arrays.fill(secret, '\0');
            }
        }
    }

    /**
     * The PDF {@code file} as the next party signed it elsewhere (NCALayer, Acrobat): accepted only when it is the
     * current document with that party's intact signature appended and nothing else; 201 with the signature.
     */
    @POST
    @Path("{id}/signed-upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadLimit
    public Response signedUpload(@PathParam("id") long id, @FormParam("file") EntityPart file) throws IOException {
        byte[] pdf = Uploads.bytes(file, "file", "the signed PDF");
        return created(id, signing.acceptCountersigned(id, pdf));
    }

    private Response created(long id, MemorandumSignature s) {
        return Response.created(URI.create("memoranda/" + id + "/signatures/" + s.getPartyIndex()))
                .entity(MemorandumView.SignatureView.of(s)).build();
    }

    @GET
    @Path("{id}/signatures/{party:\\d+}")
    public MemorandumView.SignatureView signature(@PathParam("id") long id, @PathParam("party") int party) {
        memoranda.get(id);
        return memoranda.signatures(id).stream().filter(s -> s.getPartyIndex() == party).findFirst()
                .map(MemorandumView.SignatureView::of)
                .orElseThrow(() -> ForumException.notFound("A signature of party " + party + " of memorandum " + id));
    }

    /** Archives a memorandum every party has signed: {@code {"retentionYears": 25, "classification": "INTERNAL"}}. */
    @POST
    @Path("{id}/archive")
    public MemorandumView archive(@PathParam("id") long id, String text) {
        JsonObject body = optionalJson(text);
        FieldChecks checks = new FieldChecks();
        Integer years = null;
        String classification = null;
        if (body != null) {
            JsonValue y = body.get("retentionYears");
            if (y instanceof JsonNumber n && n.isIntegral()) {
                years = n.intValue();
            } else if (y instanceof JsonString s && s.getString().strip().matches("\\d{1,4}")) {
                years = Integer.valueOf(s.getString().strip());
            } else if (y != null && y.getValueType() != JsonValue.ValueType.NULL) {
                checks.add("retentionYears", "must be a whole number of years, not " + y);
            }
            JsonValue c = body.get("classification");
            if (c instanceof JsonString s) {
                classification = s.getString();
            } else if (c != null && c.getValueType() != JsonValue.ValueType.NULL) {
                checks.add("classification", "must be one of PUBLIC, INTERNAL, RESTRICTED");
            }
        }
        checks.throwIfAny("The memorandum cannot be archived");
        memoranda.archive(id, years, classification);
        return view(id);
    }

    @POST
    @Path("{id}/withdraw")
    public MemorandumView withdraw(@PathParam("id") long id) {
        memoranda.withdraw(id);
        return view(id);
    }

    /** Starts an amendment of an agreed, signed or archived text: 201 with the new draft. */
    @POST
    @Path("{id}/amendments")
    public Response amend(@PathParam("id") long id) {
        Memorandum m = memoranda.amend(id);
        return Response.created(URI.create("memoranda/" + m.getId())).entity(view(m.getId())).build();
    }

    /** The verification report of an uploaded PDF, for every account: the same as {@code POST /api/verification}. */
    @POST
    @Path("verify")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"OFFICER", "ADMIN", "ARCHIVIST"})
    @UploadLimit
    public VerificationResource.VerificationView verify(@FormParam("file") EntityPart file) throws IOException {
        return VerificationResource.VerificationView.of(signing.verify(Uploads.bytes(file, "file", "the PDF")));
    }

    /** A body that may be left out: none (or blank) is null; anything else must be a JSON object. */
    private static JsonObject optionalJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            throw ForumException.invalid("body", "must be a JSON object");
        }
    }

    private MemorandumView view(long id) {
        return MemorandumView.of(memoranda.get(id), memoranda.signatures(id));
    }
}
