package org.forumprotocol.core.delegation;

/** How a participant list is sorted. */
public enum ParticipantOrder {
    /** By family name, with the collation of the list's language. */
    NAME,
    /** By the order of precedence. */
    PRECEDENCE
}
