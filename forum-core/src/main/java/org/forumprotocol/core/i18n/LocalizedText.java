package org.forumprotocol.core.i18n;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One text in several languages, such as a title or a position. Immutable; a language without text is
 * simply absent.
 */
public final class LocalizedText {
    private static final LocalizedText EMPTY = new LocalizedText(new EnumMap<>(Language.class));
    private final Map<Language, String> texts;

    private LocalizedText(EnumMap<Language, String> texts) {
        this.texts = Collections.unmodifiableMap(texts);
    }

    public static LocalizedText empty() {
        return EMPTY;
    }

    /** From cleaned values; blank ones are dropped. */
    public static LocalizedText of(Map<Language, String> values) {
        EnumMap<Language, String> m = new EnumMap<>(Language.class);
        if (values != null) {
            values.forEach((k, v) -> {
                String clean = TextRules.clean(v);
                if (k != null && clean != null) {
                    m.put(k, clean);
                }
            });
        }
        return m.isEmpty() ? EMPTY : new LocalizedText(m);
    }

    public Optional<String> get(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** The text in this language, else in the first of the fallbacks that has one, else empty. */
    public String in(Language language, Language... fallbacks) {
        String t = texts.get(language);
        if (t != null) {
            return t;
        }
        for (Language f : fallbacks) {
            if (texts.get(f) != null) {
                return texts.get(f);
            }
        }
        return texts.values().stream().findFirst().orElse("");
    }

    public Map<Language, String> asMap() {
        return texts;
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
