package org.forumprotocol.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an officer enters for an event, as typed: language codes and time zone still as text, so that the
 * service can name each wrong field. {@code expectedVersion} guards edits against lost updates.
 */
public record EventDetails(EventKind kind, Map<String, String> title, Map<String, String> city,
                           Map<String, String> hostOrganisation, LocalDate startsOn, LocalDate endsOn,
                           String timeZone, List<String> languages, Long expectedVersion) {
}
