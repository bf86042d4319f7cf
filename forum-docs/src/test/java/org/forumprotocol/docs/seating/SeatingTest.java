package org.forumprotocol.docs.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.docs.seating.Seating.Layout;
import org.forumprotocol.docs.seating.Seating.Seat;
import org.junit.jupiter.api.Test;

class SeatingTest {

    @Test
    void theFirstSitsInTheCentreThenRightLeftRightOutwards() {
        assertThat(Seating.headTable(List.of("A", "B", "C", "D", "E")).stream().map(Seat::offset)).containsExactly(0, 1, -1, 2, -2);
        assertThat(Seating.headTable(List.of())).isEmpty();
    }

    @Test
    void atABilateralMeetingTheHeadsFaceEachOtherInTheMiddle() {
        List<Seat<String>> seats = Seating.bilateral(List.of("akim", "deputy", "adviser"), List.of("ambassador", "counsellor"));
        assertThat(seats).containsExactly(new Seat<>("akim", 0, 0, 0), new Seat<>("deputy", 0, 0, 1), new Seat<>("adviser", 0, 0, -1),
                new Seat<>("ambassador", 1, 0, 0), new Seat<>("counsellor", 1, 0, 1));
    }

    @Test
    void aPlenaryFillsRowsFromTheFrontEachFromTheCentre() {
        List<Integer> people = java.util.stream.IntStream.range(0, 25).boxed().toList();
        List<Seat<Integer>> seats = Seating.rows(people, 12);
        assertThat(seats.get(0)).isEqualTo(new Seat<>(0, 0, 0, 0));
        assertThat(seats.get(11).row()).isZero();
        assertThat(seats.get(12)).isEqualTo(new Seat<>(12, 0, 1, 0));
        assertThat(seats.get(24)).isEqualTo(new Seat<>(24, 0, 2, 0));
    }

    @Test
    void theKindOfItemChoosesTheRoom() {
        assertThat(Layout.of(AgendaItemKind.BILATERAL_MEETING)).isEqualTo(Layout.BILATERAL);
        assertThat(Layout.of(AgendaItemKind.PLENARY)).isEqualTo(Layout.ROWS);
        assertThat(Layout.of(AgendaItemKind.SIGNING_CEREMONY)).isEqualTo(Layout.HEAD_TABLE);
    }
}
