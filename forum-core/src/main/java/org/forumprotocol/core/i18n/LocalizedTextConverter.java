package org.forumprotocol.core.i18n;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
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
    /**
     * Looked up once: {@code Json.createReader} and friends search for the provider on every call, which cost
     * about a third of a second per 2,000 delegates listed.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        if (text == null || text.isEmpty()) {
            return "{}";
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        text.asMap().forEach((language, value) -> json.add(language.code(), value));
        return json.build().toString();
    }

    @Override
    public LocalizedText convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return LocalizedText.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(column))) {
            JsonObject json = reader.readObject();
            Map<Language, String> values = new EnumMap<>(Language.class);
            json.forEach((code, value) -> Language.of(code).ifPresent(l -> values.put(l, json.getString(code))));
            return LocalizedText.of(values);
        }
    }
}
