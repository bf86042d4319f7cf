package org.forumprotocol.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumprotocol.core.ForumSamples.FORUM_OPENS;
import static org.forumprotocol.core.ForumSamples.ambassadorJo;
import static org.forumprotocol.core.ForumSamples.congressHall;
import static org.forumprotocol.core.ForumSamples.delegation;
import static org.forumprotocol.core.ForumSamples.item;
import static org.forumprotocol.core.ForumSamples.karagandaVisit;
import static org.forumprotocol.core.ForumSamples.kazakhstan;
import static org.forumprotocol.core.ForumSamples.korea;
import static org.forumprotocol.core.ForumSamples.kyrgyzstan;
import static org.forumprotocol.core.ForumSamples.person;
import static org.forumprotocol.core.ForumSamples.texts;
import static org.forumprotocol.core.ForumSamples.turkestanForum;
import static org.forumprotocol.core.ForumSamples.woosongCampus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.ForumSamples.Item;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaWarning.Code;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Turkestan forum's programme, on H2 or, with FORUM_TEST_DB_URL, on PostgreSQL. */
class AgendaItemsTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private long forumId;
    private long koreaId;
    private long kyrgyzstanId;
    /** Ambassador 조태익 (AMBASSADOR since 2023), the akim Көшеров (GOVERNOR), Джээнбаев (OFFICIAL), Канесс (AMBASSADOR since 2021). */
    private long jo;
    private long akim;
    private long dzheenbaev;
    private long canesse;
    private long hall;
    private long campus;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
        forumId = f.tx(() -> f.events.create(turkestanForum())).getId();
        koreaId = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        long kazakhstanId = f.tx(() -> f.delegations.addDelegation(forumId, kazakhstan())).getId();
        kyrgyzstanId = f.tx(() -> f.delegations.addDelegation(forumId, kyrgyzstan())).getId();
        long franceId = f.tx(() -> f.delegations.addDelegation(forumId, ForumSamples.france())).getId();
        jo = add(koreaId, ambassadorJo());
        akim = add(kazakhstanId, person().name("kk", "Көшеров", "Нұралхан").name("ru", "Кушеров", "Нуралхан")
                .name("en", "Kusherov", "Nuralkhan").rank("GOVERNOR", LocalDate.of(2024, 2, 1)).head()
                .position("kk", "Түркістан облысының әкімі").position("ru", "Аким Туркестанской области"));
        dzheenbaev = add(kyrgyzstanId, person().name("ru", "Джээнбаев", "Бактыярбек").rank("OFFICIAL").head()
                .position("ru", "Начальник управления развития местного самоуправления"));
        canesse = add(franceId, person().name("ru", "Канесс", "Дидье").name("en", "Canesse", "Didier")
                .rank("AMBASSADOR", LocalDate.of(2021, 9, 1)).head());
        hall = f.tx(() -> f.agenda.addVenue(forumId, congressHall())).getId();
        campus = f.tx(() -> f.agenda.addVenue(forumId, woosongCampus())).getId();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private long add(long delegationId, ForumSamples.Person person) {
        return f.tx(() -> f.delegations.addDelegate(delegationId, person.details())).getId();
    }

    private static Item openingPlenary() {
        return item("PLENARY", "10:00", "11:30")
                .title("kk", "Форумның ашылуы").title("ru", "Открытие форума").title("en", "Opening of the forum")
                .title("ko", "포럼 개막식");
    }

    private static Item akimWelcome() {
        return item("SPEECH", "11:30", "11:45").title("kk", "Облыс әкімінің құттықтау сөзі")
                .title("ru", "Приветственное слово акима области");
    }

    private static Item bilateral() {
        return item("BILATERAL_MEETING", "11:00", "11:45").title("kk", "Екіжақты кездесу")
                .title("ru", "Двусторонняя встреча акима с Послом Республики Корея");
    }

    private static Item mouSigning() {
        return item("SIGNING_CEREMONY", "12:00", "12:30").title("kk", "Меморандумға қол қою рәсімі")
                .title("ru", "Церемония подписания меморандума о сотрудничестве");
    }

    private static Item siteVisit() {
        return item("SITE_VISIT", "15:00", "17:00").title("kk", "Вусонг университетінің кампусына бару")
                .title("ko", "우송대학교 캠퍼스 방문");
    }

    private static Item culturalProgramme() {
        return item("CULTURAL", "19:00", "21:00").title("kk", "Мәдени бағдарлама").title("ru", "Культурная программа");
    }

    private AgendaItem save(Item item) {
        return f.tx(() -> f.agenda.add(forumId, item.details()));
    }

    private AgendaItem reload(long id) {
        return f.fresh(em -> {
            AgendaItem item = em.find(AgendaItem.class, id);
            item.getSpeakers();
            item.getModerators();
            item.getDelegations();
            item.getVenue().ifPresent(Venue::getName);
            return item;
        });
    }

    private static List<String> fields(ForumException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    // --- venues ---

    @Test
    void venuesAreAddedChangedListedAndAudited() {
        Venue stored = f.fresh(em -> em.find(Venue.class, hall));
        assertThat(stored.getName().in(Language.EN)).isEqualTo("Congress Hall");
        assertThat(stored.getAddress().in(Language.RU)).isEqualTo("г. Туркестан, проспект Есим хана");
        assertThat(stored.getCapacity()).isEqualTo(400);
        assertThat(stored.getEvent().getId()).isEqualTo(forumId);

        f.tx(() -> f.agenda.updateVenue(hall, new VenueDetails(texts("kk", "Конгресс-холл", "en", "Congress Hall"),
                texts("ru", "г. Туркестан"), 450, stored.getVersion())));

        Venue changed = f.fresh(em -> em.find(Venue.class, hall));
        assertThat(changed.getCapacity()).isEqualTo(450);
        assertThat(changed.getName().get(Language.RU)).isEmpty();
        assertThat(f.agenda.venuesOf(forumId))
                .extracting(Venue::getId).containsExactly(hall, campus);
        assertThat(f.auditEntries()).filteredOn(e -> e.getEntityType().equals("Venue"))
                .extracting(AuditEntry::getAction).containsExactly("CREATE", "CREATE", "UPDATE");

        ForumException stale = f.refusedStoringNothing(() -> f.agenda.updateVenue(hall,
                new VenueDetails(texts("kk", "Зал"), null, null, stored.getVersion())));
        assertThat(stale.kind()).isEqualTo(Kind.STALE);
    }

    @Test
    void aVenueWithoutNameInAWorkingLanguageOrWithABadCapacityIsRefusedNamingEachField() {
        long visit = f.tx(() -> f.events.create(karagandaVisit())).getId();
        ForumException e = f.refusedStoringNothing(() -> f.agenda.addVenue(visit,
                new VenueDetails(texts("kk", "Конгресс-холл"), texts("xx", "?"), 0, null)));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(fields(e)).containsExactlyInAnyOrder("name.kk", "address.xx", "capacity");
    }

    // --- items ---

    @Test
    void theOpeningPlenaryIsStoredWithEverythingAnOfficerEnteredAndAudited() {
        AgendaItem added = save(openingPlenary().description("ru", "Торжественное открытие форума")
                .venue(hall).room("ru", "Большой зал").room("en", "Main hall")
                .delegation(koreaId).delegation(kyrgyzstanId)
                .speaker(akim).speaker(dzheenbaev).speaker(jo).moderator(canesse)
                .interpretation("ko", "kk", "ru").dressCode("Деловой костюм")
                .staffNotes("Флаги стран-участниц на сцене; проверить синхронный перевод в 9:30").visibility("public"));

        AgendaItem stored = reload(added.getId());
        assertThat(stored.getKind()).isEqualTo(AgendaItemKind.PLENARY);
        assertThat(stored.getStartsAt()).isEqualTo(LocalDateTime.of(2025, 9, 18, 10, 0));
        assertThat(stored.getEndsAt()).isEqualTo(LocalDateTime.of(2025, 9, 18, 11, 30));
        assertThat(stored.getTitle().in(Language.KO)).isEqualTo("포럼 개막식");
        assertThat(stored.getDescription().in(Language.RU)).isEqualTo("Торжественное открытие форума");
        assertThat(stored.getVenue()).map(Venue::getId).contains(hall);
        assertThat(stored.getRoom().in(Language.EN)).isEqualTo("Main hall");
        assertThat(stored.getDelegations()).containsExactly(koreaId, kyrgyzstanId);
        // Sent as akim, Джээнбаев, Jo: given the floor by precedence, the ambassador before the governor.
        assertThat(stored.getSpeakerIds()).containsExactly(jo, akim, dzheenbaev);
        assertThat(stored.getSpeakers()).noneMatch(SpeakerSlot::isManual);
        assertThat(stored.getModerators()).containsExactly(canesse);
        assertThat(stored.getInterpretationFrom()).contains(Language.KO);
        assertThat(stored.getInterpretationTo()).containsExactly(Language.KK, Language.RU);
        assertThat(stored.getDressCode()).isEqualTo("Деловой костюм");
        assertThat(stored.getStaffNotes()).startsWith("Флаги");
        assertThat(stored.getVisibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(UUID.fromString(stored.getUid()).toString()).isEqualTo(stored.getUid());
        assertThat(f.count("agenda_speaker")).isEqualTo(3);

        AuditEntry entry = f.auditEntries().get(f.auditEntries().size() - 1);
        assertThat(entry.getEntityType()).isEqualTo("AgendaItem");
        assertThat(entry.getAction()).isEqualTo("CREATE");
        assertThat(entry.getActor()).isEqualTo(ForumFixture.OFFICER);
        assertThat(entry.getSummary()).contains("Форумның ашылуы", stored.getUid());
    }

    @Test
    void anItemWithoutVisibilityIsForDelegatesAndMayHaveNoVenueNoSpeakersNoInterpretation() {
        AgendaItem stored = reload(save(culturalProgramme()).getId());

        assertThat(stored.getVisibility()).isEqualTo(Visibility.DELEGATES);
        assertThat(stored.getVenue()).isEmpty();
        assertThat(stored.getSpeakers()).isEmpty();
        assertThat(stored.getInterpretationFrom()).isEmpty();
        assertThat(stored.getInterpretationTo()).isEmpty();
    }

    @Test
    void speakersFixedByHandKeepTheirPlaceAndTheOthersFollowPrecedence() {
        // The akim opens, by hand; the two ambassadors follow by precedence (Canesse took up the rank earlier).
        AgendaItem added = save(akimWelcome().manualSpeaker(akim).speaker(jo).speaker(canesse));

        AgendaItem stored = reload(added.getId());
        assertThat(stored.getSpeakerIds()).containsExactly(akim, canesse, jo);
        assertThat(stored.getSpeakers()).extracting(SpeakerSlot::isManual).containsExactly(true, false, false);

        // The officer now fixes 조태익 last but one and lets the others be ordered.
        f.tx(() -> f.agenda.update(added.getId(), akimWelcome().speaker(akim).manualSpeaker(jo).speaker(canesse).details()));
        AgendaItem reordered = reload(added.getId());
        assertThat(reordered.getSpeakerIds()).containsExactly(canesse, jo, akim);
        assertThat(reordered.getSpeakers()).extracting(SpeakerSlot::isManual).containsExactly(false, true, false);
    }

    @Test
    void anUpdateKeepsTheUidRaisesTheVersionAndIsAudited() {
        AgendaItem added = save(mouSigning().venue(hall).speaker(jo).speaker(akim));
        AgendaItem before = reload(added.getId());

        f.tx(() -> f.agenda.update(added.getId(), mouSigning().at(FORUM_OPENS.atTime(12, 30), FORUM_OPENS.atTime(13, 0))
                .venue(campus).speaker(akim).version(before.getVersion()).details()));

        AgendaItem after = reload(added.getId());
        assertThat(after.getUid()).isEqualTo(before.getUid());
        assertThat(after.getVersion()).isGreaterThan(before.getVersion());
        assertThat(after.getStartsAt()).isEqualTo(FORUM_OPENS.atTime(12, 30));
        assertThat(after.getVenue()).map(Venue::getId).contains(campus);
        assertThat(after.getSpeakerIds()).containsExactly(akim);
        assertThat(f.count("agenda_speaker")).isEqualTo(1);
        assertThat(f.auditEntries().get(f.auditEntries().size() - 1).getAction()).isEqualTo("UPDATE");

        ForumException stale = f.refusedStoringNothing(() -> f.agenda.update(added.getId(),
                mouSigning().version(before.getVersion()).details()));
        assertThat(stale.kind()).isEqualTo(Kind.STALE);
    }

    @Test
    void removingAnItemRemovesItsListsAndIsAudited() {
        AgendaItem added = save(openingPlenary().speaker(jo).moderator(akim).delegation(koreaId));

        f.tx(() -> f.agenda.remove(added.getId()));

        assertThat(f.count("agenda_item")).isZero();
        assertThat(f.count("agenda_speaker") + f.count("agenda_moderator") + f.count("agenda_delegation")).isZero();
        assertThat(f.auditEntries().get(f.auditEntries().size() - 1).getAction()).isEqualTo("DELETE");
        assertThat(f.refused(() -> f.agenda.remove(added.getId())).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void aSpeakerCannotBeRemovedFromTheDelegationWhileOnTheProgramme() {
        save(openingPlenary().speaker(jo));

        ForumException e = f.refusedStoringNothing(() -> f.delegations.removeDelegate(jo));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(fields(e)).containsExactly("agenda");
    }

    // --- bad input: refused with the field named, nothing stored ---

    @Test
    void anEndBeforeTheStartIsRefused() {
        ForumException e = f.refusedStoringNothing(() -> f.agenda.add(forumId, item("PLENARY", "11:30", "10:00")
                .title("kk", "Форумның ашылуы").details()));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(fields(e)).containsExactly("endsAt");
    }

    @Test
    void aLocalTimeSkippedByTheClocksGoingForwardIsRefused() {
        long berlin = f.tx(() -> f.events.create(ForumSamples.event(texts("en", "Korea – Central Asia day in Berlin"),
                LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 30), "Europe/Berlin", List.of("en", "ko")))).getId();

        ForumException e = f.refusedStoringNothing(() -> f.agenda.add(berlin, item("MEAL", "09:00", "10:00")
                .at(LocalDateTime.of(2025, 3, 30, 2, 30), LocalDateTime.of(2025, 3, 30, 4, 0)).title("en", "Breakfast").details()));

        assertThat(fields(e)).containsExactly("startsAt");
        assertThat(e.fieldErrors().get(0).message()).contains("Europe/Berlin");
        // 03:30 exists (summer time): accepted.
        f.tx(() -> f.agenda.add(berlin, item("MEAL", "09:00", "10:00")
                .at(LocalDateTime.of(2025, 3, 30, 3, 30), LocalDateTime.of(2025, 3, 30, 4, 0)).title("en", "Breakfast").details()));
    }

    @Test
    void anUnknownSpeakerOrOneOfAnotherEventIsRefusedByItsPlaceInTheList() {
        long visit = f.tx(() -> f.events.create(karagandaVisit())).getId();
        long elsewhere = f.tx(() -> f.delegations.addDelegation(visit, korea())).getId();
        long joInKaraganda = add(elsewhere, ambassadorJo());

        ForumException e = f.refusedStoringNothing(() -> f.agenda.add(forumId,
                openingPlenary().speaker(akim).speaker(joInKaraganda).speaker(999_999_999L).speaker("jo").moderator(joInKaraganda).details()));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(fields(e)).containsExactly("speakers[1]", "speakers[2]", "speakers[3]", "moderators[0]");
    }

    @Test
    void anUnknownVenueOrOneOfAnotherEventIsRefused() {
        long visit = f.tx(() -> f.events.create(karagandaVisit())).getId();
        long residence = f.tx(() -> f.agenda.addVenue(visit, new VenueDetails(texts("ru", "Резиденция акима"), null, null, null))).getId();

        assertThat(fields(f.refusedStoringNothing(() -> f.agenda.add(forumId, openingPlenary().venue(residence).details()))))
                .containsExactly("venue");
        assertThat(fields(f.refusedStoringNothing(() -> f.agenda.add(forumId, openingPlenary().venue(999_999_999L).details()))))
                .containsExactly("venue");
    }

    @Test
    void aLanguageThatIsNotAWorkingLanguageOfTheEventIsRefused() {
        long visit = f.tx(() -> f.events.create(karagandaVisit())).getId(); // ru (host) and ko

        ForumException e = f.refusedStoringNothing(() -> f.agenda.add(visit, item("BILATERAL_MEETING", "10:00", "11:00")
                .at(LocalDateTime.of(2024, 9, 20, 10, 0), LocalDateTime.of(2024, 9, 20, 11, 0))
                .title("ru", "Встреча с акимом области").title("en", "Meeting with the akim")
                .interpretation("kk", "ru", "en").details()));

        assertThat(fields(e)).containsExactlyInAnyOrder("title.en", "interpretation.from", "interpretation.to[1]");
    }

    @Test
    void aTitleMissingInTheHostLanguageIsRefused() {
        ForumException e = f.refusedStoringNothing(() -> f.agenda.add(forumId, item("PLENARY", "10:00", "11:30")
                .title("ru", "Открытие форума").title("en", "Opening of the forum").details()));

        assertThat(fields(e)).containsExactly("title.kk");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        ForumException e = f.refusedStoringNothing(() -> f.agenda.add(forumId, item("SPEECHES", "10:00", "09:00")
                .title("ru", "Речь").speaker(999_999_999L).venue("hall").visibility("everyone").details()));

        assertThat(fields(e)).containsExactlyInAnyOrder("kind", "visibility", "endsAt", "title.kk", "venue", "speakers[0]");
    }

    // --- warnings: shown, never blocking ---

    @Test
    void theAgendaIsInTimeOrderAndCleanItemsHaveNoWarnings() {
        long culture = save(culturalProgramme().venue(hall)).getId();
        long plenary = save(openingPlenary().venue(hall).room("ru", "Большой зал").speaker(jo)).getId();
        long welcome = save(akimWelcome().venue(hall).room("ru", "Большой зал").speaker(akim)).getId();
        long signing = save(mouSigning().venue(hall).room("ru", "Малый зал").speaker(jo).speaker(akim)).getId();

        List<AgendaEntry> agenda = f.agenda.agendaOf(forumId);

        assertThat(agenda).extracting(a -> a.item().getId()).containsExactly(plenary, welcome, signing, culture);
        assertThat(agenda).allMatch(a -> a.warnings().isEmpty());
    }

    @Test
    void aSpeakerInTwoOverlappingItemsIsWarnedAboutOnBoth() {
        long plenary = save(openingPlenary().speaker(jo).speaker(akim)).getId();
        long meeting = save(bilateral().speaker(jo)).getId();

        List<AgendaEntry> agenda = f.agenda.agendaOf(forumId);

        assertThat(agenda).extracting(a -> a.item().getId()).containsExactly(plenary, meeting);
        assertThat(agenda.get(0).warningCodes()).containsExactly(Code.SPEAKER_DOUBLE_BOOKED);
        assertThat(agenda.get(0).warnings().get(0).detail()).contains("Чжо Тэ Ик", "Екіжақты кездесу");
        assertThat(agenda.get(1).warningCodes()).containsExactly(Code.SPEAKER_DOUBLE_BOOKED);
        assertThat(f.count("agenda_item")).isEqualTo(2);
    }

    @Test
    void aVenueOrRoomUsedTwiceAtOnceIsWarnedAbout() {
        save(openingPlenary().venue(hall).room("ru", "Большой зал"));
        save(bilateral().venue(hall).room("ru", "Большой зал"));
        save(bilateral().venue(hall).room("ru", "Переговорная №2"));
        save(bilateral().venue(campus));

        List<AgendaEntry> agenda = f.agenda.agendaOf(forumId);

        assertThat(agenda.get(0).warningCodes()).containsExactly(Code.PLACE_DOUBLE_BOOKED);
        assertThat(agenda.get(0).warnings().get(0).detail()).contains("Конгресс-холл, Большой зал");
        assertThat(agenda).filteredOn(a -> a.item().getVenue().map(Venue::getId).orElse(0L) == campus)
                .allMatch(a -> a.warnings().isEmpty());
        assertThat(agenda).filteredOn(a -> a.item().getRoom().in(Language.RU).equals("Переговорная №2"))
                .allMatch(a -> a.warnings().isEmpty());
        // The whole hall, booked over the Большой зал meeting, clashes with both items there.
        save(item("PRESS", "11:15", "11:40").title("kk", "Брифинг").venue(hall));
        assertThat(f.agenda.agendaOf(forumId)).filteredOn(a -> a.item().getKind() == AgendaItemKind.PRESS)
                .singleElement().satisfies(a -> assertThat(a.warningCodes())
                        .containsExactly(Code.PLACE_DOUBLE_BOOKED, Code.PLACE_DOUBLE_BOOKED, Code.PLACE_DOUBLE_BOOKED));
    }

    @Test
    void anItemOutsideTheEventsDaysIsWarnedAbout() {
        save(siteVisit().venue(campus).at(LocalDateTime.of(2025, 9, 20, 10, 0), LocalDateTime.of(2025, 9, 20, 12, 0)));
        save(culturalProgramme().at(LocalDateTime.of(2025, 9, 19, 20, 0), LocalDateTime.of(2025, 9, 20, 0, 0)));

        List<AgendaEntry> agenda = f.agenda.agendaOf(forumId);

        assertThat(agenda.get(0).warningCodes()).isEmpty();
        assertThat(agenda.get(1).warningCodes()).containsExactly(Code.OUTSIDE_EVENT_DAYS);
        assertThat(agenda.get(1).warnings().get(0).detail()).contains("2025-09-18", "2025-09-19");
    }

    @Test
    void aSpeakerOfACancelledDelegationIsWarnedAbout() {
        save(siteVisit().speaker(dzheenbaev).speaker(jo));
        f.tx(() -> f.delegations.updateDelegation(kyrgyzstanId, delegation("KG",
                texts("kk", "Қырғыз Республикасының делегациясы", "ru", "Делегация Кыргызской Республики"), "CANCELLED", null, null)));

        List<AgendaEntry> agenda = f.agenda.agendaOf(forumId);

        assertThat(agenda.get(0).warningCodes()).containsExactly(Code.SPEAKER_DELEGATION_CANCELLED);
        assertThat(agenda.get(0).warnings().get(0).detail()).contains("Джээнбаев", "Қырғыз Республикасының делегациясы");
    }
}
