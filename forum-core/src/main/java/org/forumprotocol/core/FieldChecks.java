package org.forumprotocol.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.i18n.LocalizedTextConverter;
import org.forumprotocol.core.i18n.TextRules;

/**
 * Collects every problem of one input, named by the field as the client sent it, and refuses the input
 * once with all of them: a user fixes a form in one go rather than one error at a time.
 */
public final class FieldChecks {
    private final List<FieldError> errors = new ArrayList<>();

    public FieldChecks add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Throws when anything was wrong; {@code what} says what could not be accepted. */
    public void throwIfAny(String what) {
        if (!errors.isEmpty()) {
            throw new ForumException(Kind.INVALID, what + ": " + errors.size() + " field"
                    + (errors.size() == 1 ? " is" : "s are") + " not valid", errors);
        }
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public <T> T required(String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
        }
        return value;
    }

    /**
     * A whole number typed into a query or form, such as a page's {@code limit}: {@code ifBlank} when none was
     * given; outside [{@code min}, {@code max}] or not a number, an error naming the field (and the nearest bound
     * is returned, so that checking can go on).
     */
    public long whole(String field, String value, long min, long max, long ifBlank) {
        if (value == null || value.isBlank()) {
            return ifBlank;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n < min || n > max) {
                add(field, "must be between " + min + " and " + max);
            }
            return Math.max(min, Math.min(n, max));
        } catch (NumberFormatException e) {
            add(field, "must be a whole number, not '" + value + "'");
            return min;
        }
    }

    /** A cleaned single-line text, or null when blank. */
    public String text(String field, String value, int max) {
        Optional<String> problem = TextRules.problem(value, max);
        problem.ifPresent(p -> add(field, p));
        return problem.isPresent() ? null : TextRules.clean(value);
    }

    /** One of an enumeration's names, case-insensitively; the error lists the choices. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        add(field, "unknown value '" + value + "'; one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    public Language language(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<Language> language = Language.of(code);
        if (language.isEmpty()) {
            add(field, "unknown language '" + code + "'; one of kk, ru, en, ko");
        }
        return language.orElse(null);
    }

    /** A text per language code ({"ru":"…"}); unknown codes and bad text are named as field.code. */
    public LocalizedText localized(String field, Map<String, String> values, int max, boolean required) {
        Map<Language, String> clean = new EnumMap<>(Language.class);
        if (values != null) {
            values.forEach((code, value) -> {
                Language language = language(field + "." + code, code);
                String text = text(field + "." + code, value, max);
                if (language != null && text != null) {
                    clean.put(language, text);
                }
            });
        }
        if (required && clean.isEmpty() && !has(field) && errors.stream().noneMatch(e -> e.field().startsWith(field + "."))) {
            add(field, "is required in at least one language");
        }
        LocalizedText text = LocalizedText.of(clean);
        // Each text may be of the longest length, but all of them together are stored in one column.
        int stored = new LocalizedTextConverter().convertToDatabaseColumn(text).length();
        if (stored > LocalizedTextConverter.COLUMN_LENGTH) {
            add(field, "too long in all languages together: " + stored + " characters to store, at most "
                    + LocalizedTextConverter.COLUMN_LENGTH);
        }
        return text;
    }
}
