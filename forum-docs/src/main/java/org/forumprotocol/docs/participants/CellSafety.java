package org.forumprotocol.docs.participants;

/**
 * Keeps spreadsheet programs from running a cell as a formula (CSV or formula injection, OWASP): an exported
 * cell that starts with {@code = + - @}, a tab or a carriage return gets a single quote in front. An imported
 * cell loses such a quote again, so that an export can be imported unchanged.
 */
public final class CellSafety {
    private CellSafety() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return triggers(value.charAt(0)) ? "'" + value : value;
    }

    public static String restore(String value) {
        if (value != null && value.length() >= 2 && value.charAt(0) == '\'' && triggers(value.charAt(1))) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean triggers(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
