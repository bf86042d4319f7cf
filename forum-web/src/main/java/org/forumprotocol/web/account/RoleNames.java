package org.forumprotocol.web.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.account.Role;

/** Reads role names as clients type them, with an error that lists the roles there are. */
final class RoleNames {
    private RoleNames() {
    }

    static Set<Role> parse(List<String> names) {
        if (names == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ForumException.invalid("roles", "unknown role '" + name + "'; the roles are " + Arrays.toString(Role.values()));
            }
        }
        return roles;
    }
}
