package org.forumprotocol.web.account;

import java.time.Instant;
import java.util.List;

import org.forumprotocol.core.account.Account;

/** An account as the API shows it: never the password hash. */
public record AccountView(String username, List<String> roles, boolean enabled, String language, long version,
                          Instant createdAt, Instant lastLoginAt, Instant lockedUntil) {

    public static AccountView of(Account a) {
        return new AccountView(a.getUsername(), a.getRoles().stream().sorted().map(Enum::name).toList(), a.isEnabled(),
                a.getLanguage(), a.getVersion(), a.getCreatedAt(), a.getLastLoginAt(), a.getLockedUntil());
    }
}
