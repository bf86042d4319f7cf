package org.forumprotocol.web.memorandum;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.docs.memorandum.MemorandumVerifier;
import org.forumprotocol.docs.memorandum.SignatureReport;
import org.forumprotocol.docs.memorandum.VerificationReport;
import org.forumprotocol.docs.participants.ParticipantFiles;
import org.forumprotocol.web.rest.UploadLimit;
import org.forumprotocol.web.rest.UploadLimitFilter;

/**
 * Memoranda over HTTP. So far: the verification report of the signatures of any uploaded PDF, for anyone with
 * an account. No trust anchors are configured yet, so every certificate is reported untrusted (which is not
 * the same as broken: integrity is reported on its own).
 */
@Path("memoranda")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN", "ARCHIVIST"})
@Produces(MediaType.APPLICATION_JSON)
public class MemorandaResource {

    /** The report for the PDF sent as the multipart part {@code file}. The file is neither stored nor logged. */
    @POST
    @Path("verify")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadLimit
    public VerificationView verify(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw ForumException.invalid("file", "is required: send the PDF as the form part named file");
        }
        VerificationReport report = new MemorandumVerifier(List.of()).verify(content(file));
        return new VerificationView(report.sha256(), report.size(), report.allIntact(), report.unsignedChangesAfterLast(),
                report.signatures());
    }

    /** The report as JSON: {@code allIntact} is true only with at least one signature, all intact, nothing unsigned after. */
    public record VerificationView(String sha256, int size, boolean allIntact, boolean unsignedChangesAfterLast,
                                   List<SignatureReport> signatures) {
    }

    private static byte[] content(EntityPart file) throws IOException {
        try (InputStream in = file.getContent()) {
            byte[] bytes = in.readNBytes((int) ParticipantFiles.MAX_UPLOAD_BYTES + 1);
            if (bytes.length > ParticipantFiles.MAX_UPLOAD_BYTES) {
                throw UploadLimitFilter.tooLarge();
            }
            return bytes;
        }
    }
}
