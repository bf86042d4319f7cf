package org.forumprotocol.docs.participants;

import java.util.List;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.delegation.ParticipantImport;

/** The ways a participant file is refused before any row is looked at; all name the form field {@code file}. */
final class Refusals {
    private Refusals() {
    }

    static ForumException tooManyRows() {
        return ForumException.invalid("file", "the file has more than " + ParticipantImport.MAX_ROWS
                + " participant rows; split it into several files");
    }

    static ForumException tooLarge(long limit) {
        String message = "the file is larger than " + (limit / (1024 * 1024)) + " MB";
        return new ForumException(Kind.TOO_LARGE, message, List.of(new FieldError("file", message)));
    }

    static ForumException notXlsx(String why) {
        return ForumException.invalid("file", "not an XLSX workbook: " + why
                + "; save the sheet as Excel Workbook (.xlsx) or as CSV UTF-8");
    }

    static ForumException zipBomb(String why) {
        return ForumException.invalid("file", "the workbook is refused because it would expand to too much data (" + why
                + "); a participant list is far smaller, so it is probably damaged or malicious");
    }
}
