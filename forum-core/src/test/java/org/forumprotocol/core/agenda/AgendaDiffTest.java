package org.forumprotocol.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.agenda.AgendaChange.Aspect;
import org.forumprotocol.core.agenda.AgendaChange.Kind;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** The release arithmetic on its own: sequences, cancellations and what counts as a change. */
class AgendaDiffTest {
    private static final LocalDateTime TEN = LocalDateTime.of(2025, 9, 18, 10, 0);
    private static final long JO = 11;
    private static final long AKIM = 12;
    private static final long KOREA = 1;
    private static final long HOST = 2;

    static LocalizedText text(String kk, String ru) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        m.put(Language.KK, kk);
        m.put(Language.RU, ru);
        return LocalizedText.of(m);
    }

    static ReleasedItem item(String uid, LocalDateTime start, int minutes, String ruTitle, List<Long> speakers) {
        return new ReleasedItem(uid, 0, false, AgendaItemKind.PLENARY, start, start.plusMinutes(minutes),
                text("Атауы " + ruTitle, ruTitle), LocalizedText.empty(), 7L, text("Конгресс-холл", "Конгресс-холл"),
                LocalizedText.empty(), LocalizedText.empty(), List.of(), speakers, List.of(), null, List.of(), null,
                Visibility.DELEGATES);
    }

    private static ReleasedItem opening() {
        return item("uid-opening", TEN, 90, "Открытие форума", List.of(AKIM));
    }

    private static ReleasedItem signing() {
        return item("uid-signing", TEN.plusHours(2), 30, "Подписание меморандума", List.of());
    }

    private static ReleasedItem lunch() {
        return item("uid-lunch", TEN.plusHours(3), 60, "Обед", List.of());
    }

    private static ReleasedItem moved(ReleasedItem i, int minutes) {
        return new ReleasedItem(i.uid(), 0, false, i.kind(), i.startsAt().plusMinutes(minutes), i.endsAt().plusMinutes(minutes),
                i.title(), i.description(), i.venueId(), i.venueName(), i.venueAddress(), i.room(), i.delegations(),
                i.speakers(), i.moderators(), i.interpretationFrom(), i.interpretationTo(), i.dressCode(), i.visibility());
    }

    private static ReleasedItem withSpeakers(ReleasedItem i, List<Long> speakers) {
        return new ReleasedItem(i.uid(), 0, false, i.kind(), i.startsAt(), i.endsAt(), i.title(), i.description(),
                i.venueId(), i.venueName(), i.venueAddress(), i.room(), i.delegations(), speakers, i.moderators(),
                i.interpretationFrom(), i.interpretationTo(), i.dressCode(), i.visibility());
    }

    private static ReleasedItem withTitle(ReleasedItem i, LocalizedText title) {
        return new ReleasedItem(i.uid(), 0, false, i.kind(), i.startsAt(), i.endsAt(), title, i.description(),
                i.venueId(), i.venueName(), i.venueAddress(), i.room(), i.delegations(), i.speakers(), i.moderators(),
                i.interpretationFrom(), i.interpretationTo(), i.dressCode(), i.visibility());
    }

    private static ReleasedItem at(List<ReleasedItem> release, String uid) {
        return release.stream().filter(i -> i.uid().equals(uid)).findFirst().orElseThrow();
    }

    @Test
    void theFirstReleaseStartsEveryItemAtSequenceZeroInTimeOrderAndAddsThemAll() {
        List<ReleasedItem> first = AgendaDiff.nextRelease(List.of(), List.of(lunch(), opening(), signing()));

        assertThat(first).extracting(ReleasedItem::uid).containsExactly("uid-opening", "uid-signing", "uid-lunch");
        assertThat(first).extracting(ReleasedItem::sequence).containsOnly(0);
        assertThat(AgendaDiff.changes(List.of(), first)).extracting(AgendaChange::kind).containsOnly(Kind.ADDED).hasSize(3);
    }

    @Test
    void unchangedItemsKeepTheirSequenceAndNothingIsReportedSoARereleaseHasNothingToPublish() {
        List<ReleasedItem> first = AgendaDiff.nextRelease(List.of(), List.of(opening(), signing()));
        List<ReleasedItem> second = AgendaDiff.nextRelease(first, List.of(opening(), signing()));

        assertThat(second).isEqualTo(first);
        assertThat(AgendaDiff.changes(first, second)).isEmpty();
    }

    @Test
    void aMovedItemGetsTheNextSequenceAndATimeChangeWhileTheOthersStayAsTheyWere() {
        List<ReleasedItem> first = AgendaDiff.nextRelease(List.of(), List.of(opening(), signing()));
        List<ReleasedItem> second = AgendaDiff.nextRelease(first, List.of(moved(opening(), 60), signing()));

        assertThat(at(second, "uid-opening").sequence()).isEqualTo(1);
        assertThat(at(second, "uid-opening").startsAt()).isEqualTo(TEN.plusHours(1));
        assertThat(at(second, "uid-signing").sequence()).isZero();
        List<AgendaChange> changes = AgendaDiff.changes(first, second);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.CHANGED);
            assertThat(c.aspects()).containsExactly(Aspect.TIME);
            assertThat(c.before().startsAt()).isEqualTo(TEN);
            assertThat(c.uid()).isEqualTo("uid-opening");
        });
    }

    @Test
    void aRenamedItemIsATitleChange() {
        List<ReleasedItem> first = AgendaDiff.nextRelease(List.of(), List.of(opening()));
        List<ReleasedItem> second = AgendaDiff.nextRelease(first,
                List.of(withTitle(opening(), text("Форумның салтанатты ашылуы", "Торжественное открытие форума"))));

        assertThat(at(second, "uid-opening").sequence()).isEqualTo(1);
        assertThat(AgendaDiff.changes(first, second)).singleElement()
                .satisfies(c -> assertThat(c.aspects()).containsExactly(Aspect.TITLE));
    }

    @Test
    void anAddedSpeakerIsASpeakersChangeThatConcernsTheNewSpeaker() {
        List<ReleasedItem> first = AgendaDiff.nextRelease(List.of(), List.of(opening()));
        List<ReleasedItem> second = AgendaDiff.nextRelease(first, List.of(withSpeakers(opening(), List.of(AKIM, JO))));

        AgendaChange change = AgendaDiff.changes(first, second).get(0);
        assertThat(change.aspects()).containsExactly(Aspect.SPEAKERS);
        assertThat(change.after().sequence()).isEqualTo(1);
        // The item names speakers, so as a DELEGATES item it is in their programmes only.
        assertThat(change.concerns(JO, KOREA)).isTrue();
        assertThat(change.concerns(AKIM, HOST)).isTrue();
        assertThat(change.concerns(99, 3)).isFalse();
    }

    @Test
    void speakersInAnotherOrderAreAChangeToo() {
        List<ReleasedItem> first = AgendaDiff.nextRelease(List.of(), List.of(withSpeakers(opening(), List.of(AKIM, JO))));
        List<ReleasedItem> second = AgendaDiff.nextRelease(first, List.of(withSpeakers(opening(), List.of(JO, AKIM))));

        assertThat(AgendaDiff.changes(first, second)).singleElement()
                .satisfies(c -> assertThat(c.aspects()).containsExactly(Aspect.SPEAKERS));
    }

    @Test
    void aRemovedItemStaysCancelledWithAHigherSequenceAndIsReportedOnce() {
        List<ReleasedItem> first = AgendaDiff.nextRelease(List.of(), List.of(opening(), signing()));
        List<ReleasedItem> second = AgendaDiff.nextRelease(first, List.of(opening()));

        ReleasedItem cancelled = at(second, "uid-signing");
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.sequence()).isEqualTo(1);
        assertThat(cancelled.title()).isEqualTo(signing().title());
        assertThat(AgendaDiff.changes(first, second)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.REMOVED);
            assertThat(c.before().cancelled()).isFalse();
            assertThat(c.after().cancelled()).isTrue();
        });

        // Carried on as it is: no new sequence, no new change, in every later release.
        List<ReleasedItem> third = AgendaDiff.nextRelease(second, List.of(moved(opening(), 30)));
        assertThat(at(third, "uid-signing")).isEqualTo(cancelled);
        assertThat(AgendaDiff.changes(second, third)).extracting(AgendaChange::uid).containsExactly("uid-opening");
    }

    @Test
    void severalAspectsOfOneItemAreOneChange() {
        List<ReleasedItem> first = AgendaDiff.nextRelease(List.of(), List.of(opening()));
        ReleasedItem changed = withSpeakers(moved(opening(), 15), List.of());
        List<ReleasedItem> second = AgendaDiff.nextRelease(first, List.of(changed));

        assertThat(AgendaDiff.changes(first, second)).singleElement()
                .satisfies(c -> assertThat(c.aspects()).containsExactlyInAnyOrder(Aspect.TIME, Aspect.SPEAKERS));
        assertThat(at(second, "uid-opening").sequence()).isEqualTo(1);
    }

    @Test
    void uidsStayTheSameAcrossReleasesWhateverChanges() {
        List<ReleasedItem> r1 = AgendaDiff.nextRelease(List.of(), List.of(opening(), signing(), lunch()));
        List<ReleasedItem> r2 = AgendaDiff.nextRelease(r1, List.of(moved(opening(), 30), signing(), lunch()));
        List<ReleasedItem> r3 = AgendaDiff.nextRelease(r2, List.of(moved(opening(), 45), lunch()));

        assertThat(r3).extracting(ReleasedItem::uid).containsExactlyInAnyOrder("uid-opening", "uid-signing", "uid-lunch");
        assertThat(at(r3, "uid-opening").sequence()).isEqualTo(2);
        assertThat(at(r3, "uid-signing").sequence()).isEqualTo(1);
        assertThat(at(r3, "uid-lunch").sequence()).isZero();
    }

    @Test
    void staffOnlyItemsAreInNobodysProgrammeAndItemsWithoutParticipantsInEverybodys() {
        ReleasedItem staff = new ReleasedItem("uid-briefing", 0, false, AgendaItemKind.BREAK, TEN, TEN.plusMinutes(30),
                text("Нұсқама", "Инструктаж"), LocalizedText.empty(), null, LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), List.of(), List.of(), List.of(), null, List.of(), null, Visibility.STAFF);

        assertThat(staff.inProgrammeOf(JO, KOREA)).isFalse();
        assertThat(lunch().inProgrammeOf(JO, KOREA)).isTrue();
        assertThat(opening().inProgrammeOf(AKIM, HOST)).isTrue();
        assertThat(opening().inProgrammeOf(JO, KOREA)).isFalse();
    }
}
