package org.forumprotocol.core.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.config.MailSettings;

/**
 * Messages and wiring for outbox tests. The real composer lives in forum-docs, above the core; these
 * messages carry the same kind of headers, made here with Jakarta Mail directly.
 */
public final class TestMails {
    public static final Session SESSION = Session.getInstance(new Properties());

    private TestMails() {
    }

    /** A small message with a unique Message-ID, Date, Auto-Submitted and the subject as RFC 2047 UTF-8. */
    public static ComposedMail message(String recipient, String subject, Clock clock) {
        String messageId = "<" + UUID.randomUUID() + "@forum.example.kz>";
        try {
            MimeMessage m = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            m.setFrom(new InternetAddress("protocol@example.kz", "Хаттама бөлімі", "UTF-8"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            m.setSubject(subject, "UTF-8");
            m.setSentDate(Date.from(clock.instant()));
            m.setHeader("Auto-Submitted", "auto-generated");
            m.setText("Құрметті қонақ! 존경하는 손님께.\n" + subject, "UTF-8", "plain");
            m.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return new ComposedMail(recipient, subject, messageId, out.toByteArray());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MimeMessage parse(byte[] content) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(content));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw header lines of a message, as they travel (encoded words and all). */
    public static String rawHeaders(byte[] content) {
        String all = new String(content, StandardCharsets.US_ASCII);
        int end = all.indexOf("\r\n\r\n");
        return end < 0 ? all : all.substring(0, end);
    }

    /** An SMTP server on this machine, without authentication. */
    public static MailSettings smtp(int port) {
        return new MailSettings(java.util.Optional.of("127.0.0.1"), port, java.util.Optional.empty(), java.util.Optional.empty(),
                false, "protocol@example.kz", java.util.Optional.of("Хаттама бөлімі"));
    }

    /** No SMTP server configured. */
    public static MailSettings noSmtp() {
        return new MailSettings(java.util.Optional.empty(), 25, java.util.Optional.empty(), java.util.Optional.empty(),
                false, "protocol@localhost", java.util.Optional.empty());
    }

    /** Transactions of their own on one entity manager, as the container's REQUIRES_NEW gives them. */
    public static NewTransaction transactions(EntityManager em) {
        return new NewTransaction() {
            @Override
            public <T> T run(Supplier<T> work) {
                return TestDatabase.inTransaction(em, work);
            }
        };
    }
}
