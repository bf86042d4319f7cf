package org.forumprotocol.web.mail;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.mail.JobProgress;
import org.forumprotocol.core.mail.MailJob;
import org.forumprotocol.core.mail.Outbox;

/**
 * How far a bulk send is, for a progress bar that polls it: composed, sent, failed of total, and done; and the
 * agenda release whose personal programme the messages carry, with a note when they carry none. The list gives the
 * latest bulk sends so, newest first.
 */
@Path("mail/jobs")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class MailJobsResource {

    public record Progress(String jobId, String description, int total, long composed, long sent, long failed,
                           long cancelled, List<MailJob.Skip> skipped, Integer programmeRelease, String note, boolean done) {
    }

    /** Said of a job whose messages carry no personal programme. */
    public static final String NO_PROGRAMME = "The messages carry no personal programme: the agenda had not been published"
            + " (no release) when the job started. Publish it, then send again to include it.";

    @Inject
    Outbox outbox;

    @GET
    public List<Progress> recent(@QueryParam("limit") String limit) {
        FieldChecks checks = new FieldChecks();
        int size = (int) checks.whole("limit", limit, 1, Outbox.MAX_RECENT_JOBS, 10);
        checks.throwIfAny("The mail jobs cannot be listed");
        return outbox.recentJobs(size).stream().map(MailJobsResource::progress).toList();
    }

    @GET
    @Path("{jobId}")
    public Progress progress(@PathParam("jobId") String jobId) {
        return progress(outbox.progress(jobId));
    }

    private static Progress progress(JobProgress p) {
        return new Progress(p.jobId(), p.description(), p.total(), p.composed(), p.sent(), p.failed(),
                p.cancelled(), p.skipped(), p.releaseNumber(), p.releaseNumber() == null ? NO_PROGRAMME : null, p.done());
    }
}
