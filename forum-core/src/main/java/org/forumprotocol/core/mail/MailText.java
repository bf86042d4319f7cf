package org.forumprotocol.core.mail;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forumprotocol.core.FieldChecks;

/**
 * The wording of a message: a one-line subject and a plain-text body with placeholders such as
 * {@code {name}}. Filling in is plain text; the HTML part is made from the result and escaped there.
 */
public record MailText(String subject, String body) {
    /** Every placeholder a template may use; {@code {changes}} is filled only in PROGRAMME_CHANGED. */
    public static final List<String> PLACEHOLDERS = List.of("formOfAddress", "name", "position", "event", "dates",
            "city", "link", "changes");
    public static final int SUBJECT_MAX = 2000;
    public static final int BODY_MAX = 20_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** The placeholders the text uses, in order of first use. */
    public Set<String> placeholders() {
        Set<String> used = new LinkedHashSet<>();
        for (String s : new String[] {subject, body}) {
            Matcher m = PLACEHOLDER.matcher(s == null ? "" : s);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        return used;
    }

    /** The placeholders a message of {@code kind} fills: {@code {changes}} only in a programme change. */
    public static List<String> placeholdersOf(MessageKind kind) {
        return PLACEHOLDERS.stream().filter(p -> !p.equals("changes") || kind == MessageKind.PROGRAMME_CHANGED).toList();
    }

    /** The placeholders the text uses that nobody fills, each with the part it stands in: "subject" or "body". */
    public Map<String, String> unknownPlaceholders() {
        Map<String, String> unknown = new LinkedHashMap<>();
        for (String p : placeholders()) {
            if (!PLACEHOLDERS.contains(p)) {
                unknown.put(p, subject != null && subject.contains("{" + p + "}") ? "subject" : "body");
            }
        }
        return unknown;
    }

    /** Checks an officer's wording: both parts present, a one-line subject, only known placeholders. */
    public MailText checked(FieldChecks checks) {
        // text() refuses line breaks and control characters, and makes blank null.
        String s = checks.text("subject", subject, SUBJECT_MAX);
        if (s == null && !checks.has("subject")) {
            checks.add("subject", "is required");
        }
        if (body == null || body.isBlank()) {
            checks.add("body", "is required");
        } else if (body.length() > BODY_MAX) {
            checks.add("body", "is too long: at most " + BODY_MAX + " characters");
        }
        unknownPlaceholders().forEach((p, field) -> checks.add(field,
                "unknown placeholder {" + p + "}; known are " + PLACEHOLDERS.stream().map(x -> "{" + x + "}").toList()));
        return new MailText(s == null ? null : s.strip(), body == null ? null : body.strip());
    }

    /** The text with every known placeholder replaced (a missing value becomes empty); values are not re-read. */
    public MailText fill(Map<String, String> values) {
        return new MailText(tidy(fill(subject, values)).replaceAll("\\R", " "), tidy(fill(body, values)));
    }

    /** An empty value (a delegate without a form of address) must not leave double or leading spaces behind. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t]{2,}", " ").replaceAll("(?m)^[ \\t]+|[ \\t]+$", "").strip();
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String name = m.group(1);
            String value = PLACEHOLDERS.contains(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
