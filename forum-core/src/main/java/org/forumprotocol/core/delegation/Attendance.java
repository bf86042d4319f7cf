package org.forumprotocol.core.delegation;

/** The delegate's own answer, given on the private page. */
public enum Attendance { UNANSWERED, CONFIRMED, DECLINED }
