package org.forumprotocol.web.page;

import java.io.Serializable;
import java.util.Map;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * One of the texts of a {@link LocalizedText} as a page shows it, with the language it is really in: the
 * page's language when there is a text in it, else the host language's, else English, else any. Pages put
 * {@code lang} on the element, so that a Korean title in a Kazakh page is read and drawn as Korean.
 */
public record ShownText(String text, String lang) implements Serializable {

    public static ShownText of(LocalizedText texts, Language page, Language host) {
        for (Language l : new Language[] {page, host, Language.EN}) {
            if (l != null && texts.get(l).isPresent()) {
                return new ShownText(texts.get(l).get(), l.code());
            }
        }
        return texts.asMap().entrySet().stream().findFirst()
                .map((Map.Entry<Language, String> e) -> new ShownText(e.getValue(), e.getKey().code()))
                .orElse(new ShownText("", page.code()));
    }

    public boolean isEmpty() {
        return text == null || text.isEmpty();
    }
}
