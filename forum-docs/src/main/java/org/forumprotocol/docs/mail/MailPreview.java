package org.forumprotocol.docs.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.forumprotocol.core.mail.MailSessions;

/**
 * What a stored message says, read back from its bytes for the outbox page: the headers people read, the
 * plain text, and the attachments. The HTML part is reported, not rendered: a page shows the text.
 */
public record MailPreview(String from, String to, String subject, Instant date, String messageId, String text,
                          boolean hasHtml, String calendarMethod, List<Attachment> attachments) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** An attached file: its name, media type and size in bytes. */
    public record Attachment(String fileName, String mediaType, long size) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Apart, so that a preview travels (view state) where no Jakarta Mail implementation is loaded. */
    private static final class Parsing {
        static final Session SESSION = MailSessions.withoutServer();
    }

    public static MailPreview of(byte[] content) {
        try {
            MimeMessage m = new MimeMessage(Parsing.SESSION, new ByteArrayInputStream(content));
            Reading reading = new Reading();
            reading.walk(m);
            return new MailPreview(addresses(m.getFrom()), addresses(m.getRecipients(MimeMessage.RecipientType.TO)),
                    m.getSubject(), m.getSentDate() == null ? null : m.getSentDate().toInstant(), m.getMessageID(),
                    reading.text, reading.html, reading.calendarMethod, List.copyOf(reading.attachments));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the stored message cannot be read: " + e.getMessage(), e);
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress i ? i.toUnicodeString() : a.toString())
                .collect(Collectors.joining(", "));
    }

    private static final class Reading {
        String text;
        boolean html;
        String calendarMethod;
        final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                long size;
                try (InputStream in = part.getInputStream()) {
                    size = in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                String type = new jakarta.mail.internet.ContentType(part.getContentType()).getBaseType().toLowerCase(java.util.Locale.ROOT);
                attachments.add(new Attachment(part.getFileName(), type, size));
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = true;
            } else if (part.isMimeType("text/calendar")) {
                String method = new jakarta.mail.internet.ContentType(part.getContentType()).getParameter("method");
                calendarMethod = method == null ? "" : method;
            }
        }
    }
}
