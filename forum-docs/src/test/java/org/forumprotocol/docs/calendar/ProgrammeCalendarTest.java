package org.forumprotocol.docs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forumprotocol.core.i18n.Language.EN;
import static org.forumprotocol.core.i18n.Language.KK;
import static org.forumprotocol.core.i18n.Language.KO;
import static org.forumprotocol.core.i18n.Language.RU;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.util.Configurator;
import net.fortuna.ical4j.validate.ValidationResult;

import org.forumprotocol.core.agenda.AgendaChange;
import org.forumprotocol.core.agenda.AgendaDiff;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** The Turkestan forum's released programme as iCalendar, written and read back with ical4j. */
class ProgrammeCalendarTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Instant NOW = Instant.parse("2025-09-10T04:30:15.123Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LocalizedText FORUM = LocalizedText.of(Map.of(
            KK, "Орталық Азия – Корея ІІ ынтымақтастық форумы",
            RU, "II Форум сотрудничества «Центральная Азия – Корея»",
            EN, "Central Asia – Korea Cooperation Forum II",
            KO, "제2차 중앙아시아-한국 협력 포럼"));

    private static final long KOREA = 7;
    private static final long KAZAKHSTAN = 8;
    private static final long KYRGYZSTAN = 9;
    private static final long JO = 101;
    private static final long AKIM = 102;
    private static final long DZHEENBAEV = 103;
    private static final long UNKNOWN = 999;
    private static final Map<Long, String> NAMES_RU = Map.of(JO, "Чо Тэ Ик", AKIM, "Кушеров Нуралхан",
            DZHEENBAEV, "Джээнбаев Бактыярбек");
    private static final Map<Long, String> NAMES_KO = Map.of(JO, "조태익", AKIM, "쿠셰로프 누랄한");
    private static final Map<Long, String> NAMES_KK = Map.of(JO, "Чо Тэ Ик", AKIM, "Көшеров Нұралхан");

    private static final String OFFICE = "protocol@turkestan.example.kz";
    private static final LocalizedText AKIMAT = LocalizedText.of(Map.of(KK, "Түркістан облысының әкімдігі",
            RU, "Акимат Туркестанской области, протокол"));

    private final ProgrammeCalendar calendar = new ProgrammeCalendar(FORUM, ALMATY, KK, OFFICE, AKIMAT, CLOCK);

    // --- the programme of the first release ---

    private static Released opening() {
        return Released.item("0b8f6c1e-4d0a-4c53-9b8e-000000000001", "2025-09-18T10:00", "2025-09-18T11:30")
                .title(KK, "Форумның ашылуы").title(RU, "Открытие форума").title(EN, "Opening of the forum")
                .title(KO, "포럼 개막식")
                .description(RU, "Пленарное заседание; приветствие акима, выступления глав делегаций")
                .venue(31, RU, "Конгресс-холл", "г. Туркестан, проспект Есим хана")
                .venue(31, KK, "Конгресс-холл", "Түркістан қ., Есім хан даңғылы")
                .venue(31, KO, "컨벤션 홀", null)
                .room(RU, "Большой зал").room(KO, "대회의실")
                .speakers(AKIM, JO).interpretation(KO, KK, RU).dressCode("Деловой костюм");
    }

    private static Released bilateral() {
        return Released.item("0b8f6c1e-4d0a-4c53-9b8e-000000000002", "2025-09-18T12:00", "2025-09-18T12:45")
                .kind(AgendaItemKind.BILATERAL_MEETING).visibility(Visibility.DELEGATES)
                .title(RU, "Встреча акима с делегацией Республики Корея").title(EN, "The akim meets the Korean delegation")
                .delegations(KOREA, KAZAKHSTAN);
    }

    private static Released lunch() {
        return Released.item("0b8f6c1e-4d0a-4c53-9b8e-000000000003", "2025-09-18T13:00", "2025-09-18T14:00")
                .kind(AgendaItemKind.MEAL).visibility(Visibility.DELEGATES)
                .title(KK, "Түскі ас").title(RU, "Обед");
    }

    private static Released kyrgyzPanel() {
        return Released.item("0b8f6c1e-4d0a-4c53-9b8e-000000000004", "2025-09-18T14:00", "2025-09-18T15:30")
                .kind(AgendaItemKind.PANEL).visibility(Visibility.DELEGATES)
                .title(RU, "Панель: развитие местного самоуправления").delegations(KYRGYZSTAN).speakers(DZHEENBAEV);
    }

    private static Released staffBriefing() {
        return Released.item("0b8f6c1e-4d0a-4c53-9b8e-000000000005", "2025-09-18T08:00", "2025-09-18T09:00")
                .kind(AgendaItemKind.PRESS).visibility(Visibility.STAFF)
                .title(RU, "Инструктаж протокольной службы").speakers(JO).delegations(KOREA);
    }

    private static Released campusVisit() {
        return Released.item("0b8f6c1e-4d0a-4c53-9b8e-000000000006", "2025-09-19T10:00", "2025-09-19T12:00")
                .kind(AgendaItemKind.SITE_VISIT)
                .title(KK, "Вусонг университетінің кампусына бару").title(RU, "Посещение кампуса Университета Вусонг")
                .title(KO, "우송대학교 캠퍼스 방문");
    }

    private static List<ReleasedItem> firstRelease() {
        return AgendaDiff.nextRelease(List.of(), working(opening(), bilateral(), lunch(), kyrgyzPanel(),
                staffBriefing(), campusVisit()));
    }

    private static List<ReleasedItem> working(Released... items) {
        return Arrays.stream(items).map(Released::build).toList();
    }

    // --- the whole programme ---

    @Test
    void wholeProgrammeIsPublishedWithEveryItemButStaffOnlyOnes() {
        Calendar ics = parse(programme(firstRelease(), Visibility.DELEGATES, RU, NAMES_RU::get));

        assertThat(value(ics, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(ics, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(ics, "X-WR-CALNAME")).isEqualTo("II Форум сотрудничества «Центральная Азия – Корея»");
        assertThat(value(ics, "X-WR-TIMEZONE")).isEqualTo("Asia/Almaty");
        assertThat(uids(ics)).containsExactly(opening().build().uid(), bilateral().build().uid(),
                lunch().build().uid(), kyrgyzPanel().build().uid(), campusVisit().build().uid());
        for (VEvent e : events(ics)) {
            assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED");
            assertThat(value(e, Property.SEQUENCE)).isEqualTo("0");
        }

        VEvent opening = event(ics, opening().build().uid());
        assertThat(value(opening, Property.SUMMARY)).isEqualTo("Открытие форума");
        assertThat(value(opening, Property.ORGANIZER)).isEqualTo("mailto:" + OFFICE);
        assertThat(value(opening, Property.CATEGORIES)).isEqualTo("PLENARY");
        assertThat(value(opening, Property.LOCATION))
                .isEqualTo("Конгресс-холл, Большой зал, г. Туркестан, проспект Есим хана");
        assertThat(value(opening, Property.DESCRIPTION)).isEqualTo(
                "Пленарное заседание; приветствие акима, выступления глав делегаций\n\n"
                        + "Выступающие: Кушеров Нуралхан, Чо Тэ Ик\n"
                        + "Перевод: ko → kk, ru\n"
                        + "Форма одежды: Деловой костюм");
        assertThat(value(event(ics, bilateral().build().uid()), Property.CATEGORIES)).isEqualTo("BILATERAL_MEETING");
    }

    @Test
    void audiencesSeeTheirItemsOnly() {
        List<ReleasedItem> release = firstRelease();
        assertThat(uids(parse(programme(release, Visibility.PUBLIC, RU, NAMES_RU::get))))
                .containsExactly(opening().build().uid(), campusVisit().build().uid());
        assertThat(uids(parse(programme(release, Visibility.STAFF, RU, NAMES_RU::get))))
                .hasSize(6).contains(staffBriefing().build().uid());
    }

    @Test
    void timesAreLocalToTheEventsZoneWithTzidAndDtstampIsUtc() {
        String text = unfolded(programme(firstRelease(), Visibility.DELEGATES, RU, NAMES_RU::get));

        assertThat(text).contains("\r\nDTSTART;TZID=Asia/Almaty:20250918T100000\r\n")
                .contains("\r\nDTEND;TZID=Asia/Almaty:20250918T113000\r\n")
                .contains("\r\nDTSTART;TZID=Asia/Almaty:20250919T100000\r\n");
        List<String> stamps = text.lines().filter(l -> l.startsWith("DTSTAMP")).toList();
        assertThat(stamps).hasSize(5).allMatch(l -> l.equals("DTSTAMP:20250910T043015Z"));
    }

    // --- releases ---

    @Test
    void uidsStayAndSequencesRiseOnlyWhenAnItemChangesAcrossReleases() {
        List<ReleasedItem> first = firstRelease();
        ReleasedItem press = Released.item("0b8f6c1e-4d0a-4c53-9b8e-000000000007", "2025-09-19T13:00", "2025-09-19T13:30")
                .kind(AgendaItemKind.PRESS).title(RU, "Пресс-подход").build();
        // Release 2: the opening moves by half an hour, the campus visit is renamed, the panel is dropped.
        List<ReleasedItem> secondWorking = List.of(opening().at("2025-09-18T10:30", "2025-09-18T12:00").build(),
                bilateral().build(), lunch().build(), staffBriefing().build(),
                campusVisit().title(RU, "Знакомство с кампусом Университета Вусонг").build(), press);
        List<ReleasedItem> second = AgendaDiff.nextRelease(first, secondWorking);
        // Release 3: nothing changed.
        List<ReleasedItem> third = AgendaDiff.nextRelease(second, secondWorking);

        Map<String, String> one = states(parse(programme(first, Visibility.DELEGATES, RU, NAMES_RU::get)));
        Map<String, String> two = states(parse(programme(second, Visibility.DELEGATES, RU, NAMES_RU::get)));
        Map<String, String> three = states(parse(programme(third, Visibility.DELEGATES, RU, NAMES_RU::get)));

        assertThat(two.keySet()).containsAll(one.keySet()).contains(press.uid());
        assertThat(one).containsEntry(opening().build().uid(), "0 CONFIRMED 20250918T100000")
                .containsEntry(kyrgyzPanel().build().uid(), "0 CONFIRMED 20250918T140000");
        assertThat(two).containsEntry(opening().build().uid(), "1 CONFIRMED 20250918T103000")
                .containsEntry(bilateral().build().uid(), "0 CONFIRMED 20250918T120000")
                .containsEntry(lunch().build().uid(), "0 CONFIRMED 20250918T130000")
                .containsEntry(campusVisit().build().uid(), "1 CONFIRMED 20250919T100000")
                .containsEntry(press.uid(), "0 CONFIRMED 20250919T130000")
                // the removed item is still there for the calendars that had it: cancelled, one sequence higher
                .containsEntry(kyrgyzPanel().build().uid(), "1 CANCELLED 20250918T140000");
        assertThat(three).isEqualTo(two);
        assertThat(AgendaDiff.changes(first, second)).extracting(AgendaChange::kind).containsExactlyInAnyOrder(
                AgendaChange.Kind.CHANGED, AgendaChange.Kind.REMOVED, AgendaChange.Kind.CHANGED, AgendaChange.Kind.ADDED);
    }

    // --- time zones ---

    @Test
    void everyTzidHasAVTimeZoneFromTheJdksRulesAndAlmatyIsFiveHoursAhead() {
        byte[] bytes = programme(firstRelease(), Visibility.DELEGATES, RU, NAMES_RU::get);
        Calendar ics = parse(bytes);

        Set<String> used = new TreeSet<>();
        for (VEvent e : events(ics)) {
            e.getProperties().forEach(p -> p.<TzId>getParameter(Parameter.TZID).ifPresent(t -> used.add(t.getValue())));
        }
        Set<String> defined = ics.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(z -> value(z, Property.TZID)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(used).containsExactly("Asia/Almaty");
        assertThat(defined).isEqualTo(used);

        VTimeZone almaty = ics.<VTimeZone>getComponents(Component.VTIMEZONE).get(0);
        assertThat(offsetOn(almaty, LocalDateTime.of(2025, 9, 18, 10, 0))).isEqualTo(ZoneOffset.ofHours(5));
        // Made from the JDK's rules: the move from +06:00 on 1 March 2024 is the observance in force.
        assertThat(unfolded(bytes)).contains("BEGIN:STANDARD\r\nDTSTART:20240301T000000\r\nTZOFFSETFROM:+0600\r\n"
                + "TZOFFSETTO:+0500\r\nEND:STANDARD\r\n");
        // A client reading the file puts the opening at 05:00 UTC.
        assertThat(startOf(event(ics, opening().build().uid())).toInstant())
                .isEqualTo(Instant.parse("2025-09-18T05:00:00Z"));
    }

    @Test
    void seoulIsNineHoursAhead() {
        ProgrammeCalendar seoul = new ProgrammeCalendar(FORUM, ZoneId.of("Asia/Seoul"), KO, OFFICE, AKIMAT, CLOCK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(() -> seoul.writeProgramme(working(campusVisit().at("2025-11-04T09:00", "2025-11-04T10:00")),
                Visibility.PUBLIC, KO, NAMES_KO::get, out));
        Calendar ics = parse(out.toByteArray());

        VTimeZone zone = ics.<VTimeZone>getComponents(Component.VTIMEZONE).get(0);
        assertThat(value(zone, Property.TZID)).isEqualTo("Asia/Seoul");
        assertThat(offsetOn(zone, LocalDateTime.of(2025, 11, 4, 9, 0))).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(startOf(events(ics).get(0)).toInstant()).isEqualTo(Instant.parse("2025-11-04T00:00:00Z"));
        assertThat(value(events(ics).get(0), Property.SUMMARY)).isEqualTo("우송대학교 캠퍼스 방문");
    }

    @Test
    void aProgrammeAcrossTheEndOfSummerTimeHasBothObservances() {
        ProgrammeCalendar berlin = new ProgrammeCalendar(FORUM, ZoneId.of("Europe/Berlin"), EN, OFFICE, AKIMAT, CLOCK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(() -> berlin.writeProgramme(working(opening().at("2025-10-25T10:00", "2025-10-25T11:00"),
                campusVisit().at("2025-10-27T10:00", "2025-10-27T11:00")), Visibility.PUBLIC, EN, NAMES_RU::get, out));
        byte[] bytes = out.toByteArray();
        Calendar ics = parse(bytes);

        assertThat(unfolded(bytes))
                .contains("BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n")
                .contains("BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n");
        assertThat(startOf(event(ics, opening().build().uid())).toInstant()).isEqualTo(Instant.parse("2025-10-25T08:00:00Z"));
        assertThat(startOf(event(ics, campusVisit().build().uid())).toInstant()).isEqualTo(Instant.parse("2025-10-27T09:00:00Z"));
    }

    @Test
    void ical4jNeverUpdatesTimeZonesFromTheNetwork() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"))
                .contains("net.fortuna.ical4j.util.MapTimeZoneCache");
    }

    // --- text ---

    @Test
    void kazakhHangulAndCyrillicSurviveFoldingAt75OctetsNeverInsideACharacter() {
        String kazakh = "Орталық Азия мен Корея жергілікті өзін-өзі басқару органдарының ынтымақтастығы: "
                + "әңгіме, ғылым, қазақ, өнер, ұлт, үміт, һ, і — әкімнің құттықтау сөзі 🇰🇿";
        String korean = "중앙아시아와 한국의 지방자치단체 협력 포럼 본회의: 지역 투자 기회 발표, 주지사 환영사, "
                + "각 대표단장 연설 및 양해각서 서명식";
        String russian = "Строка с запятыми, точками с запятой; двоеточиями: и переводом\nстроки — всё должно вернуться";
        List<ReleasedItem> release = AgendaDiff.nextRelease(List.of(), working(opening()
                .title(KK, kazakh).title(KO, korean).description(KK, russian).description(KO, korean)));

        for (Language language : List.of(KK, KO)) {
            byte[] bytes = programme(release, Visibility.PUBLIC, language,
                    (language == KK ? NAMES_KK : NAMES_KO)::get);
            List<byte[]> lines = physicalLines(bytes);
            assertThat(lines).allSatisfy(line -> {
                assertThat(line.length).isLessThanOrEqualTo(75);
                strictUtf8(line); // a character cut in two by a fold would not decode on its own
            });
            assertThat(lines).filteredOn(l -> l.length > 0 && l[0] == ' ').hasSizeGreaterThan(3);

            VEvent e = events(parse(bytes)).get(0);
            assertThat(value(e, Property.SUMMARY)).isEqualTo(language == KK ? kazakh : korean);
            assertThat(e.getRequiredProperty(Property.SUMMARY).getParameter(Parameter.LANGUAGE))
                    .get().hasToString("LANGUAGE=" + language.code());
            assertThat(value(e, Property.DESCRIPTION)).startsWith((language == KK ? russian : korean) + "\n\n");
        }
        byte[] kk = programme(release, Visibility.PUBLIC, KK, NAMES_KK::get);
        assertThat(value(events(parse(kk)).get(0), Property.DESCRIPTION))
                .contains("Баяндамашылар: Көшеров Нұралхан, Чо Тэ Ик\nІлеспе аударма: ko → kk, ru");
        assertThat(value(events(parse(programme(release, Visibility.PUBLIC, KO, NAMES_KO::get))).get(0), Property.DESCRIPTION))
                .contains("연사: 쿠셰로프 누랄한, 조태익\n통역: ko → kk, ru");
    }

    @Test
    void linesEndInCrlfAndTheStreamIsLeftOpen() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        java.io.FilterOutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        write(() -> calendar.writeProgramme(firstRelease(), Visibility.PUBLIC, RU, NAMES_RU::get, out));

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(closed[0]).isFalse();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void textsFallBackToTheHostLanguageThenToAnyAndSayWhichLanguageTheyAreIn() {
        List<ReleasedItem> release = AgendaDiff.nextRelease(List.of(), working(lunch(), bilateral()));
        Calendar ics = parse(programme(release, Visibility.DELEGATES, KO, NAMES_KO::get));

        VEvent lunch = event(ics, lunch().build().uid());
        assertThat(value(lunch, Property.SUMMARY)).isEqualTo("Түскі ас"); // no Korean title: Kazakh, the host language
        assertThat(lunch.getRequiredProperty(Property.SUMMARY).getParameter(Parameter.LANGUAGE)).get()
                .hasToString("LANGUAGE=kk");
        VEvent bilateral = event(ics, bilateral().build().uid());
        assertThat(value(bilateral, Property.SUMMARY)).isEqualTo("Встреча акима с делегацией Республики Корея");
        assertThat(bilateral.getRequiredProperty(Property.SUMMARY).getParameter(Parameter.LANGUAGE)).get()
                .hasToString("LANGUAGE=ru");
        assertThat(bilateral.getProperty(Property.DESCRIPTION)).isEmpty();
        assertThat(bilateral.getProperty(Property.LOCATION)).isEmpty();
    }

    @Test
    void speakersWithoutANameAreLeftOutAndTheOrderOfPrecedenceIsKept() {
        List<ReleasedItem> release = AgendaDiff.nextRelease(List.of(),
                working(kyrgyzPanel().speakers(UNKNOWN, JO).moderators(AKIM)));
        VEvent panel = events(parse(programme(release, Visibility.DELEGATES, RU, NAMES_RU::get))).get(0);

        assertThat(value(panel, Property.DESCRIPTION))
                .isEqualTo("Выступающие: Джээнбаев Бактыярбек, Чо Тэ Ик\nМодераторы: Кушеров Нуралхан");
    }

    @Test
    void anEmptyProgrammeIsStillAValidCalendar() throws Exception {
        Calendar ics = parse(programme(List.of(), Visibility.PUBLIC, RU, NAMES_RU::get));

        assertThat(events(ics)).isEmpty();
        assertThat(ics.<VTimeZone>getComponents(Component.VTIMEZONE)).hasSize(1);
        assertValid(ics);
    }

    // --- personal programmes ---

    @Test
    void aPersonalProgrammeHasPublicItemsTheirOwnAndThoseForEveryDelegateButNoStaffOnlyOnes() {
        List<ReleasedItem> release = firstRelease();

        Calendar jo = parse(personal(release, JO, KOREA, "조태익", KO));
        assertThat(uids(jo)).containsExactly(opening().build().uid(), bilateral().build().uid(),
                lunch().build().uid(), campusVisit().build().uid());
        assertThat(value(jo, "X-WR-CALNAME")).isEqualTo("제2차 중앙아시아-한국 협력 포럼 – 조태익");
        assertThat(value(jo, Property.METHOD)).isEqualTo("PUBLISH");

        Calendar dzheenbaev = parse(personal(release, DZHEENBAEV, KYRGYZSTAN, "Джээнбаев Бактыярбек", RU));
        assertThat(uids(dzheenbaev)).containsExactly(opening().build().uid(), lunch().build().uid(),
                kyrgyzPanel().build().uid(), campusVisit().build().uid());
    }

    @Test
    void aPersonalProgrammeCancelsAnItemTheDelegateHadAndNeverShowsOthersCancellations() {
        List<ReleasedItem> first = firstRelease();
        List<ReleasedItem> second = AgendaDiff.nextRelease(first,
                working(opening(), bilateral(), lunch(), staffBriefing(), campusVisit()));

        Map<String, String> dzheenbaev = states(parse(personal(second, DZHEENBAEV, KYRGYZSTAN, null, RU)));
        assertThat(dzheenbaev).containsEntry(kyrgyzPanel().build().uid(), "1 CANCELLED 20250918T140000");
        Map<String, String> jo = states(parse(personal(second, JO, KOREA, null, RU)));
        assertThat(jo).doesNotContainKey(kyrgyzPanel().build().uid()).hasSize(4);
    }

    // --- invitations for mail ---

    @Test
    void anInvitationRequestsOneItemFromTheOfficeToTheDelegateAndACancellationCancelsIt() throws Exception {
        List<ReleasedItem> first = firstRelease();
        ReleasedItem opening = first.stream().filter(i -> i.uid().equals(opening().build().uid())).findFirst().orElseThrow();
        ProgrammeCalendar.Person jo = new ProgrammeCalendar.Person("jo@mofa.example.kr", "조태익 \"대사\"");

        Calendar request = parse(invitation(opening, jo));
        assertThat(ProgrammeCalendar.methodOf(opening)).isEqualTo("REQUEST");
        assertThat(value(request, Property.METHOD)).isEqualTo("REQUEST");
        VEvent e = events(request).get(0);
        assertThat(value(e, Property.UID)).isEqualTo(opening.uid());
        assertThat(value(e, Property.ORGANIZER)).isEqualTo("mailto:protocol@turkestan.example.kz");
        assertThat(e.getRequiredProperty(Property.ORGANIZER).getRequiredParameter(Parameter.CN).getValue())
                .isEqualTo("Акимат Туркестанской области, протокол");
        Property attendee = e.getRequiredProperty(Property.ATTENDEE);
        assertThat(attendee.getValue()).isEqualTo("mailto:jo@mofa.example.kr");
        assertThat(attendee.getRequiredParameter(Parameter.CN).getValue()).isEqualTo("조태익 '대사'");
        assertThat(attendee.getRequiredParameter(Parameter.ROLE).getValue()).isEqualTo("REQ-PARTICIPANT");
        assertValid(request);

        ReleasedItem removed = opening.cancelledLater();
        Calendar cancel = parse(invitation(removed, jo));
        assertThat(ProgrammeCalendar.methodOf(removed)).isEqualTo("CANCEL");
        assertThat(value(cancel, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value(events(cancel).get(0), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(events(cancel).get(0), Property.SEQUENCE)).isEqualTo("1");
        assertValid(cancel);

        ReleasedItem briefing = first.stream().filter(i -> i.visibility() == Visibility.STAFF).findFirst().orElseThrow();
        assertThatThrownBy(() -> calendar.writeInvitation(briefing, jo, RU, NAMES_RU::get, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- validity ---

    @Test
    void programmesPassIcal4jsValidation() throws Exception {
        List<ReleasedItem> first = firstRelease();
        List<ReleasedItem> second = AgendaDiff.nextRelease(first, working(opening(), lunch(), campusVisit()));
        for (Language language : Language.values()) {
            assertValid(parse(programme(second, Visibility.STAFF, language, NAMES_RU::get)));
            assertValid(parse(personal(second, JO, KOREA, "Чо Тэ Ик", language)));
        }
    }

    // --- helpers ---

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] programme(List<ReleasedItem> release, Visibility audience, Language language, LongFunction<String> names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(() -> calendar.writeProgramme(release, audience, language, names, out));
        return out.toByteArray();
    }

    private byte[] personal(List<ReleasedItem> release, long delegate, long delegation, String name, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(() -> calendar.writePersonalProgramme(release, delegate, delegation, name, language, NAMES_RU::get, out));
        return out.toByteArray();
    }

    private byte[] invitation(ReleasedItem item, ProgrammeCalendar.Person attendee) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(() -> calendar.writeInvitation(item, attendee, RU, NAMES_RU::get, out));
        return out.toByteArray();
    }

    static Calendar parse(byte[] ics) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not iCalendar:\n" + new String(ics, StandardCharsets.UTF_8), e);
        }
    }

    private static void assertValid(Calendar ics) throws Exception {
        ValidationResult result = ics.validate();
        assertThat(result.getEntries()).as(ics.toString()).isEmpty();
    }

    private static String unfolded(byte[] ics) {
        return new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    /** The lines as sent, without their CRLF. */
    private static List<byte[]> physicalLines(byte[] ics) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < ics.length; i++) {
            if (ics[i] == '\r' && ics[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(ics, start, i));
                start = i + 2;
            }
        }
        assertThat(start).as("the last line ends in CRLF").isEqualTo(ics.length);
        return lines;
    }

    private static void strictUtf8(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a line is not UTF-8 on its own: " + Arrays.toString(line), e);
        }
    }

    private static List<VEvent> events(Calendar ics) {
        return ics.getComponents(Component.VEVENT);
    }

    private static List<String> uids(Calendar ics) {
        return events(ics).stream().map(e -> value(e, Property.UID)).toList();
    }

    private static VEvent event(Calendar ics, String uid) {
        return events(ics).stream().filter(e -> value(e, Property.UID).equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no VEVENT " + uid));
    }

    /** Per UID: sequence, status and local start, as one comparable string. */
    private static Map<String, String> states(Calendar ics) {
        Map<String, String> states = new LinkedHashMap<>();
        for (VEvent e : events(ics)) {
            states.put(value(e, Property.UID), value(e, Property.SEQUENCE) + " " + value(e, Property.STATUS) + " "
                    + value(e, Property.DTSTART));
        }
        return states;
    }

    private static String value(Calendar ics, String name) {
        return ics.getRequiredProperty(name).getValue();
    }

    private static String value(Component c, String name) {
        return c.getRequiredProperty(name).getValue();
    }

    @SuppressWarnings("unchecked")
    private static ZonedDateTime startOf(VEvent e) {
        return ((DtStart<ZonedDateTime>) e.getRequiredProperty(Property.DTSTART)).getDate();
    }

    /** The offset the definition gives at the instant that {@code when} is by the JDK's rules. */
    private static ZoneOffset offsetOn(VTimeZone zone, LocalDateTime when) {
        Observance observance = zone.getApplicableObservance(when.atZone(ZoneId.of(value(zone, Property.TZID))));
        return observance.<TzOffsetTo>getRequiredProperty(Property.TZOFFSETTO).getOffset();
    }
}
