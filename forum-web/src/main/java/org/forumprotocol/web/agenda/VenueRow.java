package org.forumprotocol.web.agenda;

import java.io.Serializable;

import org.forumprotocol.core.agenda.Venue;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.page.ShownText;

/** A venue of the event as its list and the item form's menu show it, in the page language. */
public record VenueRow(long id, ShownText name, ShownText address, Integer capacity) implements Serializable {

    static VenueRow of(Venue v, Language page) {
        Language host = v.getEvent().hostLanguage();
        return new VenueRow(v.getId(), ShownText.of(v.getName(), page, host), ShownText.of(v.getAddress(), page, host),
                v.getCapacity());
    }

    /** The id as the item form's menu sends it back. */
    public String key() {
        return String.valueOf(id);
    }
}
