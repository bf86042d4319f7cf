package org.forumprotocol.core.delegation;

import java.time.LocalDateTime;
import java.util.Map;

/** A delegation as an officer enters it; codes are still text so that each wrong field can be named. */
public record DelegationDetails(String country, Map<String, String> name, Map<String, String> sendingOrganisation,
                                String status, String arrivalFlight, LocalDateTime arrivalAt, String arrivalAirport,
                                String departureFlight, LocalDateTime departureAt, String departureAirport,
                                String hotel, String notes, Long expectedVersion) {
}
