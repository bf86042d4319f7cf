package org.forumprotocol.web.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.AgendaWarning;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.web.page.ShownText;
import org.junit.jupiter.api.Test;

class ScheduleDayTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 9, 18);
    private static final LocalDate LAST = LocalDate.of(2025, 9, 20);

    static ScheduleItem item(long id, LocalDateTime starts, LocalDateTime ends, ScheduleItem.Warning... warnings) {
        ShownText none = new ShownText("", "kk");
        return new ScheduleItem(id, AgendaItemKind.PLENARY, starts, ends, new ShownText("Item " + id, "kk"), none, null, none,
                List.of(), List.of(), List.of(), null, null, null, Visibility.DELEGATES, List.of(warnings));
    }

    @Test
    void everyDayOfTheEventHasASectionEvenWithoutItems() {
        ScheduleItem opening = item(1, FIRST.atTime(10, 0), FIRST.atTime(11, 30));
        ScheduleItem dinner = item(2, FIRST.atTime(20, 0), FIRST.plusDays(1).atTime(0, 30));
        ScheduleItem visit = item(3, LAST.atTime(9, 0), LAST.atTime(12, 0));

        List<ScheduleDay> days = ScheduleDay.of(FIRST, LAST, List.of(opening, dinner, visit));

        assertThat(days).extracting(ScheduleDay::date).containsExactly(FIRST, FIRST.plusDays(1), LAST);
        assertThat(days).extracting(ScheduleDay::number).containsExactly(1, 2, 3);
        assertThat(days.get(0).items()).as("by the day it starts").containsExactly(opening, dinner);
        assertThat(days.get(1).items()).isEmpty();
        assertThat(days.get(2).items()).containsExactly(visit);
        assertThat(days).noneMatch(ScheduleDay::isOutside);
    }

    @Test
    void itemsOutsideTheEventsDaysAreCollectedLastRatherThanHidden() {
        ScheduleItem before = item(1, FIRST.minusDays(1).atTime(18, 0), FIRST.minusDays(1).atTime(19, 0),
                new ScheduleItem.Warning(AgendaWarning.Code.OUTSIDE_EVENT_DAYS, "the event runs from …"));
        ScheduleItem after = item(2, LAST.plusDays(3).atTime(9, 0), LAST.plusDays(3).atTime(10, 0));

        List<ScheduleDay> days = ScheduleDay.of(FIRST, LAST, List.of(before, after));

        assertThat(days).hasSize(4);
        ScheduleDay outside = days.get(3);
        assertThat(outside.isOutside()).isTrue();
        assertThat(outside.number()).isZero();
        assertThat(outside.items()).containsExactly(before, after);
    }

    @Test
    void theTimeRangeAndTheDaysItRunsInto() {
        ScheduleItem dinner = item(2, FIRST.atTime(20, 0), FIRST.plusDays(1).atTime(0, 30));
        assertThat(dinner.timeRange()).isEqualTo("20:00–00:30");
        assertThat(dinner.endDayOffset()).isEqualTo(1);
        assertThat(item(1, FIRST.atTime(9, 5), FIRST.atTime(9, 45)).endDayOffset()).isZero();
        assertThat(dinner.hasPlace()).isFalse();
    }

    @Test
    void interpretationIsWrittenAsInterpretersWriteIt() {
        assertThat(ScheduleItem.interpretation("ko", List.of("kk", "ru"))).isEqualTo("ko → kk, ru");
    }

    @Test
    void theWarningsOfAnItemInOneLine() {
        ScheduleItem twice = item(1, FIRST.atTime(10, 0), FIRST.atTime(11, 0),
                new ScheduleItem.Warning(AgendaWarning.Code.SPEAKER_DOUBLE_BOOKED, "Чжо Тэ Ик also speaks at «Панель»"),
                new ScheduleItem.Warning(AgendaWarning.Code.PLACE_DOUBLE_BOOKED, "Hall A is also taken"));
        assertThat(twice.warningSummary(c -> c.name().toLowerCase()))
                .isEqualTo("speaker_double_booked: Чжо Тэ Ик also speaks at «Панель»; place_double_booked: Hall A is also taken");
    }
}
