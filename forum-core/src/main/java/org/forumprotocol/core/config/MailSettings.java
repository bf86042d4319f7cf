package org.forumprotocol.core.config;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.internet.InternetAddress;

/**
 * The SMTP server, when there is one, and the sender of every message. Without a host, mail waits in the
 * outbox. The password is kept out of {@link #toString()} so it never reaches a log.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
                           boolean startTls, String fromAddress, Optional<String> fromName) {

    public boolean configured() {
        return host.isPresent();
    }

    /**
     * The sender as a header should carry it: the display name encoded as RFC 2047 UTF-8 words when it is
     * not ASCII (a parsed address would write it back raw).
     */
    public InternetAddress from() {
        try {
            return new InternetAddress(fromAddress, fromName.orElse(null), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sender as people read it, e.g. {@code Protocol Office <protocol@example.kz>}. */
    public String fromDisplay() {
        return fromName.map(n -> n + " <" + fromAddress + ">").orElse(fromAddress);
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host.orElse("(none)") + ", port=" + port + ", user=" + user.orElse("(none)")
                + ", startTls=" + startTls + ", from=" + fromDisplay() + "]";
    }
}
