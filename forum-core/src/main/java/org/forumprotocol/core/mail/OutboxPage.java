package org.forumprotocol.core.mail;

import java.util.List;

/** One page of the outbox, newest first, and how many messages match in all. */
public record OutboxPage(List<OutboxMessage> messages, long total) {
}
