package org.forumprotocol.core.i18n;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link LocalizedText} as a small JSON object ({"kk":"…","ru":"…"}) in one column: texts are
 * read and sorted with ICU in Java, never searched by SQL, and a column per language would freeze the list
 * of languages into the schema.
 */
@Converter(autoApply = true)
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {
    /** The length of the columns that hold a {@link LocalizedText}, as JSON (form_of_address is shorter, but its texts are too). */
    public static final int COLUMN_LENGTH = 4000;

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        if (text == null || text.isEmpty()) {
            return "{}";
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        text.asMap().forEach((language, value) -> json.add(language.code(), value));
        return json.build().toString();
    }

    @Override
    public LocalizedText convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return LocalizedText.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(column))) {
            JsonObject json = reader.readObject();
            Map<Language, String> values = new EnumMap<>(Language.class);
            json.forEach((code, value) -> Language.of(code).ifPresent(l -> values.put(l, json.getString(code))));
            return LocalizedText.of(values);
        }
    }
}
