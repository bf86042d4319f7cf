package org.forumprotocol.web.mail;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.forumprotocol.core.mail.JobProgress;
import org.forumprotocol.core.mail.MailJob;
import org.forumprotocol.core.mail.Outbox;

/** How far a bulk send is, for a progress bar that polls it: composed, sent, failed of total, and done. */
@Path("mail/jobs")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class MailJobsResource {

    public record Progress(String jobId, String description, int total, long composed, long sent, long failed,
                           long cancelled, List<MailJob.Skip> skipped, boolean done) {
    }

    @Inject
    Outbox outbox;

    @GET
    @Path("{jobId}")
    public Progress progress(@PathParam("jobId") String jobId) {
        JobProgress p = outbox.progress(jobId);
        return new Progress(p.jobId(), outbox.job(jobId).getDescription(), p.total(), p.composed(), p.sent(), p.failed(),
                p.cancelled(), p.skipped(), p.done());
    }
}
