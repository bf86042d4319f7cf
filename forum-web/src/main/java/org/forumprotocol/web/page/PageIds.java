package org.forumprotocol.web.page;

import java.util.function.LongConsumer;

import org.forumprotocol.core.ForumException;

/** Ids as pages receive them in view parameters and menus: text that may be empty, padded or not a number. */
public final class PageIds {
    private PageIds() {
    }

    /** The id, or null when the text is absent or not a number (a page then answers 404). */
    public static Long parse(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A page's view action for what its parameter names: {@code open} loads it by id; the page answers 404 when the
     * parameter is no id, or when loading refuses (what it names does not exist). Returns whether it opened.
     */
    public static boolean open(String text, LongConsumer open) {
        Long id = parse(text);
        if (id == null) {
            ErrorResponses.notFound();
            return false;
        }
        try {
            open.accept(id);
            return true;
        } catch (ForumException e) {
            ErrorResponses.notFound();
            return false;
        }
    }
}
