/**
 * The released agenda as iCalendar (RFC 5545) with ical4j: the whole programme and each delegate's personal
 * programme for subscription, and single items as iTIP invitations for mail. Time zone definitions come from
 * the JDK's tz data, never from ical4j's bundled or downloaded ones (see {@code ical4j.properties}).
 */
package org.forumprotocol.docs.calendar;
