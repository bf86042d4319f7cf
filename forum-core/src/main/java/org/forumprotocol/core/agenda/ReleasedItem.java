package org.forumprotocol.core.agenda;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * An agenda item as a release published it: a copy that later edits of the working copy never touch, so
 * delegates keep seeing exactly what was released. Staff notes are not part of it: nothing released ever
 * reaches a delegate with them. Venue name and address are copied too, for the same reason.
 * <p>
 * {@code sequence} is the iCalendar {@code SEQUENCE}: 0 when the item is first released, one more in every
 * release that changes it. A removed item stays in later releases as {@code cancelled}, so that calendars
 * that once received it learn that it is off.
 */
public record ReleasedItem(String uid, int sequence, boolean cancelled, AgendaItemKind kind,
                           LocalDateTime startsAt, LocalDateTime endsAt, LocalizedText title,
                           LocalizedText description, Long venueId, LocalizedText venueName,
                           LocalizedText venueAddress, LocalizedText room, List<Long> delegations,
                           List<Long> speakers, List<Long> moderators, Language interpretationFrom,
                           List<Language> interpretationTo, String dressCode, Visibility visibility) {

    public ReleasedItem {
        Objects.requireNonNull(uid, "uid");
        delegations = List.copyOf(delegations);
        speakers = List.copyOf(speakers);
        moderators = List.copyOf(moderators);
        interpretationTo = List.copyOf(interpretationTo);
    }

    /** The item of the working copy as it would be released, before its sequence is known. */
    public static ReleasedItem of(AgendaItem item) {
        return new ReleasedItem(item.getUid(), 0, false, item.getKind(), item.getStartsAt(), item.getEndsAt(),
                item.getTitle(), item.getDescription(), item.getVenue().map(Venue::getId).orElse(null),
                item.getVenue().map(Venue::getName).orElse(LocalizedText.empty()),
                item.getVenue().map(Venue::getAddress).orElse(LocalizedText.empty()), item.getRoom(),
                item.getDelegations(), item.getSpeakerIds(), item.getModerators(),
                item.getInterpretationFrom().orElse(null), item.getInterpretationTo(), item.getDressCode(),
                item.getVisibility());
    }

    public ReleasedItem withSequence(int newSequence) {
        return new ReleasedItem(uid, newSequence, cancelled, kind, startsAt, endsAt, title, description, venueId,
                venueName, venueAddress, room, delegations, speakers, moderators, interpretationFrom,
                interpretationTo, dressCode, visibility);
    }

    /** This item withdrawn in a later release: cancelled, one sequence higher, otherwise as last released. */
    public ReleasedItem cancelledLater() {
        return new ReleasedItem(uid, sequence + 1, true, kind, startsAt, endsAt, title, description, venueId,
                venueName, venueAddress, room, delegations, speakers, moderators, interpretationFrom,
                interpretationTo, dressCode, visibility);
    }

    /** Whether the two say the same thing to a delegate, whatever their sequence. */
    public boolean sameAs(ReleasedItem other) {
        return withSequence(0).equals(other.withSequence(0));
    }

    public boolean sameTimeAs(ReleasedItem other) {
        return startsAt.equals(other.startsAt) && endsAt.equals(other.endsAt);
    }

    public boolean samePlaceAs(ReleasedItem other) {
        return Objects.equals(venueId, other.venueId) && venueName.equals(other.venueName) && room.equals(other.room);
    }

    /** Whether the delegate speaks, moderates, or their delegation takes part. */
    public boolean involves(long delegateId, long delegationId) {
        return speakers.contains(delegateId) || moderators.contains(delegateId) || delegations.contains(delegationId);
    }

    /**
     * Whether the item belongs in this delegate's personal programme: public items, and items the delegate
     * takes part in; an item for delegates that names no participants at all (a lunch, a transfer) is for
     * every delegate. Staff-only items never are.
     */
    public boolean inProgrammeOf(long delegateId, long delegationId) {
        return switch (visibility) {
            case STAFF -> false;
            case PUBLIC -> true;
            case DELEGATES -> involves(delegateId, delegationId)
                    || (speakers.isEmpty() && moderators.isEmpty() && delegations.isEmpty());
        };
    }
}
