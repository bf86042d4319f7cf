package org.forumprotocol.web.memorandum;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumRevision;
import org.forumprotocol.core.memorandum.RevisionComparison;

/** A draft's revisions as the officers' page lists and compares them. */
public final class RevisionsView {
    private RevisionsView() {
    }

    /** One saved state of the draft: its number, who saved it and when. */
    public record Row(int number, String author, Instant savedAt) implements Serializable {
        static Row of(MemorandumRevision r) {
            return new Row(r.getNumber(), r.getAuthor(), r.getSavedAt());
        }
    }

    /** An article whose text differs in one language: its text before and after; empty where it did not exist. */
    public record ChangedArticle(int number, String lang, String before, String after) implements Serializable {
        public boolean isAdded() {
            return before.isEmpty();
        }

        public boolean isRemoved() {
            return after.isEmpty();
        }
    }

    /**
     * What differs between two revisions: the service's comparison ({@link RevisionComparison}) with, for each
     * changed article, its text in both, so that the officer reads the change rather than its number.
     */
    public record Comparison(int from, int to, boolean unchanged, boolean titleChanged, boolean partiesChanged,
                             boolean placeOrDateChanged, boolean languagesChanged, List<ChangedArticle> articles)
            implements Serializable {

        static Comparison of(RevisionComparison c, MemorandumContent before, MemorandumContent after) {
            List<ChangedArticle> articles = new ArrayList<>();
            c.changedArticles().forEach((language, numbers) -> {
                for (int n : numbers) {
                    articles.add(new ChangedArticle(n, language.code(), text(before, language, n), text(after, language, n)));
                }
            });
            articles.sort(java.util.Comparator.comparingInt(ChangedArticle::number)
                    .thenComparingInt(a -> Language.of(a.lang()).map(Enum::ordinal).orElse(99)));
            return new Comparison(c.from(), c.to(), c.unchanged(), c.titleChanged(), c.partiesChanged(), c.placeOrDateChanged(),
                    c.languagesChanged(), List.copyOf(articles));
        }

        private static String text(MemorandumContent content, Language language, int number) {
            List<String> list = content.articles(language);
            return number - 1 < list.size() ? list.get(number - 1) : "";
        }
    }
}
