package org.forumprotocol.core.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of releases, free of persistence so it can be tested and measured on its own: which
 * sequence each item gets in the next release, and what changed since the previous one.
 */
public final class AgendaDiff {
    private static final Comparator<ReleasedItem> TIME_ORDER = Comparator.comparing(ReleasedItem::startsAt)
            .thenComparing(ReleasedItem::endsAt).thenComparing(ReleasedItem::uid);

    private AgendaDiff() {
    }

    /**
     * The next release from the previous one ({@code previous}, empty for the first) and the working copy:
     * unchanged items keep their sequence, changed ones get one more, new ones start at 0, and items no longer
     * in the working copy are carried on as cancelled (once cancelled, they stay as they are). In time order.
     */
    public static List<ReleasedItem> nextRelease(List<ReleasedItem> previous, List<ReleasedItem> working) {
        Map<String, ReleasedItem> before = byUid(previous);
        List<ReleasedItem> next = new ArrayList<>(working.size() + previous.size());
        Set<String> seen = new HashSet<>();
        for (ReleasedItem item : working) {
            seen.add(item.uid());
            ReleasedItem old = before.get(item.uid());
            if (old == null) {
                next.add(item.withSequence(0));
            } else if (!old.cancelled() && old.sameAs(item)) {
                next.add(old);
            } else {
                next.add(item.withSequence(old.sequence() + 1));
            }
        }
        for (ReleasedItem old : previous) {
            if (!seen.contains(old.uid())) {
                next.add(old.cancelled() ? old : old.cancelledLater());
            }
        }
        next.sort(TIME_ORDER);
        return next;
    }

    /** What {@code next} changed compared with {@code previous}, in the time order of {@code next}. */
    public static List<AgendaChange> changes(List<ReleasedItem> previous, List<ReleasedItem> next) {
        Map<String, ReleasedItem> before = byUid(previous);
        List<AgendaChange> changes = new ArrayList<>();
        for (ReleasedItem after : next) {
            ReleasedItem old = before.get(after.uid());
            if (old == null || (old.cancelled() && !after.cancelled())) {
                if (!after.cancelled()) {
                    changes.add(new AgendaChange(AgendaChange.Kind.ADDED, null, after, Set.of()));
                }
            } else if (after.cancelled()) {
                if (!old.cancelled()) {
                    changes.add(new AgendaChange(AgendaChange.Kind.REMOVED, old, after, Set.of()));
                }
            } else if (!old.sameAs(after)) {
                changes.add(new AgendaChange(AgendaChange.Kind.CHANGED, old, after, aspects(old, after)));
            }
        }
        return changes;
    }

    private static Set<AgendaChange.Aspect> aspects(ReleasedItem a, ReleasedItem b) {
        EnumSet<AgendaChange.Aspect> aspects = EnumSet.noneOf(AgendaChange.Aspect.class);
        if (!a.sameTimeAs(b)) {
            aspects.add(AgendaChange.Aspect.TIME);
        }
        if (!a.samePlaceAs(b)) {
            aspects.add(AgendaChange.Aspect.PLACE);
        }
        if (!a.speakers().equals(b.speakers())) {
            aspects.add(AgendaChange.Aspect.SPEAKERS);
        }
        if (!a.title().equals(b.title())) {
            aspects.add(AgendaChange.Aspect.TITLE);
        }
        ReleasedItem same = new ReleasedItem(b.uid(), a.sequence(), a.cancelled(), b.kind(), a.startsAt(), a.endsAt(),
                a.title(), b.description(), a.venueId(), a.venueName(), b.venueAddress(), a.room(), b.delegations(),
                a.speakers(), b.moderators(), b.interpretationFrom(), b.interpretationTo(), b.dressCode(), b.visibility());
        if (!same.equals(a)) {
            aspects.add(AgendaChange.Aspect.DETAILS);
        }
        return aspects;
    }

    private static Map<String, ReleasedItem> byUid(List<ReleasedItem> items) {
        Map<String, ReleasedItem> map = new LinkedHashMap<>(items.size() * 2);
        items.forEach(i -> map.put(i.uid(), i));
        return map;
    }
}
