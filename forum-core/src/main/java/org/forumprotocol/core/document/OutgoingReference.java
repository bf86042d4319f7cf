package org.forumprotocol.core.document;

import java.time.LocalDate;

/**
 * The outgoing reference of a letter: its number in the organisation's register of the year, and the day it
 * was issued. {@code text()} is what the letter shows: {@code 7/2025}.
 */
public record OutgoingReference(String organisation, int year, int number, LocalDate issuedOn) {
    public String text() {
        return number + "/" + year;
    }
}
