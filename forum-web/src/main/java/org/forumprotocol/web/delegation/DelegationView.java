package org.forumprotocol.web.delegation;

import java.time.LocalDateTime;
import java.util.Map;

import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.Logistics;
import org.forumprotocol.web.rest.Texts;

/** A delegation as the API shows it. */
public record DelegationView(long id, long version, long eventId, String country, Map<String, String> name,
                             Map<String, String> sendingOrganisation, String status, String arrivalFlight,
                             LocalDateTime arrivalAt, String arrivalAirport, String departureFlight,
                             LocalDateTime departureAt, String departureAirport, String hotel, String notes) {

    public static DelegationView of(Delegation d) {
        Logistics l = d.getLogistics();
        return new DelegationView(d.getId(), d.getVersion(), d.getEvent().getId(), d.getCountry(), Texts.json(d.getName()),
                Texts.json(d.getSendingOrganisation()), d.getStatus().name(), l.getArrivalFlight(), l.getArrivalAt(),
                l.getArrivalAirport(), l.getDepartureFlight(), l.getDepartureAt(), l.getDepartureAirport(), l.getHotel(),
                d.getNotes());
    }
}
