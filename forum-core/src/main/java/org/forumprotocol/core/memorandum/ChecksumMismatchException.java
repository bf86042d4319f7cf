package org.forumprotocol.core.memorandum;

import org.forumprotocol.core.ForumException;

/**
 * A stored copy of a memorandum that no longer has the SHA-256 recorded for it: refused, never served. The service
 * has recorded the alarm by the time this is thrown, and its transaction commits regardless (the class's
 * {@code dontRollbackOn}), so that the alarm outlives the refusal.
 *
 * <p>It is a {@link Kind#CONFLICT} (HTTP 409): the request itself is fine, but the memorandum's current state (a copy
 * that fails its check) stands in the way until an administrator restores the copy from a backup. Not a 500,
 * which would claim an unexpected fault of the program, nor a 503, which would invite trying again, which cannot
 * help.
 */
public class ChecksumMismatchException extends ForumException {
    public ChecksumMismatchException(String message) {
        super(Kind.CONFLICT, message);
    }
}
