package org.forumprotocol.core.mail;

import org.forumprotocol.core.i18n.Language;

/**
 * What a message is about: its kind and language, and optionally the event, the delegate and the bulk send
 * ({@link MailJob}) it belongs to, so that the outbox can be filtered by them.
 */
public record MailOrigin(MessageKind kind, Language language, Long eventId, Long delegateId, String jobId) {

    public static MailOrigin of(MessageKind kind, Language language) {
        return new MailOrigin(kind, language, null, null, null);
    }

    public MailOrigin forEvent(Long event) {
        return new MailOrigin(kind, language, event, delegateId, jobId);
    }

    public MailOrigin forDelegate(Long delegate) {
        return new MailOrigin(kind, language, eventId, delegate, jobId);
    }

    public MailOrigin inJob(String job) {
        return new MailOrigin(kind, language, eventId, delegateId, job);
    }
}
