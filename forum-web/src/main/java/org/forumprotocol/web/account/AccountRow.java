package org.forumprotocol.web.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.forumprotocol.core.account.Account;
import org.forumprotocol.core.account.Role;

/**
 * An account as the accounts page holds it between requests. The entity itself is not serializable
 * and would be detached anyway; {@code version} is what the administrator saw, for stale-edit checks.
 */
public record AccountRow(String username, List<Role> roles, boolean enabled, Instant lastLoginAt, Instant lockedUntil,
                         long version) implements Serializable {

    public AccountRow {
        roles = List.copyOf(roles);
    }

    static AccountRow of(Account a) {
        return new AccountRow(a.getUsername(), a.getRoles().stream().sorted().toList(), a.isEnabled(), a.getLastLoginAt(),
                a.getLockedUntil(), a.getVersion());
    }
}
