package org.forumprotocol.docs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumprotocol.core.ForumSamples.ambassadorJo;
import static org.forumprotocol.core.ForumSamples.congressHall;
import static org.forumprotocol.core.ForumSamples.item;
import static org.forumprotocol.core.ForumSamples.korea;
import static org.forumprotocol.core.ForumSamples.turkestanForum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaDiff;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calendar of an agenda as the services store it (H2, or PostgreSQL with FORUM_TEST_DB_URL): the stored
 * event gives the calendar its zone, name and organiser, and what protocol staff noted never leaves.
 */
class StoredProgrammeCalendarTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private static final String NOTES = "Флаги стран-участниц на сцене; проверить синхронный перевод в 9:30";

    private ForumFixture f;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theStoredEventGivesZoneNameAndOrganiserAndStaffNotesNeverReachTheCalendar() throws IOException {
        long forum = f.tx(() -> f.events.create(turkestanForum())).getId();
        long korea = f.tx(() -> f.delegations.addDelegation(forum, korea())).getId();
        long jo = f.tx(() -> f.delegations.addDelegate(korea, ambassadorJo().details())).getId();
        long hall = f.tx(() -> f.agenda.addVenue(forum, congressHall())).getId();
        f.tx(() -> f.agenda.add(forum, item("PLENARY", "10:00", "11:30").title("kk", "Форумның ашылуы")
                .title("ko", "포럼 개막식").venue(hall).speaker(jo).staffNotes(NOTES).visibility("public").details()));
        f.tx(() -> f.agenda.add(forum, item("PRESS", "08:00", "08:30").title("kk", "Еріктілерге нұсқаулық")
                .staffNotes(NOTES).visibility("staff").details()));

        Event event = f.events.get(forum);
        List<ReleasedItem> release = AgendaDiff.nextRelease(List.of(),
                f.agenda.itemsOf(forum).stream().map(ReleasedItem::of).toList());
        ProgrammeCalendar calendar = ProgrammeCalendar.of(event, "protocol@turkestan.example.kz", f.clock);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        calendar.writeProgramme(release, Visibility.STAFF, Language.KO, id -> id == jo ? "조태익" : null, out);
        String text = out.toString(StandardCharsets.UTF_8);
        Calendar ics = ProgrammeCalendarTest.parse(out.toByteArray());

        // Not even for the staff audience: notes are no part of a release.
        assertThat(text.replace("\r\n ", "")).doesNotContain("Флаги").doesNotContain("9:30");
        List<VEvent> events = ics.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent opening = events.get(1);
        assertThat(opening.getRequiredProperty(Property.DTSTART).toString())
                .isEqualTo("DTSTART;TZID=Asia/Almaty:20250918T100000\r\n");
        assertThat(opening.getRequiredProperty(Property.SUMMARY).getValue()).isEqualTo("포럼 개막식");
        assertThat(opening.getRequiredProperty(Property.LOCATION).getValue()).startsWith("컨벤션 홀");
        assertThat(opening.getRequiredProperty(Property.DESCRIPTION).getValue()).isEqualTo("연사: 조태익");
        assertThat(opening.getRequiredProperty(Property.UID).getValue()).isEqualTo(release.get(1).uid());
        assertThat(opening.getRequiredProperty(Property.ORGANIZER).getValue())
                .isEqualTo("mailto:protocol@turkestan.example.kz");
        // The host organisation has no Korean name: the Kazakh one, the host language's.
        assertThat(opening.getRequiredProperty(Property.ORGANIZER).getRequiredParameter("CN").getValue())
                .isEqualTo("Түркістан облысының әкімдігі");
        assertThat(ics.getRequiredProperty("X-WR-CALNAME").getValue()).isEqualTo("제2차 중앙아시아-한국 협력 포럼");
        assertThat(ics.getRequiredProperty("X-WR-TIMEZONE").getValue()).isEqualTo("Asia/Almaty");
        // The application's clock, in UTC.
        assertThat(opening.getRequiredProperty(Property.DTSTAMP).getValue()).isEqualTo("20250915T090000Z");
    }
}
