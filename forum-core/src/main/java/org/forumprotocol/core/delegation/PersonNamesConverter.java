package org.forumprotocol.core.delegation;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.forumprotocol.core.i18n.Language;

/** Stores the confirmed name forms as {"ko":{"family":"조","given":"태익","familyFirst":true},…}. */
@Converter
public class PersonNamesConverter implements AttributeConverter<Map<Language, PersonName>, String> {
    /**
     * Looked up once: {@code Json.createReader} and friends search for the provider on every call, which cost
     * about a third of a second per 2,000 delegates listed.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(Map<Language, PersonName> names) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (names != null) {
            names.forEach((language, name) -> json.add(language.code(), JSON.createObjectBuilder()
                    .add("family", name.family() == null ? "" : name.family())
                    .add("given", name.given() == null ? "" : name.given())
                    .add("familyFirst", name.familyFirst())));
        }
        return json.build().toString();
    }

    @Override
    public Map<Language, PersonName> convertToEntityAttribute(String column) {
        Map<Language, PersonName> names = new EnumMap<>(Language.class);
        if (column == null || column.isBlank()) {
            return names;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(column))) {
            JsonObject json = reader.readObject();
            json.forEach((code, value) -> Language.of(code).ifPresent(language -> {
                JsonObject n = value.asJsonObject();
                names.put(language, new PersonName(n.getString("family", ""), n.getString("given", ""),
                        n.getBoolean("familyFirst", language.familyNameFirst()), false));
            }));
        }
        return names;
    }
}
