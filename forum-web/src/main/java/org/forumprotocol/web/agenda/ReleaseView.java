package org.forumprotocol.web.agenda;

import java.time.Instant;
import java.util.List;

import org.forumprotocol.core.agenda.AgendaChange;
import org.forumprotocol.core.agenda.AgendaRelease;

/**
 * A published release of the programme: who published it and when, how much it changed, and, when asked
 * for, its change log in one language ({@code changes}; one entry per changed item with its sentence).
 */
public record ReleaseView(long eventId, int number, Instant publishedAt, String publishedBy, String note, int added,
                          int removed, int changed, String lang, List<ChangeView> changes) {

    /** One changed item: what happened to it and the sentence that tells delegates. */
    public record ChangeView(String kind, String uid, List<String> aspects, String title, String text) {
    }

    public static ReleaseView of(AgendaRelease r, String lang, List<ChangeView> changes) {
        return new ReleaseView(r.getEvent().getId(), r.getNumber(), r.getPublishedAt(), r.getPublishedBy(), r.getNote(),
                r.getAdded(), r.getRemoved(), r.getChanged(), lang, changes);
    }

    static ChangeView change(AgendaChange c, String title, String text) {
        return new ChangeView(c.kind().name(), c.uid(), c.aspects().stream().map(Enum::name).sorted().toList(), title, text);
    }
}
