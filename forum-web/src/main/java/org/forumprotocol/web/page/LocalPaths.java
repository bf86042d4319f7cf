package org.forumprotocol.web.page;

/**
 * Decides whether a path taken from a request ({@code next}, {@code return}) may be redirected to.
 * Only paths inside this application qualify, so that a crafted link cannot send a person who has
 * just signed in to another site.
 */
public final class LocalPaths {
    public static final String START = "/index.xhtml";
    private static final int MAX_LENGTH = 2000;

    private LocalPaths() {
    }

    public static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return false;
        }
        // "//host" and "/\host" are read by browsers as addresses on another host.
        if (path.startsWith("//") || path.startsWith("/\\")) {
            return false;
        }
        return path.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c));
    }

    /** The path when it is safe, otherwise the start page. */
    public static String orStart(String path) {
        return isSafe(path) ? path : START;
    }
}
