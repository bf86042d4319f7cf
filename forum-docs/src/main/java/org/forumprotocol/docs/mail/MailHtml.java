package org.forumprotocol.docs.mail;

import org.forumprotocol.core.i18n.Language;

/**
 * HTML for mail bodies. Every value that comes from people (a delegate's name, an event title) goes through
 * {@link #escape}, so that a name such as {@code <script>} arrives as text.
 */
public final class MailHtml {

    private MailHtml() {
    }

    /** The text as HTML character data or attribute value: {@code & < > " '} escaped. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text as escaped paragraphs: a blank line separates paragraphs, a line break stays one. */
    public static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : (text == null ? "" : text.strip()).split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>\n")).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://[^\\s<>\"']+?(?=[.,;:!?)]*(?:\\s|$|<))");

    /**
     * Plain text as escaped paragraphs in which web addresses are links. The address is found in the escaped
     * text, so it cannot break out of the attribute; a full stop after it stays outside.
     */
    public static String linkedParagraphs(String text) {
        return URL.matcher(paragraphs(text)).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
    }

    /** A whole HTML document around a body that is already HTML, in the message's language. */
    public static String document(Language language, String title, String bodyHtml) {
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n<meta charset=\"UTF-8\">\n<title>"
                + escape(title) + "</title>\n</head>\n<body>\n" + bodyHtml + "</body>\n</html>\n";
    }
}
