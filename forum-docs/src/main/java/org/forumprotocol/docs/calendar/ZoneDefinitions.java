package org.forumprotocol.docs.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * VTIMEZONE components made from the JDK's tz data ({@link ZoneRules}), the same rules by which the
 * application reads and checks every local time, rather than from the definitions ical4j bundles (which
 * age with its release) or fetches (which this server must never do). Kazakhstan moved Asia/Almaty from
 * +06:00 to +05:00 on 2024-03-01: a stale definition would move every item of a Turkestan forum by an hour.
 * <p>
 * A definition covers only the period asked for, as RFC 5545 allows: the observance in force at its start
 * and one observance for each transition within it, each with a single onset (no RRULE to get wrong).
 */
final class ZoneDefinitions {
    /** The onset given to the only observance of a zone that has never changed its offset. */
    private static final LocalDateTime FIXED_SINCE = LocalDateTime.of(1970, 1, 1, 0, 0);

    private ZoneDefinitions() {
    }

    /** The definition of {@code zone} for every instant from {@code from} to {@code to}, both included. */
    static VTimeZone of(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<Observance> observances = new ArrayList<>();
        // previousTransition is strictly before its argument: one nanosecond more includes a transition at `from`.
        ZoneOffsetTransition inForce = rules.previousTransition(from.plusNanos(1));
        Instant after;
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(from);
            observances.add(observance(rules.isDaylightSavings(from), FIXED_SINCE, offset, offset));
            after = from;
        } else {
            observances.add(observance(inForce, rules));
            after = inForce.getInstant();
        }
        for (ZoneOffsetTransition t = rules.nextTransition(after); t != null && !t.getInstant().isAfter(to);
             t = rules.nextTransition(t.getInstant())) {
            observances.add(observance(t, rules));
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
    }

    private static Observance observance(ZoneOffsetTransition t, ZoneRules rules) {
        // The onset is the local time the clocks showed when the change came, read in the offset before it.
        return observance(rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                t.getOffsetAfter());
    }

    private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset before, ZoneOffset after) {
        PropertyList properties = new PropertyList(List.of(new DtStart<>(onset), new TzOffsetFrom(before),
                new TzOffsetTo(after)));
        return daylight ? new Daylight(properties) : new Standard(properties);
    }
}
