package org.forumprotocol.core.mail;

/**
 * A message ready to send: the complete RFC 5322 bytes as composed (headers included), and the facts about
 * them the outbox lists and searches by. forum-docs composes it; the core only stores and sends the bytes.
 *
 * @param recipient the envelope recipient, one plain address such as {@code jo@example.kr}
 * @param subject   the subject as people read it (the bytes carry it RFC 2047-encoded)
 * @param messageId the Message-ID header's value, with its angle brackets
 * @param content   the message as it will go over SMTP
 */
public record ComposedMail(String recipient, String subject, String messageId, byte[] content) {
}
