package org.forumprotocol.web.delegation;

import java.util.Map;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.delegation.DelegationDetails;
import org.forumprotocol.web.rest.Inputs;

/** The JSON of a delegation as clients send it. */
public class DelegationBody {
    public String country;
    public Map<String, String> name;
    public Map<String, String> sendingOrganisation;
    public String status;
    public String arrivalFlight;
    public String arrivalAt;
    public String arrivalAirport;
    public String departureFlight;
    public String departureAt;
    public String departureAirport;
    public String hotel;
    public String notes;
    public Long version;

    public DelegationDetails details() {
        FieldChecks checks = new FieldChecks();
        var arrival = Inputs.dateTime(checks, "arrivalAt", arrivalAt);
        var departure = Inputs.dateTime(checks, "departureAt", departureAt);
        checks.throwIfAny("The delegation cannot be saved");
        return new DelegationDetails(country, name, sendingOrganisation, status, arrivalFlight, arrival, arrivalAirport,
                departureFlight, departure, departureAirport, hotel, notes, version);
    }
}
