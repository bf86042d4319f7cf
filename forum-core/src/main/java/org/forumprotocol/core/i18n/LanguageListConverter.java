package org.forumprotocol.core.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An ordered list of languages as "kk,ru,en"; the order matters (the first is the host language). */
@Converter
public class LanguageListConverter implements AttributeConverter<List<Language>, String> {
    @Override
    public String convertToDatabaseColumn(List<Language> languages) {
        return languages == null ? "" : languages.stream().map(Language::code).collect(Collectors.joining(","));
    }

    @Override
    public List<Language> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(Language::of).flatMap(java.util.Optional::stream).toList();
    }
}
