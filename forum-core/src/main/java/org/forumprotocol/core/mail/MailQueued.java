package org.forumprotocol.core.mail;

/** Fired when a message is put into the outbox; observed after commit to start the dispatcher at once. */
public record MailQueued(long messageId) {
}
