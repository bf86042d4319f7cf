package org.forumprotocol.web.agenda;

import java.time.Instant;
import java.util.Map;

import org.forumprotocol.core.minutes.MeetingMinutes;
import org.forumprotocol.web.rest.Texts;

/** An item's minutes as the API shows them. */
public record MinutesView(long itemId, long version, Map<String, String> topics, Map<String, String> agreements,
                          Instant updatedAt, String updatedBy) {

    public static MinutesView of(MeetingMinutes m) {
        return new MinutesView(m.getItem().getId(), m.getVersion(), Texts.json(m.getTopics()), Texts.json(m.getAgreements()),
                m.getUpdatedAt(), m.getUpdatedBy());
    }
}
