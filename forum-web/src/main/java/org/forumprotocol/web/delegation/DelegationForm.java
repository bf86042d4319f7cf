package org.forumprotocol.web.delegation;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.DelegationDetails;
import org.forumprotocol.core.delegation.DelegationStatus;
import org.forumprotocol.core.delegation.Logistics;

/** The add-delegation and edit-delegation form as typed; times are local times of the event's time zone. */
public class DelegationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String country;
    private final LinkedHashMap<String, String> name = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> sendingOrganisation = new LinkedHashMap<>();
    private DelegationStatus status = DelegationStatus.INVITED;
    private String arrivalFlight;
    private LocalDateTime arrivalAt;
    private String arrivalAirport;
    private String departureFlight;
    private LocalDateTime departureAt;
    private String departureAirport;
    private String hotel;
    private String notes;

    public static DelegationForm blank() {
        return new DelegationForm();
    }

    public static DelegationForm of(Delegation d) {
        DelegationForm f = new DelegationForm();
        f.id = d.getId();
        f.version = d.getVersion();
        f.country = d.getCountry();
        d.getName().asMap().forEach((l, v) -> f.name.put(l.code(), v));
        d.getSendingOrganisation().asMap().forEach((l, v) -> f.sendingOrganisation.put(l.code(), v));
        f.status = d.getStatus();
        Logistics l = d.getLogistics();
        f.arrivalFlight = l.getArrivalFlight();
        f.arrivalAt = l.getArrivalAt();
        f.arrivalAirport = l.getArrivalAirport();
        f.departureFlight = l.getDepartureFlight();
        f.departureAt = l.getDepartureAt();
        f.departureAirport = l.getDepartureAirport();
        f.hotel = l.getHotel();
        f.notes = d.getNotes();
        return f;
    }

    /**
     * What the service gets. Texts of languages the event no longer works in are not shown, but kept as
     * they were loaded, so that saving the form does not lose them.
     */
    public DelegationDetails details() {
        return new DelegationDetails(country, nonBlank(name), nonBlank(sendingOrganisation),
                status == null ? null : status.name(), arrivalFlight, arrivalAt, arrivalAirport, departureFlight, departureAt,
                departureAirport, hotel, notes, id == null ? null : version);
    }

    static Map<String, String> nonBlank(Map<String, String> texts) {
        Map<String, String> m = new LinkedHashMap<>();
        texts.forEach((code, v) -> {
            if (v != null && !v.isBlank()) {
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

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Map<String, String> getName() {
        return name;
    }

    public Map<String, String> getSendingOrganisation() {
        return sendingOrganisation;
    }

    public DelegationStatus getStatus() {
        return status;
    }

    public void setStatus(DelegationStatus status) {
        this.status = status;
    }

    public String getArrivalFlight() {
        return arrivalFlight;
    }

    public void setArrivalFlight(String arrivalFlight) {
        this.arrivalFlight = arrivalFlight;
    }

    public LocalDateTime getArrivalAt() {
        return arrivalAt;
    }

    public void setArrivalAt(LocalDateTime arrivalAt) {
        this.arrivalAt = arrivalAt;
    }

    public String getArrivalAirport() {
        return arrivalAirport;
    }

    public void setArrivalAirport(String arrivalAirport) {
        this.arrivalAirport = arrivalAirport;
    }

    public String getDepartureFlight() {
        return departureFlight;
    }

    public void setDepartureFlight(String departureFlight) {
        this.departureFlight = departureFlight;
    }

    public LocalDateTime getDepartureAt() {
        return departureAt;
    }

    public void setDepartureAt(LocalDateTime departureAt) {
        this.departureAt = departureAt;
    }

    public String getDepartureAirport() {
        return departureAirport;
    }

    public void setDepartureAirport(String departureAirport) {
        this.departureAirport = departureAirport;
    }

    public String getHotel() {
        return hotel;
    }

    public void setHotel(String hotel) {
        this.hotel = hotel;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
