package org.forumprotocol.web.agenda;

import java.util.Map;

import org.forumprotocol.core.agenda.Venue;
import org.forumprotocol.web.rest.Texts;

/** A venue of an event as the API shows it. */
public record VenueView(long id, long version, long eventId, Map<String, String> name, Map<String, String> address,
                        Integer capacity) {

    public static VenueView of(Venue v) {
        return new VenueView(v.getId(), v.getVersion(), v.getEvent().getId(), Texts.json(v.getName()),
                Texts.json(v.getAddress()), v.getCapacity());
    }
}
