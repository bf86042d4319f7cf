package org.forumprotocol.web.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.agenda.AgendaItemDetails;
import org.forumprotocol.web.rest.Inputs;

/**
 * The JSON of an agenda item as clients send it. Dates stay text here so that a wrong one is reported
 * under its field name. {@code speakers} lists delegate ids; those also named in {@code manualSpeakers}
 * keep their place in that list, the others follow the order of precedence.
 */
public class AgendaItemBody {
    /** Simultaneous interpretation: the language spoken and the languages interpreted into. */
    public static class Interpretation {
        public String from;
        public List<String> to;
    }

    public String kind;
    public String startsAt;
    public String endsAt;
    public Map<String, String> title;
    public Map<String, String> description;
    public String venue;
    public Map<String, String> room;
    public List<String> delegations;
    public List<String> speakers;
    public List<String> manualSpeakers;
    public List<String> moderators;
    public Interpretation interpretation;
    public String dressCode;
    public String staffNotes;
    public String visibility;
    public Long version;

    public AgendaItemDetails details() {
        FieldChecks checks = new FieldChecks();
        var starts = Inputs.dateTime(checks, "startsAt", startsAt);
        var ends = Inputs.dateTime(checks, "endsAt", endsAt);
        List<String> manual = manualSpeakers == null ? List.of() : manualSpeakers;
        List<AgendaItemDetails.Speaker> slots = new ArrayList<>();
        if (speakers != null) {
            for (String s : speakers) {
                slots.add(new AgendaItemDetails.Speaker(s, s != null && manual.contains(s)));
            }
        }
        for (int i = 0; i < manual.size(); i++) {
            if (speakers == null || !speakers.contains(manual.get(i))) {
                checks.add("manualSpeakers[" + i + "]", "is not one of the speakers");
            }
        }
        checks.throwIfAny("The agenda item cannot be saved");
        AgendaItemDetails.Interpretation interpreting = interpretation == null ? null
                : new AgendaItemDetails.Interpretation(interpretation.from, interpretation.to);
        return new AgendaItemDetails(kind, starts, ends, title, description, venue, room, delegations, slots,
                moderators, interpreting, dressCode, staffNotes, visibility, version);
    }
}
