package org.forumprotocol.core.delegation;

/**
 * The ladder of diplomatic and official ranks, highest first. Its order is the first key of the order of
 * precedence; within a rank, whoever took it up earlier goes first (Vienna Convention, art. 16).
 */
public enum Rank {
    HEAD_OF_STATE,
    HEAD_OF_GOVERNMENT,
    MINISTER,
    AMBASSADOR,
    /** A regional akim or governor. */
    GOVERNOR,
    DEPUTY_MINISTER,
    CHARGE_D_AFFAIRES,
    DEPUTY_GOVERNOR,
    HEAD_OF_ORGANISATION,
    OFFICIAL,
    EXPERT,
    STAFF
}
