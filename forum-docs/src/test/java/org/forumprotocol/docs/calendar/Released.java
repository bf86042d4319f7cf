package org.forumprotocol.docs.calendar;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/** Agenda items as a working copy would hand them to a release, built field by field without a database. */
final class Released {
    private final String uid;
    private AgendaItemKind kind = AgendaItemKind.PLENARY;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private final Map<Language, String> title = new EnumMap<>(Language.class);
    private final Map<Language, String> description = new EnumMap<>(Language.class);
    private Long venueId;
    private final Map<Language, String> venueName = new EnumMap<>(Language.class);
    private final Map<Language, String> venueAddress = new EnumMap<>(Language.class);
    private final Map<Language, String> room = new EnumMap<>(Language.class);
    private final List<Long> delegations = new ArrayList<>();
    private final List<Long> speakers = new ArrayList<>();
    private final List<Long> moderators = new ArrayList<>();
    private Language interpretationFrom;
    private final List<Language> interpretationTo = new ArrayList<>();
    private String dressCode;
    private Visibility visibility = Visibility.PUBLIC;

    private Released(String uid, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.uid = uid;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    static Released item(String uid, String startsAt, String endsAt) {
        return new Released(uid, LocalDateTime.parse(startsAt), LocalDateTime.parse(endsAt));
    }

    /** A copy to change for the next working copy. */
    static Released from(ReleasedItem i) {
        Released r = new Released(i.uid(), i.startsAt(), i.endsAt());
        r.kind = i.kind();
        r.title.putAll(i.title().asMap());
        r.description.putAll(i.description().asMap());
        r.venueId = i.venueId();
        r.venueName.putAll(i.venueName().asMap());
        r.venueAddress.putAll(i.venueAddress().asMap());
        r.room.putAll(i.room().asMap());
        r.delegations.addAll(i.delegations());
        r.speakers.addAll(i.speakers());
        r.moderators.addAll(i.moderators());
        r.interpretationFrom = i.interpretationFrom();
        r.interpretationTo.addAll(i.interpretationTo());
        r.dressCode = i.dressCode();
        r.visibility = i.visibility();
        return r;
    }

    /** Speakers and moderators as other delegates, e.g. ones that exist in a database. */
    Released renumberPeople(java.util.function.LongUnaryOperator id) {
        speakers.replaceAll(id::applyAsLong);
        moderators.replaceAll(id::applyAsLong);
        return this;
    }

    Released kind(AgendaItemKind kind) {
        this.kind = kind;
        return this;
    }

    Released at(String startsAt, String endsAt) {
        this.startsAt = LocalDateTime.parse(startsAt);
        this.endsAt = LocalDateTime.parse(endsAt);
        return this;
    }

    Released at(LocalDateTime startsAt, LocalDateTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        return this;
    }

    Released title(Language language, String text) {
        title.put(language, text);
        return this;
    }

    Released description(Language language, String text) {
        description.put(language, text);
        return this;
    }

    Released venue(long id, Language language, String name, String address) {
        venueId = id;
        venueName.put(language, name);
        if (address != null) {
            venueAddress.put(language, address);
        }
        return this;
    }

    Released room(Language language, String text) {
        room.put(language, text);
        return this;
    }

    Released delegations(Long... ids) {
        delegations.addAll(Arrays.asList(ids));
        return this;
    }

    Released speakers(Long... ids) {
        speakers.addAll(Arrays.asList(ids));
        return this;
    }

    Released moderators(Long... ids) {
        moderators.addAll(Arrays.asList(ids));
        return this;
    }

    Released interpretation(Language from, Language... to) {
        interpretationFrom = from;
        interpretationTo.addAll(Arrays.asList(to));
        return this;
    }

    Released dressCode(String dressCode) {
        this.dressCode = dressCode;
        return this;
    }

    Released visibility(Visibility visibility) {
        this.visibility = visibility;
        return this;
    }

    /** As the working copy has it: sequence 0, not cancelled; {@code AgendaDiff.nextRelease} does the rest. */
    ReleasedItem build() {
        return new ReleasedItem(uid, 0, false, kind, startsAt, endsAt, LocalizedText.of(title),
                LocalizedText.of(description), venueId, LocalizedText.of(venueName), LocalizedText.of(venueAddress),
                LocalizedText.of(room), delegations, speakers, moderators, interpretationFrom, interpretationTo,
                dressCode, visibility);
    }
}
