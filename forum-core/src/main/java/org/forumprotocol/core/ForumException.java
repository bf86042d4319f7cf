package org.forumprotocol.core;

import java.util.List;

/**
 * A request the domain refuses, with the reason a user can act on. The web layer turns the {@link Kind}
 * into an HTTP status; nothing here knows about HTTP.
 */
public class ForumException extends RuntimeException {

    /**
     * What went wrong. {@code UNPROCESSABLE}: the input was read but its content breaks the rules (such as
     * rows of an import file); {@code TOO_LARGE}: the input is bigger than accepted.
     */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, STALE, FORBIDDEN, TOO_MANY_ATTEMPTS, UNPROCESSABLE, TOO_LARGE }

    /** One offending input, named as the client sent it. */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldError> fieldErrors;

    public ForumException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public ForumException(Kind kind, String message, List<FieldError> fieldErrors) {
        super(message);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ForumException invalid(String field, String message) {
        return new ForumException(Kind.INVALID, message, List.of(new FieldError(field, message)));
    }

    public static ForumException notFound(String what) {
        return new ForumException(Kind.NOT_FOUND, what + " does not exist");
    }

    public static ForumException stale(String what) {
        return new ForumException(Kind.STALE, what + " was changed by someone else meanwhile; reload it and apply the change again");
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
