package org.forumprotocol.core.mail;

import java.time.Instant;
import java.util.List;

/**
 * How far a bulk send is: {@code composed} messages are in the outbox, {@code sent} were accepted by the
 * server, {@code failed} were given up, {@code cancelled} were stopped by an officer, and {@code skipped}
 * recipients got none (such as a delegate without an e-mail address). {@code releaseNumber} is the agenda release
 * whose personal programme the messages carry, null when none had been published. Done when every recipient is
 * accounted for and no message is still on its way.
 */
public record JobProgress(String jobId, String description, Instant createdAt, int total, long composed, long sent,
                          long failed, long cancelled, List<MailJob.Skip> skipped, Integer releaseNumber, boolean done) {

    /**
     * Still moving, so worth following: being composed, or with a server to send to, messages on their way. Without
     * one, a composed job waits in the outbox until one is configured.
     */
    public boolean underWay(boolean serverConfigured) {
        return !done && (composed + skipped.size() < total || serverConfigured);
    }
}
