package org.forumprotocol.web.memorandum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.delegation.PersonName;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.MemorandumDraft;
import org.forumprotocol.web.rest.Inputs;

/**
 * A memorandum's JSON as clients send it, read into a {@link MemorandumDraft}:
 * <pre>{"title":{"ru":"…","ko":"…"}, "languages":["ru","ko"],
 *  "parties":[{"organization":{"ru":"…","ko":"…"}, "country":"KZ",
 *              "signatory":{"name":{"ru":{"family":"…","given":"…"},"ko":"임경호"}, "position":{"ru":"…","ko":"…"}}}, …],
 *  "articles":[{"ru":"…","ko":"…"}, …], "place":{"ru":"Туркестан","ko":"투르키스탄"}, "signingDate":"2025-09-18",
 *  "eventId":"7", "agendaItemId":"42", "version":3}</pre>
 * A signatory's name per language is either the written name or its family and given name (written family name
 * first, except in English unless {@code familyFirst} says so). {@code organisation} is accepted for
 * {@code organization}. Field errors come back named as the client wrote the fields ({@code articles[1].ko}).
 */
final class MemorandumBody {
    private static final Set<String> FIELDS = Set.of("title", "languages", "parties", "articles", "place", "signingDate",
            "eventId", "agendaItemId", "version");
    private static final Pattern CORE_ARTICLE = Pattern.compile("articles\\.([a-z]{2})\\[(\\d+)]");

    private MemorandumBody() {
    }

