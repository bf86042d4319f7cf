package org.forumprotocol.docs.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.config.MailSettings;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.ComposedMail;
import org.forumprotocol.core.mail.MailSessions;

/**
 * Composes messages as the outbox stores and sends them. Every message gets a unique {@code Message-ID} on the
 * host of FORUM_BASE_URL, a {@code Date} from the application's clock, {@code Auto-Submitted: auto-generated}
 * (RFC 3834: no vacation replies), its language as {@code Content-Language}, headers in RFC 2047 UTF-8 words
 * and attachment file names as RFC 2231 UTF-8 parameters, so that Kazakh and Korean survive every server on
 * the way. Structure: {@code multipart/alternative} of plain text, HTML and, when given, the calendar part
 * ({@code text/calendar; method=…}), inside {@code multipart/mixed} when there are attachments.
 *
 * <pre>{@code
 * ComposedMail mail = new MailComposer(settings, clock).message(Language.KO)
 *         .to("jo@example.kr", "조태익").subject("초대장").text(text).html(html)
 *         .calendar(ics, "REQUEST").attach("초대장.pdf", "application/pdf", pdf).compose();
 * outbox.enqueue(MailOrigin.of(MessageKind.INVITATION, Language.KO).forEvent(eventId), mail);
 * }</pre>
 */
public final class MailComposer {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final MailSettings mail;
    private final String messageIdHost;
    private final Clock clock;
    private final Session session = MailSessions.withoutServer();

    public MailComposer(ForumSettings settings, Clock clock) {
        this(settings.mail(), settings.publicUrl(), clock);
    }

    public MailComposer(MailSettings mail, URI baseUrl, Clock clock) {
        this.mail = mail;
        this.messageIdHost = baseUrl.getHost() == null ? "localhost" : baseUrl.getHost();
        this.clock = clock;
    }

    /** A new message in {@code language}. */
    public Builder message(Language language) {
        return new Builder(language);
    }

    /** A file attached to a message. */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    /** Collects one message; {@link #compose()} checks it and makes the bytes. */
    public final class Builder {
        private final Language language;
        private String address;
        private String displayName;
        private String subject;
        private String text;
        private String html;
        private String calendar;
        private String calendarMethod;
        private final List<Attachment> attachments = new ArrayList<>();

        private Builder(Language language) {
            this.language = language;
        }

