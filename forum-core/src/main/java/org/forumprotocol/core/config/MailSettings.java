package org.forumprotocol.core.config;

import java.util.Optional;

/** The SMTP server, when there is one. Without a host, mail waits in the outbox. */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
                           boolean startTls, String from) {

    public boolean configured() {
        return host.isPresent();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host.orElse("(none)") + ", port=" + port + ", user=" + user.orElse("(none)")
                + ", startTls=" + startTls + ", from=" + from + "]";
    }
}
