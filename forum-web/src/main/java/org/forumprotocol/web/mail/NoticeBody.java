package org.forumprotocol.web.mail;

/**
 * A free notice to one address: plain text, sent as text and as escaped HTML.
 * {@code {"recipient":"jo@example.kr","name":"조태익","language":"ko","subject":"…","text":"…","eventId":7}}
 */
public record NoticeBody(String recipient, String name, String language, String subject, String text, Long eventId) {
}
