package org.forumprotocol.web.memorandum;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;

import org.forumprotocol.docs.memorandum.SignatureReport;
import org.forumprotocol.docs.memorandum.VerificationReport;
import org.forumprotocol.web.rest.UploadLimit;

/**
 * The verification report of the signatures of any PDF, for every account (officers, archivists, administrators).
 * The file is neither stored nor logged. Certificates are trusted when they chain to FORUM_TRUST_ANCHORS; without
 * anchors every one is reported untrusted, which is not the same as broken: integrity is reported on its own.
 */
@Path("verification")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN", "ARCHIVIST"})
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    MemorandumSigning signing;

    /** The report for the PDF sent as the multipart part {@code file}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadLimit
    public VerificationView verify(@FormParam("file") EntityPart file) throws IOException {
        return VerificationView.of(signing.verify(Uploads.bytes(file, "file", "the PDF")));
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
