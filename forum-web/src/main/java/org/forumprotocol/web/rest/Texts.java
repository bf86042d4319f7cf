package org.forumprotocol.web.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.forumprotocol.core.i18n.LocalizedText;

/** Localised texts as JSON objects keyed by language code, in the fixed order kk, ru, en, ko. */
public final class Texts {
    private Texts() {
    }

    public static Map<String, String> json(LocalizedText text) {
        Map<String, String> m = new LinkedHashMap<>();
        text.asMap().forEach((language, value) -> m.put(language.code(), value));
        return m;
    }
}