        /** The one recipient: a plain address, and optionally the name to show with it. */
        public Builder to(String address, String displayName) {
            this.address = address;
            this.displayName = displayName;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** The plain-text alternative. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** The HTML alternative, a whole document; every value in it must have gone through {@link MailHtml#escape}. */
        public Builder html(String html) {
            this.html = html;
            return this;
        }

        /** An iCalendar object as a third alternative, such as {@code method} REQUEST or CANCEL. */
        public Builder calendar(String ics, String method) {
            this.calendar = ics;
            this.calendarMethod = method;
            return this;
        }

        public Builder attach(String fileName, String mediaType, byte[] content) {
            attachments.add(new Attachment(fileName, mediaType, content.clone()));
            return this;
        }

        public ComposedMail compose() {
            FieldChecks checks = new FieldChecks();
            InternetAddress to = recipient(checks);
            checks.required("subject", subject);
            if (subject != null && (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0)) {
                checks.add("subject", "must be one line");
            }
            if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
                checks.add("text", "a message needs a text or an HTML body");
            }
            if (calendar != null && (calendarMethod == null || !calendarMethod.matches("[A-Z-]+"))) {
                checks.add("calendar", "needs an iCalendar method such as REQUEST or CANCEL");
            }
            for (int i = 0; i < attachments.size(); i++) {
                Attachment a = attachments.get(i);
                if (a.fileName() == null || a.fileName().isBlank() || a.fileName().matches(".*[\\\\/\\r\\n].*")) {
                    checks.add("attachments[" + i + "].fileName", "must be a file name without a path");
                }
                try {
                    new ContentType(a.mediaType());
                } catch (jakarta.mail.internet.ParseException | NullPointerException e) {
                    checks.add("attachments[" + i + "].mediaType", "not a media type: '" + a.mediaType() + "'");
                }
            }
            checks.throwIfAny("The message cannot be composed");
            String messageId = "<" + UUID.randomUUID() + "@" + messageIdHost + ">";
            try {
                MimeMessage message = new IdentifiedMessage(session, messageId);
                message.setFrom(mail.from());
                message.setRecipient(Message.RecipientType.TO, to);
                message.setSubject(subject.strip(), UTF_8);
                message.setSentDate(Date.from(clock.instant()));
                message.setHeader("Auto-Submitted", "auto-generated");
                message.setHeader("Content-Language", language.code());
                MimeMultipart alternative = alternatives();
                if (attachments.isEmpty()) {
                    message.setContent(alternative);
                } else {
                    MimeMultipart mixed = new MimeMultipart("mixed");
                    MimeBodyPart body = new MimeBodyPart();
                    body.setContent(alternative);
                    mixed.addBodyPart(body);
                    for (Attachment a : attachments) {
                        mixed.addBodyPart(attachment(a));
                    }
                    message.setContent(mixed);
                }
                message.saveChanges();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                message.writeTo(out);
                return new ComposedMail(to.getAddress(), subject.strip(), messageId, out.toByteArray());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("cannot compose the message: " + e.getMessage(), e);
            }
        }

        private InternetAddress recipient(FieldChecks checks) {
            if (address == null || address.isBlank()) {
                checks.add("recipient", "is required");
                return null;
            }
            try {
                InternetAddress parsed = new InternetAddress(address.strip(), true);
                parsed.validate();
                return new InternetAddress(parsed.getAddress(), displayName == null || displayName.isBlank() ? null
                        : displayName.strip(), UTF_8);
            } catch (AddressException | UnsupportedEncodingException e) {
                checks.add("recipient", "not an e-mail address: '" + address + "'");
                return null;
            }
        }

        private MimeMultipart alternatives() throws MessagingException {
            MimeMultipart alternative = new MimeMultipart("alternative");
            // Least preferred first (RFC 2046): plain text, then HTML, then the calendar for clients that know it.
            if (text != null && !text.isBlank()) {
                MimeBodyPart plain = new MimeBodyPart();
                plain.setText(text, UTF_8, "plain");
                alternative.addBodyPart(plain);
            }
            if (html != null && !html.isBlank()) {
                MimeBodyPart rich = new MimeBodyPart();
                rich.setText(html, UTF_8, "html");
                alternative.addBodyPart(rich);
            }
            if (calendar != null) {
                MimeBodyPart ics = new MimeBodyPart();
                String type = "text/calendar; charset=UTF-8; method=" + calendarMethod;
                ics.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8), type)));
                ics.setHeader("Content-Type", type);
                alternative.addBodyPart(ics);
            }
            return alternative;
        }
    }

    /** An attachment whose name parameters are RFC 2231 UTF-8 ({@code filename*=UTF-8''…}) when not ASCII. */
    private static MimeBodyPart attachment(Attachment a) throws MessagingException {
        ContentType type = new ContentType(a.mediaType());
        ParameterList typeParameters = type.getParameterList() == null ? new ParameterList() : type.getParameterList();
        typeParameters.set("name", a.fileName(), UTF_8);
        type.setParameterList(typeParameters);
        ParameterList dispositionParameters = new ParameterList();
        dispositionParameters.set("filename", a.fileName(), UTF_8);
        ContentDisposition disposition = new ContentDisposition(Part.ATTACHMENT, dispositionParameters);

        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), type.toString())));
        part.setHeader("Content-Type", type.toString());
        part.setHeader("Content-Disposition", disposition.toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** Keeps the Message-ID given: MimeMessage would make its own on every saveChanges(). */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
