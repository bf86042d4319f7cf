package org.forumprotocol.web.page;

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
}
