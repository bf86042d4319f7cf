package org.forumprotocol.web.agenda;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.agenda.Venue;
import org.forumprotocol.core.agenda.VenueDetails;

/** The add-venue and edit-venue form as typed: name and address per working language, and the seats. */
public class VenueForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private final LinkedHashMap<String, String> name = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> address = new LinkedHashMap<>();
    private Integer capacity;

    public static VenueForm blank() {
        return new VenueForm();
    }

    public static VenueForm of(Venue v) {
        VenueForm f = new VenueForm();
        f.id = v.getId();
        f.version = v.getVersion();
        v.getName().asMap().forEach((l, t) -> f.name.put(l.code(), t));
        v.getAddress().asMap().forEach((l, t) -> f.address.put(l.code(), t));
        f.capacity = v.getCapacity();
        return f;
    }

    /** Only the working languages' texts: the service refuses any other. */
    public VenueDetails details(List<String> workingLanguages) {
        return new VenueDetails(texts(name, workingLanguages), texts(address, workingLanguages), capacity,
                id == null ? null : version);
    }

    private static Map<String, String> texts(Map<String, String> texts, List<String> languages) {
        Map<String, String> m = new LinkedHashMap<>();
        texts.forEach((code, v) -> {
            if (languages.contains(code) && v != null && !v.isBlank()) {
                m.put(code, v);
            }
        });
        return m;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public Map<String, String> getName() {
        return name;
    }

    public Map<String, String> getAddress() {
        return address;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
