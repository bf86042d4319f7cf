package org.forumprotocol.core.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * How one attempt to hand a message to the SMTP server ended, with the server's reply. A 4xx reply, a
 * server that cannot be reached, and a refused login are transient: the message waits and is tried again.
 * A 5xx reply about the message or its recipient (550 unknown mailbox) is permanent.
 */
record Delivery(Result result, String reply) {

    enum Result { SENT, TRANSIENT, PERMANENT }

    static Delivery sent(String reply) {
        return new Delivery(Result.SENT, reply == null || reply.isBlank() ? "accepted" : reply.strip());
    }

    static Delivery permanent(String reply) {
        return new Delivery(Result.PERMANENT, reply);
    }

    /** Reads the SMTP reply code from wherever in the exception chain Angus Mail put it. */
    static Delivery of(MessagingException failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            int code = -1;
            if (t instanceof SMTPAddressFailedException a) {
                code = a.getReturnCode();
            } else if (t instanceof SMTPSenderFailedException s) {
                code = s.getReturnCode();
            } else if (t instanceof SMTPSendFailedException s) {
                code = s.getReturnCode();
            }
            if (code >= 400) {
                String reply = t.getMessage() == null ? String.valueOf(code) : t.getMessage().strip();
                return new Delivery(permanentCode(code) ? Result.PERMANENT : Result.TRANSIENT, reply);
            }
            if (t instanceof AuthenticationFailedException) {
                // The server refused our login: a configuration matter, not this message's; it waits until fixed.
                return new Delivery(Result.TRANSIENT, "authentication failed: " + describe(t));
            }
        }
        return new Delivery(Result.TRANSIENT, describe(failure));
    }

    /** 5xx, except replies about our own login or TLS, which no retry of this message will change. */
    private static boolean permanentCode(int code) {
        return code >= 500 && code != 530 && code != 534 && code != 535 && code != 538;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** The failure in one line, with its root cause (such as "Connection refused"). */
    private static String describe(Throwable t) {
        Throwable root = t;
        while (next(root) != null) {
            root = next(root);
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        if (root != t && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += ": " + root.getMessage();
        }
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
