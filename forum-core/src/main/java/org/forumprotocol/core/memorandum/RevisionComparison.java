package org.forumprotocol.core.memorandum;

import java.util.List;
import java.util.Map;

import org.forumprotocol.core.i18n.Language;

/**
 * What differs between two revisions of a draft.
 *
 * @param changedArticles per language of either revision, the numbers (from 1) of the articles whose text differs,
 *                        including articles present in only one of them; languages without changes are absent
 * @param titleChanged    the title differs in some language
 * @param partiesChanged  a party, its country or its signatory differs
 * @param placeOrDateChanged the place or the date of signing differs
 * @param languagesChanged the set or order of languages differs
 */
public record RevisionComparison(int from, int to, Map<Language, List<Integer>> changedArticles, boolean titleChanged,
                                 boolean partiesChanged, boolean placeOrDateChanged, boolean languagesChanged) {
    public boolean unchanged() {
        return changedArticles.isEmpty() && !titleChanged && !partiesChanged && !placeOrDateChanged && !languagesChanged;
    }
}
