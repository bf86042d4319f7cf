package org.forumprotocol.web.memorandum;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.memorandum.SignatureReport;
import org.forumprotocol.docs.memorandum.VerificationReport;
import org.forumprotocol.docs.memorandum.VerificationReportPdf;
import org.forumprotocol.web.document.DocumentDownloads;
import org.forumprotocol.web.rest.Downloads;
import org.forumprotocol.web.rest.UploadLimit;

/**
 * The verification report of the signatures of any PDF, for every account (officers, archivists, administrators).
 * The file is neither stored nor logged. Certificates are trusted when they chain to FORUM_TRUST_ANCHORS; without
 * anchors every one is reported untrusted, which is not the same as broken: integrity is reported on its own.
 * JSON by default; {@code Accept: application/pdf} gives the printable report.
 */
@Path("verification")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN", "ARCHIVIST"})
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {
    /** PDF for those who ask for it; a client that accepts anything gets JSON. */
    static final String PRINTABLE = "application/pdf;qs=0.5";

    @Inject
    MemorandumSigning signing;

    @Inject
    Clock clock;

    /** The report for the PDF sent as the multipart part {@code file}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadLimit
    public VerificationView verify(@FormParam("file") EntityPart file) throws IOException {
        return VerificationView.of(signing.verify(Uploads.bytes(file, "file", "the PDF")));
    }

    /**
     * The same report as a printable PDF/A document ({@code Accept: application/pdf}), in {@code lang} (kk, ru, en
     * or ko) or else the first of those the request's Accept-Language names, else English.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(VerificationResource.PRINTABLE)
    @UploadLimit
    public Response printable(@FormParam("file") EntityPart file, @QueryParam("lang") String lang, @Context HttpHeaders headers)
            throws IOException {
        VerificationReport report = signing.verify(Uploads.bytes(file, "file", "the PDF"));
        return printable(report, file.getFileName().orElse(null), lang, headers, clock);
    }

    /** The printable report as a download named in the report's language. */
    static Response printable(VerificationReport report, String fileName, String lang, HttpHeaders headers, Clock clock) {
        Language language = reportLanguage(lang, headers.getAcceptableLanguages());
        return Response.ok(VerificationReportPdf.render(report, fileName, clock.instant(), language), DocumentDownloads.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(VerificationReportPdf.fileName(language)))
                .build();
    }

    /** {@code lang} if given (400 if it is none of the four), else the first of the four the reader accepts, else English. */
    static Language reportLanguage(String lang, List<Locale> accepted) {
        if (lang != null && !lang.isBlank()) {
            return Language.of(lang).orElseThrow(() -> ForumException.invalid("lang",
                    "must be one of kk, ru, en, ko, not '" + lang.strip() + "'"));
        }
        return accepted.stream().map(l -> Language.of(l.getLanguage())).flatMap(Optional::stream).findFirst().orElse(Language.EN);
    }

    /** The report as JSON: {@code allIntact} is true only with at least one signature, all intact, nothing unsigned after. */
    public record VerificationView(String sha256, int size, boolean allIntact, boolean unsignedChangesAfterLast,
                                   List<SignatureReport> signatures) {
        public static VerificationView of(VerificationReport report) {
            return new VerificationView(report.sha256(), report.size(), report.allIntact(), report.unsignedChangesAfterLast(),
                    report.signatures());
        }
    }
}
