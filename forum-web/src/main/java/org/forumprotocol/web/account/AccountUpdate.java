package org.forumprotocol.web.account;

import java.util.List;

/**
 * The body of {@code PUT /api/accounts/{username}}: fields left out stay as they are. {@code version}
 * (or an If-Match header) is the version the client saw; a newer one on the server gives 409.
 */
public record AccountUpdate(List<String> roles, Boolean enabled, String password, Long version) {
}
