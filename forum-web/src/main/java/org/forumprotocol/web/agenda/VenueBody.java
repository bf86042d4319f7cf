package org.forumprotocol.web.agenda;

import java.util.Map;

import org.forumprotocol.core.agenda.VenueDetails;

/** The JSON of a venue as clients send it: name and address per language code, and how many it seats. */
public class VenueBody {
    public Map<String, String> name;
    public Map<String, String> address;
    public Integer capacity;
    public Long version;

    public VenueDetails details() {
        return new VenueDetails(name, address, capacity, version);
    }
}