    static MemorandumDraft read(JsonObject body) {
        if (body == null) {
            throw ForumException.invalid("body", "a JSON body is required");
        }
        FieldChecks checks = new FieldChecks();
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                checks.add(key, "unknown field; the fields are " + new java.util.TreeSet<>(FIELDS));
            }
        }
        Map<String, String> title = texts(checks, body, "title", "title");
        Map<String, String> place = texts(checks, body, "place", "place");
        List<String> languages = strings(checks, body, "languages");
        List<MemorandumDraft.Party> parties = new ArrayList<>();
        JsonValue rawParties = body.get("parties");
        if (rawParties instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                String f = "parties[" + i + "]";
                if (!(array.get(i) instanceof JsonObject p)) {
                    checks.add(f, "must be an object with organization, country and signatory");
                    parties.add(null);
                    continue;
                }
                String orgKey = p.containsKey("organization") ? "organization" : "organisation";
                Map<String, String> organisation = texts(checks, p, orgKey, f + ".organization");
                String country = string(checks, p, "country", f + ".country");
                Map<String, String> name = new LinkedHashMap<>();
                Map<String, String> position = new LinkedHashMap<>();
                JsonValue signatory = p.get("signatory");
                if (signatory instanceof JsonObject s) {
                    names(checks, s.get("name"), f + ".signatory.name", name);
                    position = texts(checks, s, "position", f + ".signatory.position");
                } else if (signatory != null && signatory.getValueType() != JsonValue.ValueType.NULL) {
                    checks.add(f + ".signatory", "must be an object with name and position");
                }
                parties.add(new MemorandumDraft.Party(organisation, country, name, position));
            }
        } else if (rawParties != null && rawParties.getValueType() != JsonValue.ValueType.NULL) {
            checks.add("parties", "must be a list of parties");
        }
        Map<String, List<String>> articles = articles(checks, body.get("articles"), languages);
        java.time.LocalDate date = Inputs.date(checks, "signingDate", string(checks, body, "signingDate", "signingDate"));
        Long eventId = id(checks, body, "eventId");
        Long agendaItemId = id(checks, body, "agendaItemId");
        Long version = id(checks, body, "version");
        checks.throwIfAny("The memorandum");
        return new MemorandumDraft(title, languages, parties, articles, place, date, eventId, agendaItemId, version);
    }

    /**
     * The core's field names as this body names them: {@code articles.ko[1]} → {@code articles[1].ko},
     * {@code parties[0].organisation…} → {@code parties[0].organization…}.
     */
    static ForumException renamed(ForumException e) {
        if (e.fieldErrors().isEmpty()) {
            return e;
        }
        List<ForumException.FieldError> errors = e.fieldErrors().stream().map(x -> {
            Matcher m = CORE_ARTICLE.matcher(x.field());
            String field = m.matches() ? "articles[" + m.group(2) + "]." + m.group(1) : x.field();
            return new ForumException.FieldError(field.replace(".organisation", ".organization"), x.message());
        }).toList();
        return new ForumException(e.kind(), e.getMessage(), errors);
    }

    /** A list of per-language articles, or (the core's shape) per language a list of articles. */
    private static Map<String, List<String>> articles(FieldChecks checks, JsonValue raw, List<String> languages) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
            return byLanguage;
        }
        if (raw instanceof JsonObject perLanguage) {
            perLanguage.forEach((code, list) -> {
                List<String> texts = new ArrayList<>();
                if (list instanceof JsonArray a) {
                    for (int i = 0; i < a.size(); i++) {
                        texts.add(a.get(i) instanceof JsonString s ? s.getString() : null);
                    }
                } else {
                    checks.add("articles." + code, "must be a list of article texts");
                }
                byLanguage.put(code, texts);
            });
            return byLanguage;
        }
        if (!(raw instanceof JsonArray list)) {
            checks.add("articles", "must be a list of articles, each {\"ru\":\"…\",\"ko\":\"…\"}");
            return byLanguage;
        }
        Set<String> codes = new LinkedHashSet<>(languages == null ? List.of() : languages);
        for (JsonValue article : list) {
            if (article instanceof JsonObject o) {
                codes.addAll(o.keySet());
            }
        }
        codes.forEach(code -> byLanguage.put(code, new ArrayList<>()));
        for (int i = 0; i < list.size(); i++) {
            JsonValue article = list.get(i);
            if (!(article instanceof JsonObject o)) {
                checks.add("articles[" + i + "]", "must be an object with the article's text per language");
                continue;
            }
            for (String code : codes) {
                JsonValue text = o.get(code);
                if (text != null && !(text instanceof JsonString) && text.getValueType() != JsonValue.ValueType.NULL) {
                    checks.add("articles[" + i + "]." + code, "must be a text");
                }
                byLanguage.get(code).add(text instanceof JsonString s ? s.getString() : null);
            }
        }
        return byLanguage;
    }

    private static void names(FieldChecks checks, JsonValue raw, String field, Map<String, String> into) {
        if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (!(raw instanceof JsonObject perLanguage)) {
            checks.add(field, "must be an object keyed by language: {\"ru\":{\"family\":\"…\",\"given\":\"…\"}}");
            return;
        }
        perLanguage.forEach((code, value) -> {
            if (value instanceof JsonString s) {
                into.put(code, s.getString());
            } else if (value instanceof JsonObject n) {
                String family = n.get("family") instanceof JsonString f ? f.getString().strip() : "";
                String given = n.get("given") instanceof JsonString g ? g.getString().strip() : "";
                boolean familyFirst = n.containsKey("familyFirst") ? n.get("familyFirst") == JsonValue.TRUE
                        : !"en".equals(code);
                Language language = Language.of(code).orElse(Language.EN);
                into.put(code, new PersonName(family, given, familyFirst, false).written(language));
            } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                checks.add(field + "." + code, "must be the name as written, or {\"family\":\"…\",\"given\":\"…\"}");
            }
        });
    }

    private static Map<String, String> texts(FieldChecks checks, JsonObject parent, String key, String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        JsonValue raw = parent.get(key);
        if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
            return texts;
        }
        if (!(raw instanceof JsonObject o)) {
            checks.add(field, "must be an object of texts keyed by language: {\"ru\":\"…\",\"ko\":\"…\"}");
            return texts;
        }
        o.forEach((code, value) -> {
            if (value instanceof JsonString s) {
                texts.put(code, s.getString());
            } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                checks.add(field + "." + code, "must be a text");
            }
        });
        return texts;
    }

    private static List<String> strings(FieldChecks checks, JsonObject parent, String key) {
        JsonValue raw = parent.get(key);
        if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(raw instanceof JsonArray a)) {
            checks.add(key, "must be a list such as [\"ru\",\"ko\"]");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) instanceof JsonString s) {
                values.add(s.getString());
            } else {
                checks.add(key + "[" + i + "]", "must be a text");
            }
        }
        return values;
    }

    private static String string(FieldChecks checks, JsonObject parent, String key, String field) {
        JsonValue raw = parent.get(key);
        if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (raw instanceof JsonString s) {
            return s.getString();
        }
        checks.add(field, "must be a text");
        return null;
    }

    /** An id as a JSON number or a string of digits ("7"), as the other resources send ids. */
    private static Long id(FieldChecks checks, JsonObject parent, String key) {
        JsonValue raw = parent.get(key);
        if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            if (raw instanceof JsonNumber n) {
                return n.longValueExact();
            }
            if (raw instanceof JsonString s && !s.getString().isBlank()) {
                return Long.valueOf(s.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // named below
        }
        checks.add(key, "must be a whole number, not " + raw);
        return null;
    }
}
