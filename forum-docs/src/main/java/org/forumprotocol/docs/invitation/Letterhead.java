package org.forumprotocol.docs.invitation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * The head of the office's letters: the organisation's name and address per language and its logo. Read from
 * the directory {@code FORUM_DATA_DIR/letterhead}, when an administrator has put there
 * {@code letterhead.properties} (UTF-8: {@code organisation.kk=…}, {@code address.ru=…}) and/or
 * {@code logo.png} or {@code logo.jpg}; what is missing comes from the event (its host organisation and city).
 */
public record Letterhead(LocalizedText organisation, LocalizedText address, byte[] logo) {
    /** The largest logo read; a letterhead logo is a few kilobytes, anything far bigger is a mistake. */
    public static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;

    public Letterhead {
        organisation = organisation == null ? LocalizedText.empty() : organisation;
        address = address == null ? LocalizedText.empty() : address;
    }

    public Optional<byte[]> logoBytes() {
        return Optional.ofNullable(logo);
    }

    /** The event's own: its host organisation, its city as the address, no logo. */
    public static Letterhead of(Event event) {
        return new Letterhead(event.getHostOrganisation(), event.getCity(), null);
    }

    /** The letterhead configured in {@code directory}, completed from the event; the event's alone if there is none. */
    public static Letterhead from(Path directory, Event event) {
        Letterhead own = of(event);
        if (directory == null || !Files.isDirectory(directory)) {
            return own;
        }
        Properties p = new Properties();
        Path file = directory.resolve("letterhead.properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        LocalizedText organisation = texts(p, "organisation");
        LocalizedText address = texts(p, "address");
        byte[] logo = null;
        for (String name : new String[] {"logo.png", "logo.jpg", "logo.jpeg"}) {
            Path candidate = directory.resolve(name);
            try {
                if (Files.isRegularFile(candidate) && Files.size(candidate) <= MAX_LOGO_BYTES) {
                    logo = Files.readAllBytes(candidate);
                    break;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + candidate, e);
            }
        }
        return new Letterhead(organisation.isEmpty() ? own.organisation() : organisation,
                address.isEmpty() ? own.address() : address, logo);
    }

    private static LocalizedText texts(Properties p, String prefix) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String v = p.getProperty(prefix + "." + l.code());
            if (v != null) {
                values.put(l, v);
            }
        }
        return LocalizedText.of(values);
    }
}
