package org.forumprotocol.core.agenda;

import java.util.Map;

/** A venue as an officer enters it: name and address per language code, and how many it seats. */
public record VenueDetails(Map<String, String> name, Map<String, String> address, Integer capacity, Long expectedVersion) {
}
