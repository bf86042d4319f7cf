package org.forumprotocol.core.account;

import java.util.Set;

/**
 * An administrator's change to an account. Null fields stay as they are; {@code expectedVersion} is the
 * version the administrator saw, so a change made meanwhile by someone else is not overwritten.
 */
public record AccountChange(Long expectedVersion, Set<Role> roles, Boolean enabled, String newPassword) {
}
