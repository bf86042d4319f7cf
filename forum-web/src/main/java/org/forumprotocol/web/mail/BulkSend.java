package org.forumprotocol.web.mail;

import java.io.Serializable;
import java.time.Instant;

import org.forumprotocol.core.mail.JobProgress;

/**
 * A bulk send as the pages follow it (the invitations page the one it started, the outbox page the latest ones):
 * its counts, read at one moment, and whether it is still worth polling.
 */
public record BulkSend(String id, String description, Instant createdAt, int total, long composed, long sent, long failed,
                       long cancelled, int skipped, boolean done, boolean moving) implements Serializable {

    /** @param serverConfigured whether there is a server to send to; without one, composed messages wait */
    static BulkSend of(JobProgress p, boolean serverConfigured) {
        return new BulkSend(p.jobId(), p.description(), p.createdAt(), p.total(), p.composed(), p.sent(), p.failed(), p.cancelled(),
                p.skipped().size(), p.done(), p.underWay(serverConfigured));
    }

    /** Composed (or skipped) of the total, in per cent: how far the composing is. */
    public int composedPercent() {
        return percent(composed + skipped);
    }

    /** Settled (sent, failed, cancelled or skipped) of the total, in per cent: how far the whole send is. */
    public int settledPercent() {
        return percent(sent + failed + cancelled + skipped);
    }

    private int percent(long part) {
        return total == 0 ? 100 : (int) Math.min(100, part * 100 / total);
    }
}
