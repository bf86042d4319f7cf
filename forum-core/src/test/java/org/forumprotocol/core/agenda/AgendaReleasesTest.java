package org.forumprotocol.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forumprotocol.core.ForumSamples.FORUM_OPENS;
import static org.forumprotocol.core.ForumSamples.ambassadorJo;
import static org.forumprotocol.core.ForumSamples.congressHall;
import static org.forumprotocol.core.ForumSamples.item;
import static org.forumprotocol.core.ForumSamples.karagandaVisit;
import static org.forumprotocol.core.ForumSamples.kazakhstan;
import static org.forumprotocol.core.ForumSamples.korea;
import static org.forumprotocol.core.ForumSamples.kyrgyzstan;
import static org.forumprotocol.core.ForumSamples.person;
import static org.forumprotocol.core.ForumSamples.turkestanForum;
import static org.forumprotocol.core.ForumSamples.woosongCampus;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.ForumSamples.Item;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Publishing the Turkestan forum's programme and reading it back, on H2 or, with FORUM_TEST_DB_URL, on PostgreSQL. */
class AgendaReleasesTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private long forumId;
    private long koreaId;
    /** Ambassador 조태익 and a member of his delegation; the akim Көшеров (host); Джээнбаев (Kyrgyzstan). */
    private long jo;
    private long garok;
    private long akim;
    private long dzheenbaev;
    private long hall;
    private long campus;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
        forumId = f.tx(() -> f.events.create(turkestanForum())).getId();
        koreaId = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        long kazakhstanId = f.tx(() -> f.delegations.addDelegation(forumId, kazakhstan())).getId();
        long kyrgyzstanId = f.tx(() -> f.delegations.addDelegation(forumId, kyrgyzstan())).getId();
        jo = add(koreaId, ambassadorJo());
        garok = add(koreaId, person().name("ru", "Ю", "Мин Бон").name("ko", "유", "민봉").rank("HEAD_OF_ORGANISATION")
                .position("ru", "Генеральный секретарь ассоциации «GAROK»"));
        akim = add(kazakhstanId, person().name("kk", "Көшеров", "Нұралхан").name("ru", "Кушеров", "Нуралхан")
                .name("en", "Kusherov", "Nuralkhan").rank("GOVERNOR", LocalDate.of(2024, 2, 1)).head()
                .position("kk", "Түркістан облысының әкімі"));
        dzheenbaev = add(kyrgyzstanId, person().name("ru", "Джээнбаев", "Бактыярбек").rank("OFFICIAL").head());
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

    private Item opening() {
        return item("PLENARY", "10:00", "11:30").title("kk", "Форумның ашылуы").title("ru", "Открытие форума")
                .title("ko", "포럼 개막식").venue(hall).speaker(akim).visibility("PUBLIC");
    }

    private Item bilateral() {
        return item("BILATERAL_MEETING", "14:30", "15:15").title("kk", "Екіжақты кездесу")
                .title("ru", "Двусторонняя встреча акима с Послом Республики Корея").delegation(koreaId).speaker(akim).speaker(jo)
                .staffNotes("Настольные флаги KZ и KR; переводчик за спиной акима");
    }

    private Item panel() {
        return item("PANEL", "12:00", "13:00").title("kk", "Панельдік сессия").title("ru", "Панельная сессия")
                .venue(hall).speaker(dzheenbaev);
    }

    private Item briefing() {
        return item("BREAK", "08:30", "09:00").title("kk", "Хаттама қызметінің нұсқамасы").title("ru", "Инструктаж протокольной службы")
                .visibility("STAFF").staffNotes("Схема рассадки v3");
    }

    private Item lunch() {
        return item("MEAL", "13:00", "14:00").title("kk", "Түскі ас").title("ru", "Обед").venue(hall);
    }

    private AgendaItem save(Item item) {
        return f.tx(() -> f.agenda.add(forumId, item.details()));
    }

    private AgendaItem update(AgendaItem item, Item changed) {
        return f.tx(() -> f.agenda.update(item.getId(), changed.version(item.getVersion()).details()));
    }

    private AgendaRelease publish() {
        return f.tx(() -> f.releases.publish(forumId, null, null));
    }

    private static ReleasedItem at(List<ReleasedItem> items, String uid) {
        return items.stream().filter(i -> i.uid().equals(uid)).findFirst().orElseThrow();
    }

    private Map<Long, List<String>> noticesOf(AgendaRelease release) {
        Map<Long, List<String>> notices = new java.util.TreeMap<>();
        f.releases.noticesOf(release).forEach(n -> notices.put(n.getDelegate().getId(), n.getItemUids()));
        return notices;
    }

    @Test
    void theFirstReleaseCopiesTheWorkingProgrammeWithoutStaffNotesAndRecordsNoNotices() {
        AgendaItem open = save(opening());
        AgendaItem meeting = save(bilateral());
        AgendaItem staff = save(briefing());
        AgendaItem meal = save(lunch());
        assertThat(f.releases.latest(forumId)).isEmpty();

        AgendaRelease release = f.tx(() -> f.releases.publish(forumId, 0, "Бірінші нұсқа / Первая версия"));

        assertThat(release.getNumber()).isEqualTo(1);
        assertThat(release.getPublishedBy()).isEqualTo(ForumFixture.OFFICER);
        assertThat(release.getPublishedAt()).isEqualTo(ForumFixture.T0);
        assertThat(release.getAdded()).isEqualTo(4);
        AgendaRelease stored = f.fresh(em -> {
            AgendaRelease r = em.find(AgendaRelease.class, release.getId());
            r.getItems();
            return r;
        });
        assertThat(stored.getNote()).isEqualTo("Бірінші нұсқа / Первая версия");
        assertThat(stored.getPublishedAt()).isEqualTo(ForumFixture.T0);
        assertThat(stored.getItems()).extracting(ReleasedItem::uid)
                .containsExactly(staff.getUid(), open.getUid(), meal.getUid(), meeting.getUid());
        assertThat(stored.getItems()).extracting(ReleasedItem::sequence).containsOnly(0);
        ReleasedItem storedMeeting = at(stored.getItems(), meeting.getUid());
        assertThat(storedMeeting).isEqualTo(ReleasedItem.of(f.agenda.item(meeting.getId())));
        // The ambassador precedes the akim.
        assertThat(storedMeeting.speakers()).containsExactly(jo, akim);
        assertThat(storedMeeting.title().in(Language.KK)).isEqualTo("Екіжақты кездесу");
        assertThat(at(stored.getItems(), open.getUid()).venueName().in(Language.KO)).isEqualTo("컨벤션 홀");
        // Staff notes never reach a release, not even in its stored JSON.
        assertThat(f.rowsByColumn("agenda_release_item")).hasSize(4)
                .allSatisfy(row -> assertThat(row.get("content")).doesNotContain("флаги", "Схема", "staff"));

        assertThat(f.releases.noticesOf(stored)).isEmpty();
        assertThat(f.count("change_notice")).isZero();
        assertThat(f.releases.changes(stored)).extracting(AgendaChange::kind).containsOnly(AgendaChange.Kind.ADDED).hasSize(4);
        assertThat(f.released.fired()).containsExactly(new AgendaReleased(forumId, release.getId(), 1));
        AuditEntry entry = f.auditEntries().get(f.auditEntries().size() - 1);
        assertThat(entry.getEntityType()).isEqualTo("AgendaRelease");
        assertThat(entry.getEntityId()).isEqualTo(String.valueOf(release.getId()));
        assertThat(entry.getAction()).isEqualTo("PUBLISH");
        assertThat(entry.getSummary()).contains("release 1", "4 items", "4 added", "0 change notices");
    }

    @Test
    void nothingToPublishIsRefusedAndStoresNothing() {
        ForumException empty = f.refusedStoringNothing(() -> f.releases.publish(forumId, null, null));
        assertThat(empty.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(empty.getMessage()).contains("no items");

        AgendaItem staff = save(briefing());
        save(opening());
        publish();
        ForumException again = f.refusedStoringNothing(() -> f.releases.publish(forumId, null, null));
        assertThat(again.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(again.getMessage()).contains("Nothing changed since release 1");

        // Staff notes are not part of what delegates see: changing them alone gives nothing to publish either.
        update(staff, briefing().staffNotes("Схема рассадки v4"));
        assertThat(f.refusedStoringNothing(() -> f.releases.publish(forumId, 1, null)).kind()).isEqualTo(Kind.CONFLICT);
        assertThat(f.releases.releases(forumId)).hasSize(1);
        assertThat(f.released.fired()).hasSize(1);
    }

    @Test
    void aReleasePublishedMeanwhileMakesTheOfficersRequestStale() {
        AgendaItem open = save(opening());
        publish();
        update(open, opening().at(FORUM_OPENS.atTime(11, 0), FORUM_OPENS.atTime(12, 30)));

        ForumException stale = f.refusedStoringNothing(() -> f.releases.publish(forumId, 0, null));
        assertThat(stale.kind()).isEqualTo(Kind.STALE);
        assertThat(stale.getMessage()).contains("Release 1 is the latest");
        assertThat(stale.fieldErrors()).extracting(ForumException.FieldError::field).containsExactly("expectedLatestNumber");

        assertThat(f.tx(() -> f.releases.publish(forumId, 1, null)).getNumber()).isEqualTo(2);
    }

    @Test
    void badInputAndUnknownReleasesAreRefused() {
        save(opening());
        ForumException note = f.refusedStoringNothing(() -> f.releases.publish(forumId, null, "x".repeat(1001)));
        assertThat(note.kind()).isEqualTo(Kind.INVALID);
        assertThat(note.fieldErrors()).extracting(ForumException.FieldError::field).containsExactly("note");
        assertThat(f.refusedStoringNothing(() -> f.releases.publish(forumId + 999, null, null)).kind()).isEqualTo(Kind.NOT_FOUND);

        publish();
        ForumException absent = f.refused(() -> f.releases.release(forumId, 2));
        assertThat(absent.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(absent.getMessage()).contains("Release 2");
        assertThat(f.refused(() -> f.releases.releases(forumId + 999)).kind()).isEqualTo(Kind.NOT_FOUND);

        long visit = f.tx(() -> f.events.create(karagandaVisit())).getId();
        assertThat(f.releases.latest(visit)).isEmpty();
        assertThat(f.releases.releases(visit)).isEmpty();
        long ambassador = add(f.tx(() -> f.delegations.addDelegation(visit, korea())).getId(), ambassadorJo().email("jo2@example.kr"));
        AgendaRelease forumRelease = f.releases.release(forumId, 1);
        assertThat(f.refused(() -> f.releases.personalProgramme(ambassador, forumRelease)).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void aLaterReleaseMovesRemovesAndTellsOnlyThoseWhoseProgrammeChanged() {
        AgendaItem open = save(opening());
        AgendaItem meeting = save(bilateral());
        AgendaItem talks = save(panel());
        AgendaItem staff = save(briefing());
        AgendaItem meal = save(lunch());
        AgendaRelease first = publish();

        f.clock.advance(Duration.ofHours(2));
        update(meeting, bilateral().at(FORUM_OPENS.atTime(16, 30), FORUM_OPENS.atTime(17, 15)));
        f.tx(() -> f.agenda.remove(talks.getId()));
        update(staff, briefing().at(FORUM_OPENS.atTime(8, 0), FORUM_OPENS.atTime(8, 30)));
        AgendaRelease second = f.tx(() -> f.releases.publish(forumId, 1, "Встреча перенесена, панель отменена"));

        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getPublishedAt()).isEqualTo(ForumFixture.T0.plus(Duration.ofHours(2)));
        assertThat(List.of(second.getAdded(), second.getRemoved(), second.getChanged())).containsExactly(0, 1, 2);
        assertThat(f.releases.releases(forumId)).extracting(AgendaRelease::getNumber).containsExactly(2, 1);
        assertThat(f.releases.latest(forumId)).map(AgendaRelease::getNumber).contains(2);

        AgendaRelease stored = f.releases.release(forumId, 2);
        assertThat(stored.getItems()).extracting(ReleasedItem::uid)
                .containsExactly(staff.getUid(), open.getUid(), talks.getUid(), meal.getUid(), meeting.getUid());
        assertThat(at(stored.getItems(), talks.getUid())).satisfies(i -> {
            assertThat(i.cancelled()).isTrue();
            assertThat(i.sequence()).isEqualTo(1);
        });
        assertThat(at(stored.getItems(), meeting.getUid()).sequence()).isEqualTo(1);
        assertThat(at(stored.getItems(), open.getUid()).sequence()).isZero();
        assertThat(stored.getScheduledItems()).extracting(ReleasedItem::uid).doesNotContain(talks.getUid());
        // Release 1 is as it was published.
        assertThat(at(f.releases.release(forumId, 1).getItems(), meeting.getUid()).startsAt()).isEqualTo(FORUM_OPENS.atTime(14, 30));
        assertThat(f.releases.release(forumId, 1).getItems()).noneMatch(ReleasedItem::cancelled);

        List<AgendaChange> changes = f.releases.changes(stored);
        assertThat(changes).extracting(AgendaChange::uid).containsExactly(staff.getUid(), talks.getUid(), meeting.getUid());
        assertThat(changes).extracting(AgendaChange::kind)
                .containsExactly(AgendaChange.Kind.CHANGED, AgendaChange.Kind.REMOVED, AgendaChange.Kind.CHANGED);

        // The meeting is the Korean delegation's (both members) and its speakers' (the akim); the panel was Джээнбаев's.
        // The staff briefing concerns no delegate at all.
        assertThat(noticesOf(stored)).isEqualTo(Map.of(jo, List.of(meeting.getUid()), garok, List.of(meeting.getUid()),
                akim, List.of(meeting.getUid()), dzheenbaev, List.of(talks.getUid())));
        assertThat(f.releases.noticesOf(stored)).allSatisfy(n -> {
            assertThat(n.getState()).isEqualTo(ChangeNotice.State.PENDING);
            assertThat(n.getCreatedAt()).isEqualTo(second.getPublishedAt());
            assertThat(n.getRelease().getNumber()).isEqualTo(2);
        });
        assertThat(f.releases.pendingNotices(forumId)).hasSize(4);

        assertThat(f.releases.changeLog(stored, Language.RU)).containsExactly(
                "Перенесено: «Инструктаж протокольной службы», 18.09 08:30–09:00 → 18.09 08:00–08:30",
                "Отменено: «Панельная сессия», 18.09 12:00–13:00",
                "Перенесено: «Двусторонняя встреча акима с Послом Республики Корея», 18.09 14:30–15:15 → 18.09 16:30–17:15");
        assertThat(f.releases.personalChangeLog(dzheenbaev, stored, Language.KK))
                .containsExactly("Бағдарламадан алынды: «Панельдік сессия», 18.09 12:00–13:00");
        assertThat(f.releases.personalChangeLog(jo, stored, Language.KO))
                .containsExactly("일정 변경: 「Екіжақты кездесу」, 9월 18일 14:30–15:15 → 9월 18일 16:30–17:15");
        assertThat(f.released.fired()).extracting(AgendaReleased::number).containsExactly(1, 2);
    }

    @Test
    void aSpeakerChangeNamesTheSpeakersInTheLanguageOfTheLogInTheOrderOfPrecedence() {
        AgendaItem open = save(opening());
        publish();
        update(open, opening().speaker(jo));
        AgendaRelease second = publish();

        assertThat(f.releases.changeLog(second, Language.KO))
                .containsExactly("발표자 변경: 「포럼 개막식」, Nuralkhan Kusherov → 조태익, Nuralkhan Kusherov");
    }

    @Test
    void personalProgrammesHoldWhatIsTheirsAndCalendarsCancelWhatNoLongerIs() {
        AgendaItem open = save(opening());
        AgendaItem meeting = save(bilateral());
        AgendaItem talks = save(panel());
        AgendaItem staff = save(briefing());
        AgendaItem meal = save(lunch());
        AgendaRelease first = publish();

        assertThat(f.releases.personalProgramme(dzheenbaev, first)).extracting(ReleasedItem::uid)
                .containsExactly(open.getUid(), talks.getUid(), meal.getUid());
        assertThat(f.releases.personalProgramme(jo, first)).extracting(ReleasedItem::uid)
                .containsExactly(open.getUid(), meal.getUid(), meeting.getUid());
        assertThat(f.releases.personalProgramme(garok, first)).extracting(ReleasedItem::uid)
                .containsExactly(open.getUid(), meal.getUid(), meeting.getUid());
        assertThat(f.releases.personalCalendar(jo, first)).isEqualTo(f.releases.personalProgramme(jo, first));

        // The panel is cancelled; the meeting becomes a staff-only matter with a new title.
        f.tx(() -> f.agenda.remove(talks.getId()));
        update(meeting, bilateral().title("kk", "Жабық кездесу").visibility("STAFF"));
        AgendaRelease second = publish();

        assertThat(f.releases.personalProgramme(dzheenbaev, second)).extracting(ReleasedItem::uid)
                .containsExactly(open.getUid(), meal.getUid());
        assertThat(f.releases.personalCalendar(dzheenbaev, second)).extracting(ReleasedItem::uid, ReleasedItem::cancelled,
                        ReleasedItem::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(open.getUid(), false, 0),
                        org.assertj.core.groups.Tuple.tuple(talks.getUid(), true, 1),
                        org.assertj.core.groups.Tuple.tuple(meal.getUid(), false, 0));
        assertThat(f.releases.personalProgramme(jo, second)).extracting(ReleasedItem::uid)
                .containsExactly(open.getUid(), meal.getUid());
        List<ReleasedItem> joCalendar = f.releases.personalCalendar(jo, second);
        ReleasedItem gone = at(joCalendar, meeting.getUid());
        assertThat(gone.cancelled()).isTrue();
        assertThat(gone.sequence()).isEqualTo(1);
        // What he last received, not the staff-only version.
        assertThat(gone.title().in(Language.KK)).isEqualTo("Екіжақты кездесу");
        assertThat(gone.visibility()).isEqualTo(Visibility.DELEGATES);
        assertThat(joCalendar).extracting(ReleasedItem::uid).doesNotContain(staff.getUid(), talks.getUid());
        assertThat(noticesOf(second)).containsEntry(jo, List.of(meeting.getUid())).containsEntry(dzheenbaev, List.of(talks.getUid()));
    }

    @Test
    void noticesAreMarkedOnceAndGoWithTheirDelegateWhileTheReleaseStays() {
        AgendaItem talks = save(panel());
        save(opening());
        publish();
        f.tx(() -> f.agenda.remove(talks.getId()));
        AgendaRelease second = publish();
        assertThat(f.releases.pendingNotices(forumId)).hasSize(1);

        f.tx(() -> f.releases.pendingNotices(forumId).get(0).markSkipped(ForumFixture.T0, "no e-mail address"));
        assertThat(f.releases.pendingNotices(forumId)).isEmpty();
        ChangeNotice skipped = f.releases.noticesOf(second).get(0);
        assertThat(skipped.getState()).isEqualTo(ChangeNotice.State.SKIPPED);
        assertThat(skipped.getReason()).isEqualTo("no e-mail address");
        assertThat(skipped.getHandledAt()).isEqualTo(ForumFixture.T0);
        assertThatThrownBy(() -> skipped.markQueued(ForumFixture.T0)).isInstanceOf(IllegalStateException.class);

        // Джээнбаев leaves the event: his notice goes, the release that named him does not change.
        f.tx(() -> f.delegations.removeDelegate(dzheenbaev));
        assertThat(f.count("change_notice")).isZero();
        assertThat(at(f.releases.release(forumId, 2).getItems(), talks.getUid()).speakers()).containsExactly(dzheenbaev);
    }

    @Test
    void simultaneousPublicationsMakeOneReleaseAndARefusalNeverAServerError() throws Exception {
        AgendaItem open = save(opening());
        for (int r = 1; r <= 3; r++) {
            int round = r;
            if (round > 1) {
                update(f.agenda.item(open.getId()), opening().at(FORUM_OPENS.atTime(10, round), FORUM_OPENS.atTime(11, 30)));
            }
            List<Object> outcomes = race();
            List<Object> released = outcomes.stream().filter(AgendaRelease.class::isInstance).toList();
            assertThat(released).as("round %d: %s", round, outcomes).hasSize(1);
            assertThat(((AgendaRelease) released.get(0)).getNumber()).isEqualTo(round);
            // The event row is locked while publishing, so the second officer waits and then finds the first one's
            // release, rather than racing it to the unique release number.
            assertThat(outcomes).filteredOn(ForumException.class::isInstance).singleElement().satisfies(e -> {
                assertThat(((ForumException) e).kind()).isEqualTo(Kind.CONFLICT);
                assertThat(((ForumException) e).getMessage()).contains("Nothing changed since release " + round);
            });
        }
        assertThat(f.releases.releases(forumId)).extracting(AgendaRelease::getNumber).containsExactly(3, 2, 1);
    }

    /** Two officers, each on an entity manager (a connection) of their own, press "publish" at the same moment. */
    private List<Object> race() throws Exception {
        ForumFixture one = new ForumFixture(DB);
        ForumFixture two = new ForumFixture(DB);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Object>> futures = new ArrayList<>();
            for (ForumFixture officer : List.of(one, two)) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return officer.tx(() -> officer.releases.publish(forumId, null, null));
                    } catch (ForumException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
            for (Future<Object> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
            one.close();
            two.close();
        }
    }
}
