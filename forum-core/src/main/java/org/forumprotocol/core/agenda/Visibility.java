package org.forumprotocol.core.agenda;

/** Who may see an agenda item: everyone, the event's delegates, or protocol staff only. */
public enum Visibility { PUBLIC, DELEGATES, STAFF }
