package org.forumprotocol.core.memorandum;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * A memorandum's content as one JSON object: the stored current text and every revision's snapshot. Absent
 * members read as empty, so that a member added later leaves older revisions readable.
 */
public final class MemorandumJson {
    private static final JsonProvider JSON = JsonProvider.provider();

    private MemorandumJson() {
    }

    public static String write(MemorandumContent c) {
        JsonArrayBuilder languages = JSON.createArrayBuilder();
        c.languages().forEach(l -> languages.add(l.code()));
        JsonArrayBuilder parties = JSON.createArrayBuilder();
        for (MemorandumParty p : c.parties()) {
            parties.add(JSON.createObjectBuilder()
                    .add("organisation", texts(p.organisation()))
                    .add("country", p.country() == null ? "" : p.country())
                    .add("signatoryName", texts(p.signatoryName()))
                    .add("signatoryPosition", texts(p.signatoryPosition())));
        }
        JsonObjectBuilder articles = JSON.createObjectBuilder();
        c.articles().forEach((l, list) -> {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            list.forEach(a::add);
            articles.add(l.code(), a);
        });
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("title", texts(c.title()))
                .add("languages", languages)
                .add("parties", parties)
                .add("articles", articles)
                .add("place", texts(c.place()));
        if (c.signingDate() != null) {
            json.add("signingDate", c.signingDate().toString());
        }
        if (c.eventId() != null) {
            json.add("eventId", c.eventId());
        }
        if (c.agendaItemId() != null) {
            json.add("agendaItemId", c.agendaItemId());
        }
        return json.build().toString();
    }

    public static MemorandumContent read(String text) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        List<Language> languages = new ArrayList<>();
        for (JsonValue v : json.getJsonArray("languages")) {
            Language.of(((JsonString) v).getString()).ifPresent(languages::add);
        }
        List<MemorandumParty> parties = new ArrayList<>();
        for (JsonValue v : json.getJsonArray("parties")) {
            JsonObject p = v.asJsonObject();
            parties.add(new MemorandumParty(texts(p, "organisation"), p.getString("country", null),
                    texts(p, "signatoryName"), texts(p, "signatoryPosition")));
        }
        Map<Language, List<String>> articles = new EnumMap<>(Language.class);
        JsonObject a = json.getJsonObject("articles");
        if (a != null) {
            a.forEach((code, list) -> Language.of(code).ifPresent(l -> {
                List<String> items = new ArrayList<>();
                for (JsonValue item : (JsonArray) list) {
                    items.add(((JsonString) item).getString());
                }
                articles.put(l, items);
            }));
        }
        String date = json.getString("signingDate", null);
        return new MemorandumContent(texts(json, "title"), languages, parties, articles, texts(json, "place"),
                date == null ? null : LocalDate.parse(date),
                json.containsKey("eventId") ? json.getJsonNumber("eventId").longValue() : null,
                json.containsKey("agendaItemId") ? json.getJsonNumber("agendaItemId").longValue() : null);
    }

    private static JsonObjectBuilder texts(LocalizedText text) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        text.asMap().forEach((l, t) -> b.add(l.code(), t));
        return b;
    }

    private static LocalizedText texts(JsonObject parent, String name) {
        JsonObject o = parent.getJsonObject(name);
        Map<Language, String> m = new EnumMap<>(Language.class);
        if (o != null) {
            o.forEach((code, v) -> Language.of(code).ifPresent(l -> m.put(l, ((JsonString) v).getString())));
        }
        return LocalizedText.of(m);
    }
}
