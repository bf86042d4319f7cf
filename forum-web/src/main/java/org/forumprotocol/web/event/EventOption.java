package org.forumprotocol.web.event;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.page.ShownText;

/** An event in a menu of events (a filter, a memorandum's event, a preview's event): its id and its title as shown. */
public record EventOption(long id, ShownText title) implements Serializable {

    /** Every event, the latest first (the one an officer is working on is near the top), titled in {@code page}. */
    public static ArrayList<EventOption> newestFirst(Events events, Language page) {
        return new ArrayList<>(events.list().stream()
                .sorted(Comparator.comparing(Event::getStartsOn).reversed())
                .map(e -> new EventOption(e.getId(), ShownText.of(e.getTitle(), page, e.hostLanguage())))
                .toList());
    }
}
