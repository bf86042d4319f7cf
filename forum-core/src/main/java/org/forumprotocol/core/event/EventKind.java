package org.forumprotocol.core.event;

/** What sort of occasion the office hosts. */
public enum EventKind {
    /** A multi-day forum with many delegations, such as Central Asia – Korea II in Turkestan. */
    FORUM,
    /** An official visit, such as an ambassador received by the regional akim. */
    OFFICIAL_VISIT,
    /** A single meeting. */
    MEETING
}
