package org.forumprotocol.core.mail;

/** Why a message is sent; templates are kept per kind and language. */
public enum MessageKind {
    INVITATION, PROGRAMME, PROGRAMME_CHANGED, REMINDER, NOTICE
}
