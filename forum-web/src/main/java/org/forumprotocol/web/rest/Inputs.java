package org.forumprotocol.web.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.forumprotocol.core.FieldChecks;

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
}
