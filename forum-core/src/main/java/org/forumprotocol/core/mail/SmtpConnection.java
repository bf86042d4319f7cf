package org.forumprotocol.core.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.forumprotocol.core.config.MailSettings;

/**
 * One SMTP connection for a round of deliveries, opened on first use and reopened when the server dropped
 * it. When the server cannot be reached at all, the rest of the round is not tried again: every message
 * gets the same transient failure at once instead of one connection timeout each.
 */
final class SmtpConnection implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SmtpConnection.class.getName());

    private final Session session;
    private final MailSettings mail;
    private Transport transport;
    private Delivery unreachable;

    SmtpConnection(Session session, MailSettings mail) {
        this.session = session;
        this.mail = mail;
    }

    /** Sends the stored bytes unchanged to the one envelope recipient. */
    Delivery send(String recipient, byte[] content) {
        if (unreachable != null) {
            return unreachable;
        }
        if (content == null) {
            return Delivery.permanent("the message's stored bytes are missing");
        }
        MimeMessage message = new StoredMessage(session, content);
        Address[] to;
        try {
            to = new Address[]{new InternetAddress(recipient, true)};
        } catch (MessagingException e) {
            return Delivery.permanent("the recipient's address cannot be used: " + e.getMessage());
        }
        try {
            connect();
        } catch (MessagingException e) {
            unreachable = Delivery.of(e);
            close();
            return unreachable;
        }
        try {
            // Transport.send would call saveChanges() and so a new Message-ID; the stored bytes go as they are.
            transport.sendMessage(message, to);
            return Delivery.sent(transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : null);
        } catch (MessagingException e) {
            return Delivery.of(e);
        }
    }

    /**
     * A message that is its stored bytes, written to the server exactly as stored (and as the outbox's .eml shows
     * it). Nothing is parsed: the transport needs the message only to write it (the envelope sender is the
     * session's {@code mail.smtp.from}), and parsing every header of every message again, with Jakarta Mail's
     * provider look-up for each encoded word, was a fifth of the dispatcher's work.
     */
    private static final class StoredMessage extends MimeMessage {
        private static final int CHUNK = 8192;
        private final byte[] content;

        StoredMessage(Session session, byte[] content) {
            super(session);
            this.content = content;
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreHeaders) throws IOException {
            writeTo(out);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            for (int at = 0; at < content.length; at += CHUNK) {
                out.write(content, at, Math.min(CHUNK, content.length - at));
            }
        }
    }

    private void connect() throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        close();
        transport = session.getTransport("smtp");
        transport.connect(mail.host().orElseThrow(), mail.port(), mail.user().orElse(null), mail.password().orElse(null));
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "closing the SMTP connection", e);
            }
            transport = null;
        }
    }
}
