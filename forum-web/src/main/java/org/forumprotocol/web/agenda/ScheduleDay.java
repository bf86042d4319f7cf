package org.forumprotocol.web.agenda;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One section of the schedule: a day of the event with its items in time order ({@code number} counts the
 * event's days from 1), or, as the last section, the items that start outside the event's days
 * ({@code date} null, {@code number} 0).
 */
public record ScheduleDay(LocalDate date, int number, List<ScheduleItem> items) implements Serializable {

    public ScheduleDay {
        items = List.copyOf(items);
    }

    public boolean isOutside() {
        return date == null;
    }

    /**
     * Every day from the first to the last, even those with nothing planned yet, each with the items that
     * start on it; items starting on any other day are collected in a last section, so none is hidden.
     * {@code items} are in time order, and stay so.
     */
    static List<ScheduleDay> of(LocalDate first, LocalDate last, List<ScheduleItem> items) {
        List<ScheduleDay> days = new ArrayList<>();
        int number = 1;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate d = day;
            days.add(new ScheduleDay(day, number++, items.stream().filter(i -> i.startsAt().toLocalDate().equals(d)).toList()));
        }
        List<ScheduleItem> outside = items.stream()
                .filter(i -> i.startsAt().toLocalDate().isBefore(first) || i.startsAt().toLocalDate().isAfter(last)).toList();
        if (!outside.isEmpty()) {
            days.add(new ScheduleDay(null, 0, outside));
        }
        return days;
    }
}
