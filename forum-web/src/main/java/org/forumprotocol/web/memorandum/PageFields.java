package org.forumprotocol.web.memorandum;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;

/**
 * The services name a memorandum's fields as the core does ("title.ko", "articles.ko[2]", "password"); the page
 * bundle words refusals per field ({@code error.INVALID.<field>} without language and index, see
 * {@link org.forumprotocol.web.page.Texts#refusal}), and "title" or "password" already mean an event's or an
 * account's. A scope per form ("memorandum.title.ko", "sign.password") gives these forms texts of their own. An
 * article's field is turned round to "articles[2].ko", so that its language is the last part and the bundle key is
 * the same for every article and language. Indexes are kept: they say which party's or article's input is meant.
 */
final class PageFields {
    private static final Pattern CORE_ARTICLE = Pattern.compile("articles\\.([a-z]{2})\\[(\\d+)]");

    private PageFields() {
    }

    static ForumException within(String scope, ForumException e) {
        if (e.fieldErrors().isEmpty()) {
            return e;
        }
        List<FieldError> scoped = e.fieldErrors().stream().map(f -> new FieldError(name(scope, f.field()), f.message())).toList();
        return new ForumException(e.kind(), e.getMessage(), scoped);
    }

    static String name(String scope, String coreField) {
        Matcher m = CORE_ARTICLE.matcher(coreField);
        String field = m.matches() ? "articles[" + m.group(2) + "]." + m.group(1) : coreField;
        return scope + "." + field;
    }
}
