package org.forumprotocol.core.account;

/** What a person in the protocol office may do. Delegates never have accounts; they get private links. */
public enum Role {
    /** Manages accounts and reads the audit trail. */
    ADMIN,
    /** Registers delegations, builds the agenda, produces documents and sends invitations. */
    OFFICER,
    /** Finds, downloads and verifies signed memoranda. */
    ARCHIVIST
}
