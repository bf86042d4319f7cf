package org.forumprotocol.core.delegation;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a delegation arrives, leaves and where it stays; local times of the event's time zone. */
@Embeddable
public class Logistics {
    @Column(name = "arrival_flight")
    private String arrivalFlight;
    @Column(name = "arrival_at")
    private LocalDateTime arrivalAt;
    @Column(name = "arrival_airport")
    private String arrivalAirport;
    @Column(name = "departure_flight")
    private String departureFlight;
    @Column(name = "departure_at")
    private LocalDateTime departureAt;
    @Column(name = "departure_airport")
    private String departureAirport;
    private String hotel;

    protected Logistics() {
    }

    public Logistics(String arrivalFlight, LocalDateTime arrivalAt, String arrivalAirport, String departureFlight,
                     LocalDateTime departureAt, String departureAirport, String hotel) {
        this.arrivalFlight = arrivalFlight;
        this.arrivalAt = arrivalAt;
        this.arrivalAirport = arrivalAirport;
        this.departureFlight = departureFlight;
        this.departureAt = departureAt;
        this.departureAirport = departureAirport;
        this.hotel = hotel;
    }

    public String getArrivalFlight() {
        return arrivalFlight;
    }

    public LocalDateTime getArrivalAt() {
        return arrivalAt;
    }

    public String getArrivalAirport() {
        return arrivalAirport;
    }

    public String getDepartureFlight() {
        return departureFlight;
    }

    public LocalDateTime getDepartureAt() {
        return departureAt;
    }

    public String getDepartureAirport() {
        return departureAirport;
    }

    public String getHotel() {
        return hotel;
    }
}
