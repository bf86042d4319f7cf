package org.forumprotocol.core.memorandum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * The text of a memorandum as the parties agree it: valid by construction when it comes from
 * {@link Memoranda#validate}. Articles are numbered by their position (1, 2, …) and every language has the same
 * number of them, so article n of one language is the translation of article n of the other.
 *
 * @param languages    two to four languages in the order the text presents them
 * @param articles     per language, the articles in order
 * @param eventId      the event at which it is signed, if any
 * @param agendaItemId the signing ceremony in the event's programme, if any
 */
public record MemorandumContent(LocalizedText title, List<Language> languages, List<MemorandumParty> parties,
                                Map<Language, List<String>> articles, LocalizedText place, LocalDate signingDate,
                                Long eventId, Long agendaItemId) {
    public MemorandumContent {
        languages = List.copyOf(languages);
        parties = List.copyOf(parties);
        EnumMap<Language, List<String>> copy = new EnumMap<>(Language.class);
        articles.forEach((l, a) -> copy.put(l, List.copyOf(a)));
        articles = Collections.unmodifiableMap(copy);
    }

    public int articleCount() {
        return languages.isEmpty() ? 0 : articles.getOrDefault(languages.get(0), List.of()).size();
    }

    public List<String> articles(Language language) {
        return articles.getOrDefault(language, List.of());
    }

    /**
     * The text of one language as a reader of that language has it: title, then the numbered articles, one a
     * line. Its SHA-256 is what the machine-readable part of the document states for the language.
     */
    public String text(Language language) {
        StringBuilder text = new StringBuilder(title.get(language).orElse("")).append('\n');
        List<String> list = articles(language);
        for (int i = 0; i < list.size(); i++) {
            text.append(i + 1).append(". ").append(list.get(i)).append('\n');
        }
        return text.toString();
    }

    /** Lower-case hexadecimal SHA-256 of {@link #text(Language)} in UTF-8. */
    public String textSha256(Language language) {
        return sha256(text(language).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
