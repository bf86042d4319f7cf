package org.forumprotocol.core.memorandum;

/**
 * How widely an archived memorandum may be shown: {@code PUBLIC} (may be published), {@code INTERNAL} (within the
 * administration), {@code RESTRICTED} (for official use only, «для служебного пользования»). State secrets are
 * never kept in this system, so there is no level for them.
 */
public enum Classification {
    PUBLIC, INTERNAL, RESTRICTED
}
