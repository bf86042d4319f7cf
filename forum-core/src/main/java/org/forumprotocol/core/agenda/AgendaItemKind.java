package org.forumprotocol.core.agenda;

/** What happens in one item of the programme. */
public enum AgendaItemKind {
    PLENARY, PANEL, SPEECH, BILATERAL_MEETING, SIGNING_CEREMONY, SITE_VISIT, CULTURAL, TRANSFER, MEAL, BREAK, PRESS
}
