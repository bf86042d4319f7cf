package org.forumprotocol.core.agenda;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the uids of a change notice's items as a JSON array: one row per delegate, however many items changed. */
@Converter
public class ItemUidsConverter implements AttributeConverter<List<String>, String> {
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(List<String> uids) {
        JsonArrayBuilder json = JSON.createArrayBuilder();
        if (uids != null) {
            uids.forEach(json::add);
        }
        return json.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        List<String> uids = new ArrayList<>();
        if (column != null && !column.isBlank()) {
            try (JsonReader reader = JSON.createReader(new StringReader(column))) {
                for (JsonValue v : reader.readArray()) {
                    uids.add(((JsonString) v).getString());
                }
            }
        }
        return List.copyOf(uids);
    }
}
