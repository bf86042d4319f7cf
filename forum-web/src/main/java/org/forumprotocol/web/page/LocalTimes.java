package org.forumprotocol.web.page;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Shows instants as the protocol office reads them: local time in Almaty, whatever the zone of the
 * server or of a visiting delegate's browser.
 */
@Named("times")
@ApplicationScoped
public class LocalTimes {
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    @Inject
    Clock clock;

    /** Date and time in the pattern of the page language, or an empty string for "never". */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return DateTimeFormatter.ofPattern(Texts.get("format.dateTime"), faces.getViewRoot().getLocale())
                .format(instant.atZone(ZONE));
    }

    /** A day in the short pattern of the page language (format.date), or an empty string. */
    public String formatDate(LocalDate date) {
        return date == null ? "" : pattern("format.date").format(date);
    }

    /** The days of an event: one date when it lasts a day, else "first – last". */
    public String dateRange(LocalDate first, LocalDate last) {
        if (first == null) {
            return "";
        }
        return last == null || last.equals(first) ? formatDate(first) : formatDate(first) + " – " + formatDate(last);
    }

    /** The same in words, as a letter would write it ("18 сентября 2025 г.", "2025년 9월 18일"). */
    public String longDateRange(LocalDate first, LocalDate last) {
        if (first == null) {
            return "";
        }
        DateTimeFormatter words = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale());
        return last == null || last.equals(first) ? words.format(first) : words.format(first) + " – " + words.format(last);
    }

    /** A day as a programme heads it, with the weekday ("четверг, 18 сентября 2025 г.", "2025년 9월 18일 목요일"). */
    public String formatDay(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(date);
    }

    /** A local date and time, such as a flight's arrival in the event's time zone (format.dateTimeInput). */
    public String formatLocal(LocalDateTime time) {
        return time == null ? "" : pattern("format.dateTimeInput").format(time);
    }

    private static DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(Texts.get(key), locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The offset in force now, as "UTC+05:00": Kazakhstan has changed its offset before. */
    public String getOffset() {
        ZoneOffset offset = ZONE.getRules().getOffset(clock.instant());
        return "UTC" + offset.getId();
    }

    /** "Almaty time (UTC+05:00)" in the page language. */
    public String getZoneLabel() {
        return Texts.get("time.zone", getOffset());
    }

    public boolean isFuture(Instant instant) {
        return instant != null && instant.isAfter(clock.instant());
    }
}
