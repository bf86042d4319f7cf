package org.forumprotocol.web.delegation;

import java.io.Serializable;
import java.time.LocalDateTime;

import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.DelegationStatus;
import org.forumprotocol.core.delegation.Logistics;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.page.ShownText;

/** A delegation as the heading of its page shows it. */
public record DelegationSummary(long id, String country, String countryName, ShownText name, ShownText sendingOrganisation,
                                DelegationStatus status, String arrivalFlight, LocalDateTime arrivalAt,
                                String arrivalAirport, String departureFlight, LocalDateTime departureAt,
                                String departureAirport, String hotel, String notes) implements Serializable {

    static DelegationSummary of(Delegation d, Language page) {
        Language host = d.getEvent().hostLanguage();
        Logistics l = d.getLogistics();
        return new DelegationSummary(d.getId(), d.getCountry(), Countries.name(d.getCountry(), page),
                ShownText.of(d.getName(), page, host), ShownText.of(d.getSendingOrganisation(), page, host), d.getStatus(),
                l.getArrivalFlight(), l.getArrivalAt(), l.getArrivalAirport(), l.getDepartureFlight(), l.getDepartureAt(),
                l.getDepartureAirport(), l.getHotel(), d.getNotes());
    }

    public boolean hasArrival() {
        return arrivalFlight != null || arrivalAt != null || arrivalAirport != null;
    }

    public boolean hasDeparture() {
        return departureFlight != null || departureAt != null || departureAirport != null;
    }
}
