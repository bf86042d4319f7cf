package org.forumprotocol.core.memorandum;

/**
 * Where a memorandum is in its life. Only a {@code DRAFT} may be edited; from {@code AGREED} on the text and its
 * rendered PDF are frozen, and a change is a new version (an amendment) with a life of its own.
 */
public enum MemorandumState {
    DRAFT, AGREED, SIGNING, SIGNED, ARCHIVED, WITHDRAWN;

    /** Whether the memorandum may move from this state to {@code next}. */
    public boolean canMoveTo(MemorandumState next) {
        return switch (this) {
            case DRAFT -> next == AGREED || next == WITHDRAWN;
            case AGREED -> next == SIGNING || next == WITHDRAWN;
            case SIGNING -> next == SIGNED || next == WITHDRAWN;
            case SIGNED -> next == ARCHIVED;
            case ARCHIVED, WITHDRAWN -> false;
        };
    }

    /** Whether the text is final: an amendment may start from it. */
    public boolean frozen() {
        return this == AGREED || this == SIGNING || this == SIGNED || this == ARCHIVED;
    }
}
