package org.forumprotocol.core.delegation;

/** Where a delegation stands, from invitation to departure. */
public enum DelegationStatus { INVITED, CONFIRMED, ARRIVED, DEPARTED, CANCELLED }
