package org.forumprotocol.core.account;

import java.time.Instant;
import java.util.Set;

/** What a login attempt came to; {@code retryAfter} is set when the account is being slowed down. */
public record LoginResult(Outcome outcome, String username, Set<Role> roles, Instant retryAfter) {
    public enum Outcome { ACCEPTED, REJECTED, LOCKED }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
