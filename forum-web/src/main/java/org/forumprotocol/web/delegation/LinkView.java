package org.forumprotocol.web.delegation;

import java.time.Instant;

/** A newly issued private link; the URL carries the token and is shown this once. */
public record LinkView(String url, Instant expiresAt) {
}
