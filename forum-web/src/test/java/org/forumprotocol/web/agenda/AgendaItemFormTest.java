package org.forumprotocol.web.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.forumprotocol.core.agenda.AgendaItemDetails;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.web.agenda.AgendaItemForm.Speaker;
import org.junit.jupiter.api.Test;

class AgendaItemFormTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 18);
    /** Stands in for the order of precedence: lower ids rank higher. */
    private static final Function<List<Long>, List<Long>> BY_ID = ids -> ids.stream().sorted(Comparator.naturalOrder()).toList();

    private static Speaker speaker(long id) {
        return new Speaker(id, "Speaker " + id, "Delegation", false);
    }

    private static List<Long> order(AgendaItemForm form) {
        return form.getSpeakers().stream().map(Speaker::delegateId).toList();
    }

    private static List<Boolean> manual(AgendaItemForm form) {
        return form.getSpeakers().stream().map(Speaker::manual).toList();
    }

    @Test
    void addedSpeakersTakeTheirPlaceInTheOrderOfPrecedence() {
        AgendaItemForm form = AgendaItemForm.blank(DAY);
        form.addSpeaker(speaker(3), BY_ID);
        form.addSpeaker(speaker(1), BY_ID);
        form.addSpeaker(speaker(2), BY_ID);
        form.addSpeaker(speaker(1), BY_ID);

        assertThat(order(form)).as("each once, by precedence").containsExactly(1L, 2L, 3L);
        assertThat(manual(form)).containsOnly(false);
        assertThat(form.isSpeakerOrderManual()).isFalse();
    }

    @Test
    void movingASpeakerFixesItsPlaceAndTheOthersKeepThePrecedenceOrder() {
        AgendaItemForm form = AgendaItemForm.blank(DAY);
        List.of(1L, 2L, 3L).forEach(id -> form.addSpeaker(speaker(id), BY_ID));

        form.moveSpeaker(3, -1, BY_ID);
        assertThat(order(form)).containsExactly(1L, 3L, 2L);
        assertThat(manual(form)).containsExactly(false, true, false);

        // A speaker added later fills a free place by precedence; the fixed one stays second.
        form.addSpeaker(speaker(0), BY_ID);
        assertThat(order(form)).containsExactly(0L, 3L, 1L, 2L);
        assertThat(manual(form)).containsExactly(false, true, false, false);

        form.moveSpeaker(0, -1, BY_ID);
        assertThat(order(form)).as("nothing above the first").containsExactly(0L, 3L, 1L, 2L);
    }

    @Test
    void unfixingAndResettingGiveTheOrderOfPrecedenceBack() {
        AgendaItemForm form = AgendaItemForm.blank(DAY);
        List.of(1L, 2L, 3L).forEach(id -> form.addSpeaker(speaker(id), BY_ID));
        form.moveSpeaker(1, 1, BY_ID);
        form.moveSpeaker(1, 1, BY_ID);
        assertThat(order(form)).containsExactly(2L, 3L, 1L);
        assertThat(manual(form)).containsExactly(false, false, true);

        form.unfixSpeaker(1, BY_ID);
        assertThat(order(form)).containsExactly(1L, 2L, 3L);

        form.moveSpeaker(3, -1, BY_ID);
        form.moveSpeaker(3, -1, BY_ID);
        assertThat(form.isSpeakerOrderManual()).isTrue();
        form.resetSpeakerOrder(BY_ID);
        assertThat(order(form)).containsExactly(1L, 2L, 3L);
        assertThat(form.isSpeakerOrderManual()).isFalse();

        form.removeSpeaker(2, BY_ID);
        assertThat(order(form)).containsExactly(1L, 3L);
    }

    @Test
    void detailsCarryTheLocalTimesAndOnlyTheWorkingLanguages() {
        AgendaItemForm form = AgendaItemForm.blank(DAY);
        form.setKind(AgendaItemKind.MEAL);
        form.setStartTime(LocalTime.of(20, 0));
        form.setEndTime(LocalTime.of(0, 30));
        form.setEndsNextDay(true);
        form.getTitle().put("kk", "Ресми кешкі ас");
        form.getTitle().put("ko", "공식 만찬");
        form.getTitle().put("ru", "  ");
        form.getRoom().put("en", "Hall A");
        form.setInterpretationFrom("ko");
        form.setInterpretationTo(List.of("kk"));
        form.setDelegations(List.of("7"));
        form.addSpeaker(speaker(5), BY_ID);
        form.addSpeaker(speaker(4), BY_ID);
        form.moveSpeaker(5, -1, BY_ID);

        AgendaItemDetails d = form.details(List.of("kk", "ru", "ko"));

        assertThat(d.kind()).isEqualTo("MEAL");
        assertThat(d.startsAt()).isEqualTo(LocalDateTime.of(2025, 9, 18, 20, 0));
        assertThat(d.endsAt()).as("after midnight: the next day").isEqualTo(LocalDateTime.of(2025, 9, 19, 0, 30));
        assertThat(d.title()).isEqualTo(Map.of("kk", "Ресми кешкі ас", "ko", "공식 만찬"));
        assertThat(d.room()).as("English is not a working language of this event").isEmpty();
        assertThat(d.interpretation().from()).isEqualTo("ko");
        assertThat(d.interpretation().to()).containsExactly("kk");
        assertThat(d.delegations()).containsExactly("7");
        assertThat(d.speakers()).containsExactly(new AgendaItemDetails.Speaker("5", true), new AgendaItemDetails.Speaker("4", false));
        assertThat(d.visibility()).isEqualTo("DELEGATES");
        assertThat(d.expectedVersion()).as("a new item has no version to check").isNull();
    }

    @Test
    void anItemEndingBeforeItStartsReachesTheServiceAsTyped() {
        AgendaItemForm form = AgendaItemForm.blank(DAY);
        form.setStartTime(LocalTime.of(11, 0));
        form.setEndTime(LocalTime.of(10, 0));

        AgendaItemDetails d = form.details(List.of("ru"));

        // The service refuses it with the field named; the form does not quietly move the end to the next day.
        assertThat(d.endsAt()).isBefore(d.startsAt());
        assertThat(d.interpretation()).as("nothing chosen: no interpretation").isNull();
        assertThat(d.kind()).isNull();
    }

    @Test
    void missingTimesAreSentAsMissing() {
        AgendaItemForm form = AgendaItemForm.blank(DAY);
        form.setEndTime(LocalTime.of(10, 0));
        AgendaItemDetails d = form.details(List.of("ru"));
        assertThat(d.startsAt()).isNull();
        assertThat(d.endsAt()).isEqualTo(LocalDateTime.of(2025, 9, 18, 10, 0));
    }

    @Test
    void theTitleForMessagesFallsBackToTheHostLanguage() {
        AgendaItemForm form = AgendaItemForm.blank(DAY);
        form.getTitle().put("kk", "Ашылу");
        assertThat(form.titleIn("ko", "kk")).isEqualTo("Ашылу");
        form.getTitle().put("ko", "개막");
        assertThat(form.titleIn("ko", "kk")).isEqualTo("개막");
    }
}
