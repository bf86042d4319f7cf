package org.forumprotocol.web.page;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sort keys for table columns of names and titles, by the collation of the page language (ICU): "Ә" sorts
 * after "А" in Kazakh, Hangul by syllable in Korean, which comparing Java strings gets wrong. Use as
 * {@code sortBy="#{sortKeys.of(row.title().text())}"}.
 */
@Named("sortKeys")
@RequestScoped
public class SortKeys {

    @Inject
    Language language;

    private Collator collator;

    public CollationKey of(String text) {
        if (collator == null) {
            collator = Collator.getInstance(language.getDomain().locale());
        }
        return collator.getCollationKey(text == null ? "" : text);
    }
}
