package org.forumprotocol.docs.pdf;

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/** Small things every document does the same way. */
public final class Styles {
    private Styles() {
    }

    /**
     * A text in the document's language, else the host language, else Russian for a Kazakh reader (the
     * other Cyrillic working language), else English, else any.
     */
    public static String in(LocalizedText text, Language language, Event event) {
        if (text == null) {
            return "";
        }
        return text.in(language, event.hostLanguage(), language.cyrillic() ? Language.RU : Language.EN, Language.EN);
    }
}
