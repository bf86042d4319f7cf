package org.forumprotocol.web.agenda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;

/**
 * The services name fields as the API does ("kind", "name.ru", "speakers[2]"); the page bundle words its
 * refusals per field name, and "kind" or "name" already mean an event's or a delegation's. Prefixing the
 * form's scope ("agenda.kind", "venue.name") gives venues and agenda items their own texts. The index of a
 * list entry is dropped: the form shows one input for the whole list, where one message belongs.
 */
final class FieldScope {
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private FieldScope() {
    }

    static ForumException within(String scope, ForumException e) {
        if (e.fieldErrors().isEmpty()) {
            return e;
        }
        Map<String, FieldError> scoped = new LinkedHashMap<>();
        for (FieldError f : e.fieldErrors()) {
            String field = scope + "." + INDEX.matcher(f.field()).replaceAll("");
            scoped.putIfAbsent(field, new FieldError(field, f.message()));
        }
        return new ForumException(e.kind(), e.getMessage(), List.copyOf(scoped.values()));
    }
}
