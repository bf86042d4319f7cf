package org.forumprotocol.core.agenda;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * The part of a {@link ReleasedItem} kept as one JSON object in a release's row: everything but what the row
 * has columns for (uid, sequence, cancelled, start and end). Reading is lenient about absent members, so that
 * a member added later does not make older releases unreadable.
 */
final class ReleasedItemJson {
    /** Looked up once: the provider lookup behind {@code Json.create…} is slow when repeated per row. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ReleasedItemJson() {
    }

    static String write(ReleasedItem item) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("kind", item.kind().name())
                .add("visibility", item.visibility().name())
                .add("title", texts(item.title()))
                .add("description", texts(item.description()))
                .add("venueName", texts(item.venueName()))
                .add("venueAddress", texts(item.venueAddress()))
                .add("room", texts(item.room()))
                .add("delegations", ids(item.delegations()))
                .add("speakers", ids(item.speakers()))
                .add("moderators", ids(item.moderators()));
        if (item.venueId() != null) {
            json.add("venueId", item.venueId());
        }
        if (item.interpretationFrom() != null) {
            json.add("interpretationFrom", item.interpretationFrom().code());
        }
        JsonArrayBuilder to = JSON.createArrayBuilder();
        item.interpretationTo().forEach(l -> to.add(l.code()));
        json.add("interpretationTo", to);
        if (item.dressCode() != null) {
            json.add("dressCode", item.dressCode());
        }
        return json.build().toString();
    }

    static ReleasedItem read(String uid, int sequence, boolean cancelled, LocalDateTime startsAt, LocalDateTime endsAt,
                             String content) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(content))) {
            json = reader.readObject();
        }
        List<Language> to = new ArrayList<>();
        for (JsonValue v : array(json, "interpretationTo")) {
            Language.of(((JsonString) v).getString()).ifPresent(to::add);
        }
        JsonNumber venueId = json.getJsonNumber("venueId");
        return new ReleasedItem(uid, sequence, cancelled, AgendaItemKind.valueOf(json.getString("kind")), startsAt, endsAt,
                texts(json, "title"), texts(json, "description"), venueId == null ? null : venueId.longValue(),
                texts(json, "venueName"), texts(json, "venueAddress"), texts(json, "room"), ids(json, "delegations"),
                ids(json, "speakers"), ids(json, "moderators"),
                Language.of(json.getString("interpretationFrom", null)).orElse(null), to,
                json.getString("dressCode", null), Visibility.valueOf(json.getString("visibility", Visibility.DELEGATES.name())));
    }

    private static JsonObjectBuilder texts(LocalizedText text) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (text != null) {
            text.asMap().forEach((language, value) -> json.add(language.code(), value));
        }
        return json;
    }

    private static LocalizedText texts(JsonObject json, String name) {
        JsonObject texts = json.getJsonObject(name);
        if (texts == null) {
            return LocalizedText.empty();
        }
        Map<Language, String> values = new EnumMap<>(Language.class);
        texts.forEach((code, value) -> Language.of(code).ifPresent(l -> values.put(l, texts.getString(code))));
        return LocalizedText.of(values);
    }

    private static JsonArrayBuilder ids(List<Long> ids) {
        JsonArrayBuilder json = JSON.createArrayBuilder();
        ids.forEach(json::add);
        return json;
    }

    private static List<Long> ids(JsonObject json, String name) {
        List<Long> ids = new ArrayList<>();
        for (JsonValue v : array(json, name)) {
            ids.add(((JsonNumber) v).longValue());
        }
        return ids;
    }

    private static JsonArray array(JsonObject json, String name) {
        JsonArray array = json.getJsonArray(name);
        return array == null ? JsonValue.EMPTY_JSON_ARRAY : array;
    }
}
