package org.forumprotocol.core.mail;

/** How one delivery attempt ended: accepted by the server, to be tried again, or given up. */
public enum AttemptOutcome {
    SENT, RETRY, FAILED
}
