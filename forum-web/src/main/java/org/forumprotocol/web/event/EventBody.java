package org.forumprotocol.web.event;

import java.util.List;
import java.util.Map;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.event.EventDetails;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.web.rest.Inputs;

/** The JSON of an event as clients send it. */
public class EventBody {
    public String kind;
    public Map<String, String> title;
    public Map<String, String> city;
    public Map<String, String> hostOrganisation;
    public String startsOn;
    public String endsOn;
    public String timeZone;
    public List<String> languages;
    public Long version;

    EventDetails details() {
        FieldChecks checks = new FieldChecks();
        EventKind k = checks.choice("kind", kind, EventKind.class);
        var starts = Inputs.date(checks, "startsOn", startsOn);
        var ends = Inputs.date(checks, "endsOn", endsOn);
        checks.throwIfAny("The event cannot be saved");
        return new EventDetails(k, title, city, hostOrganisation, starts, ends, timeZone, languages, version);
    }
}
