package org.forumprotocol.core.mail;

import java.util.Properties;

import jakarta.mail.Session;

import org.forumprotocol.core.config.MailSettings;

/**
 * The Jakarta Mail session for the configured SMTP server. It is built here from {@link MailSettings}
 * rather than taken from a container mail resource, so that configuration is read in one place
 * (ForumSettings) and checked at start like every other variable. The password is not among the session's
 * properties: it is given to the transport when it connects, and never logged.
 */
public final class MailSessions {
    static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    static final int IO_TIMEOUT_MILLIS = 30_000;

    private MailSessions() {
    }

    public static Session create(MailSettings mail) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        mail.host().ifPresent(h -> p.setProperty("mail.smtp.host", h));
        p.setProperty("mail.smtp.port", String.valueOf(mail.port()));
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.timeout", String.valueOf(IO_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(IO_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.auth", String.valueOf(mail.user().isPresent()));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(mail.startTls()));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(mail.startTls()));
        // The envelope sender: where bounces go.
        p.setProperty("mail.smtp.from", mail.fromAddress());
        return Session.getInstance(p);
    }
}
