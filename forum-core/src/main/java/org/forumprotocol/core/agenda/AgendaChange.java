package org.forumprotocol.core.agenda;

import java.util.Set;

/**
 * What one release changed about one item, compared with the release before it. {@code before} is absent for
 * an added item; {@code after} of a removed item is its cancelled copy.
 */
public record AgendaChange(Kind kind, ReleasedItem before, ReleasedItem after, Set<Aspect> aspects) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** What about a changed item is different; what delegates are told. */
    public enum Aspect { TIME, PLACE, SPEAKERS, TITLE, DETAILS }

    public AgendaChange {
        aspects = aspects.isEmpty() ? Set.of() : Set.copyOf(aspects);
    }

    public String uid() {
        return after.uid();
    }

    /** Whether the change concerns this delegate: the item was or is in their personal programme. */
    public boolean concerns(long delegateId, long delegationId) {
        return (before != null && before.inProgrammeOf(delegateId, delegationId))
                || after.inProgrammeOf(delegateId, delegationId);
    }
}
