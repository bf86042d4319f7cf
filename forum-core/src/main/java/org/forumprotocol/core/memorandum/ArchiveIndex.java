package org.forumprotocol.core.memorandum;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * What the archive search compares: the texts of a memorandum folded the same way as the words searched for, so that
 * a plain {@code LIKE} finds them on H2 and PostgreSQL alike, in every script. Folding is NFKC (Hangul typed as
 * separate jamo and composed syllables become the same), lower case without regard to locale (Kazakh Ә, Қ, Ү
 * have their own lower-case letters), ё as е (Russian writes either), and every run of white space as one space.
 */
final class ArchiveIndex {
    private ArchiveIndex() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return folded.replaceAll("\\s+", " ").strip();
    }

    /** ' KZ KR ': every code between spaces, so that LIKE '% KZ %' matches a whole code. */
    static String countries(MemorandumContent c) {
        return " " + c.parties().stream().map(MemorandumParty::country).distinct().collect(Collectors.joining(" ")) + " ";
    }

    static String languages(MemorandumContent c) {
        return " " + c.languages().stream().map(Language::code).collect(Collectors.joining(" ")) + " ";
    }

    static String parties(MemorandumContent c) {
        List<String> parts = new ArrayList<>();
        c.parties().forEach(p -> parts.addAll(all(p.organisation())));
        return join(parts);
    }

    static String signatories(MemorandumContent c) {
        List<String> parts = new ArrayList<>();
        c.parties().forEach(p -> parts.addAll(all(p.signatoryName())));
        return join(parts);
    }

    /** Title, place, parties, signatories with their positions and every article, in every language. */
    static String fullText(MemorandumContent c) {
        List<String> parts = new ArrayList<>(all(c.title()));
        parts.addAll(all(c.place()));
        for (MemorandumParty p : c.parties()) {
            parts.addAll(all(p.organisation()));
            parts.addAll(all(p.signatoryName()));
            parts.addAll(all(p.signatoryPosition()));
        }
        c.articles().values().forEach(parts::addAll);
        return join(parts);
    }

    /**
     * The LIKE patterns for what someone typed: one per word, every one of which must occur. {@code %}, {@code _}
     * and the escape character itself are matched literally.
     */
    static List<String> patterns(String typed) {
        List<String> patterns = new ArrayList<>();
        String folded = fold(typed);
        if (folded.isEmpty()) {
            return patterns;
        }
        for (String word : folded.split(" ")) {
            patterns.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return patterns;
    }

    private static List<String> all(LocalizedText text) {
        return new ArrayList<>(text.asMap().values());
    }

    /** Parts separated by ' | ', so that the end of one text and the start of the next never read as one word. */
    private static String join(List<String> parts) {
        return " " + parts.stream().map(ArchiveIndex::fold).filter(s -> !s.isEmpty()).collect(Collectors.joining(" | ")) + " ";
    }
}
