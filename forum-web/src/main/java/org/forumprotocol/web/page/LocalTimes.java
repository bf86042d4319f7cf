package org.forumprotocol.web.page;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Shows instants as the protocol office reads them: local time in Almaty, whatever the zone of the
 * server or of a visiting delegate's browser.
 */
@Named("times")
@ApplicationScoped
public class LocalTimes {
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    @Inject
    Clock clock;

    /** Date and time in the pattern of the page language, or an empty string for "never". */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return DateTimeFormatter.ofPattern(Texts.get("format.dateTime"), faces.getViewRoot().getLocale())
                .format(instant.atZone(ZONE));
    }

    /** The offset in force now, as "UTC+05:00": Kazakhstan has changed its offset before. */
    public String getOffset() {
        ZoneOffset offset = ZONE.getRules().getOffset(clock.instant());
        return "UTC" + offset.getId();
    }

    /** "Almaty time (UTC+05:00)" in the page language. */
    public String getZoneLabel() {
        return Texts.get("time.zone", getOffset());
    }

    public boolean isFuture(Instant instant) {
        return instant != null && instant.isAfter(clock.instant());
    }
}
