package org.forumprotocol.web.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;

/**
 * Reads dates as clients type them, so that a wrong one is reported with its field name rather than as
 * an unreadable body.
 */
public final class Inputs {
    private Inputs() {
    }

    public static LocalDate date(FieldChecks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.add(field, "must be a date such as 2025-09-18");
            return null;
        }
    }

    public static LocalDateTime dateTime(FieldChecks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.add(field, "must be a local date and time such as 2025-09-17T14:30");
            return null;
        }
    }

    /**
     * The {@code lang} of a request about an event: absent means the event's host language; anything else must
     * be one of its working languages, else a field error (and the host language, so callers can go on checking).
     */
    public static Language workingLanguage(FieldChecks checks, Event event, String lang) {
        if (lang == null || lang.isBlank()) {
            return event.hostLanguage();
        }
        Language language = checks.language("lang", lang);
        if (language != null && !event.isWorkingLanguage(language)) {
            checks.add("lang", "is not a working language of this event ("
                    + event.getLanguages().stream().map(Language::code).toList() + ")");
            return event.hostLanguage();
        }
        return language == null ? event.hostLanguage() : language;
    }
}
