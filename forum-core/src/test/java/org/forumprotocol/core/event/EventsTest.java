package org.forumprotocol.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumprotocol.core.ForumSamples.FORUM_CLOSES;
import static org.forumprotocol.core.ForumSamples.FORUM_OPENS;
import static org.forumprotocol.core.ForumSamples.event;
import static org.forumprotocol.core.ForumSamples.texts;
import static org.forumprotocol.core.ForumSamples.turkestanForum;
import static org.forumprotocol.core.ForumSamples.withVersion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.i18n.TextRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventsTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private static final String KAZAKH_LETTERS = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";

    private ForumFixture f;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    // --- creating ---

    @Test
    void createStoresTheForumWithItsWorkingLanguagesAndAuditsIt() {
        Event created = f.tx(() -> f.events.create(turkestanForum()));

        assertThat(created.getId()).isPositive();
        Event stored = reload(created.getId());
        assertThat(stored.getKind()).isEqualTo(EventKind.FORUM);
        assertThat(stored.getTitle().in(Language.KK)).isEqualTo("Орталық Азия – Корея ІІ ынтымақтастық форумы");
        assertThat(stored.getTitle().in(Language.KO)).isEqualTo("제2차 중앙아시아-한국 협력 포럼");
        assertThat(stored.getCity().asMap()).containsEntry(Language.EN, "Turkestan").hasSize(4);
        assertThat(stored.getHostOrganisation().asMap()).containsOnlyKeys(Language.KK, Language.RU);
        assertThat(stored.getStartsOn()).isEqualTo(FORUM_OPENS);
        assertThat(stored.getEndsOn()).isEqualTo(FORUM_CLOSES);
        assertThat(stored.getTimeZone()).isEqualTo(ZoneId.of("Asia/Almaty"));
        assertThat(stored.getLanguages()).containsExactly(Language.KK, Language.RU, Language.EN, Language.KO);
        assertThat(stored.hostLanguage()).isEqualTo(Language.KK);
        List<Event> all = f.fresh(em -> new Events(em, f.audit).list());
        assertThat(all).extracting(Event::getId).containsExactly(created.getId());

        List<AuditEntry> audit = f.auditEntries();
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(ForumFixture.OFFICER);
            assertThat(e.getEntityType()).isEqualTo("Event");
            assertThat(e.getEntityId()).isEqualTo(String.valueOf(created.getId()));
            assertThat(e.getAction()).isEqualTo("CREATE");
            assertThat(e.getOccurredAt()).isEqualTo(ForumFixture.T0);
            assertThat(e.getSummary()).isEqualTo("FORUM Орталық Азия – Корея ІІ ынтымақтастық форумы 2025-09-18–2025-09-19 "
                    + "Asia/Almaty [kk, ru, en, ko]");
        });
    }

    @Test
    void theTimeZoneDefaultsToAlmatyAndTheFirstLanguageIsTheHostLanguage() {
        Event noZone = f.tx(() -> f.events.create(event(texts("ru", "Визит посла Франции"), FORUM_OPENS, FORUM_OPENS, null,
                List.of("ru", "en"))));
        Event blankZone = f.tx(() -> f.events.create(event(texts("en", "Visit of the Ambassador of Canada"), FORUM_OPENS,
                FORUM_OPENS, "   ", List.of(" EN ", "Kk"))));
        Event seoul = f.tx(() -> f.events.create(event(texts("ko", "중앙아시아-한국 협력 포럼"), FORUM_OPENS, FORUM_CLOSES,
                " Asia/Seoul ", List.of("ko", "kk", "ru"))));

        assertThat(reload(noZone.getId()).getTimeZone()).isEqualTo(ZoneId.of("Asia/Almaty"));
        assertThat(reload(noZone.getId()).hostLanguage()).isEqualTo(Language.RU);
        assertThat(reload(blankZone.getId()).getTimeZone()).isEqualTo(ZoneId.of("Asia/Almaty"));
        assertThat(reload(blankZone.getId()).getLanguages()).containsExactly(Language.EN, Language.KK);
        Event korean = reload(seoul.getId());
        assertThat(korean.getTimeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(korean.hostLanguage()).isEqualTo(Language.KO);
        assertThat(korean.isWorkingLanguage(Language.KK)).isTrue();
        assertThat(korean.isWorkingLanguage(Language.EN)).isFalse();
    }

    @Test
    void aTitleIsRequiredInAtLeastOneLanguage() {
        for (Map<String, String> title : Arrays.asList(null, Map.<String, String>of(), texts("kk", "   "), texts("ru", null))) {
            ForumException e = f.refusedStoringNothing(() -> f.events.create(event(title, FORUM_OPENS, FORUM_CLOSES, null,
                    List.of("kk", "ru"))));
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.fieldErrors()).as("title %s", title)
                    .containsExactly(new FieldError("title", "is required in at least one language"));
        }
        assertThat(f.count("forum_event")).isZero();
        assertThat(f.count("audit_entry")).isZero();
    }

    @Test
    void theLastDayMustNotBeBeforeTheFirst() {
        ForumException e = f.refusedStoringNothing(() -> f.events.create(event(texts("kk", "Форум"), FORUM_CLOSES,
                FORUM_OPENS, null, List.of("kk"))));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).containsExactly(new FieldError("endsOn", "must not be before startsOn"));

        // A one-day meeting is fine.
        Event oneDay = f.tx(() -> f.events.create(event(texts("kk", "Кездесу"), FORUM_OPENS, FORUM_OPENS, null, List.of("kk"))));
        assertThat(reload(oneDay.getId()).getEndsOn()).isEqualTo(FORUM_OPENS);

        ForumException missing = f.refusedStoringNothing(() -> f.events.create(event(texts("kk", "Форум"), null, null, null,
                List.of("kk"))));
        assertThat(missing.fieldErrors()).extracting(FieldError::field).containsExactly("startsOn", "endsOn");
    }

    @Test
    void anUnknownTimeZoneIsNamed() {
        // There is no Asia/Turkestan: the city keeps Asia/Almaty's (or Qyzylorda's) time.
        for (String zone : List.of("Asia/Turkestan", "Mars/Olympus_Mons", "GMT+5:xx")) {
            ForumException e = f.refusedStoringNothing(() -> f.events.create(event(texts("kk", "Форум"), FORUM_OPENS,
                    FORUM_CLOSES, zone, List.of("kk"))));
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.fieldErrors()).singleElement().satisfies(err -> {
                assertThat(err.field()).isEqualTo("timeZone");
                assertThat(err.message()).contains("'" + zone + "'").contains("Asia/Almaty");
            });
        }
    }

    @Test
    void unknownAndRepeatedLanguageCodesAreNamedByTheirIndex() {
        ForumException unknown = f.refusedStoringNothing(() -> f.events.create(event(texts("kk", "Форум"), FORUM_OPENS,
                FORUM_CLOSES, null, List.of("kk", "tr", "ru", "kz"))));
        assertThat(unknown.kind()).isEqualTo(Kind.INVALID);
        assertThat(unknown.fieldErrors()).extracting(FieldError::field).containsExactly("languages[1]", "languages[3]");
        assertThat(unknown.fieldErrors().get(0).message()).contains("'tr'").contains("kk, ru, en, ko");

        ForumException twice = f.refusedStoringNothing(() -> f.events.create(event(texts("kk", "Форум"), FORUM_OPENS,
                FORUM_CLOSES, null, List.of("ru", "kk", "RU"))));
        assertThat(twice.fieldErrors()).containsExactly(new FieldError("languages[2]", "'RU' is listed twice"));

        for (List<String> none : Arrays.asList(null, List.<String>of())) {
            ForumException e = f.refusedStoringNothing(() -> f.events.create(event(texts("kk", "Форум"), FORUM_OPENS,
                    FORUM_CLOSES, null, none)));
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("languages");
        }
    }

    @Test
    void aBlankLanguageCodeIsNamedAndNeverLeavesAnEventWithoutLanguages() {
        ForumException onlyBlank = f.refusedStoringNothing(() -> f.events.create(event(texts("kk", "Форум"), FORUM_OPENS,
                FORUM_CLOSES, null, List.of("  "))));
        assertThat(onlyBlank.kind()).isEqualTo(Kind.INVALID);
        assertThat(onlyBlank.fieldErrors()).extracting(FieldError::field).containsExactly("languages[0]");

        ForumException blankAmongOthers = f.refusedStoringNothing(() -> f.events.create(event(texts("kk", "Форум"),
                FORUM_OPENS, FORUM_CLOSES, null, Arrays.asList("kk", "", null))));
        assertThat(blankAmongOthers.fieldErrors()).extracting(FieldError::field).containsExactly("languages[1]", "languages[2]");
    }

    @Test
    void aTitleInALanguageTheEventDoesNotWorkInIsRefused() {
        ForumException e = f.refusedStoringNothing(() -> f.events.create(event(
                texts("ru", "Визит посла Кореи", "en", "Visit of the Ambassador of Korea", "ko", "대사 방문"),
                FORUM_OPENS, FORUM_CLOSES, null, List.of("ru", "kk"))));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).containsExactly(
                new FieldError("title.en", "is not one of the event's working languages"),
                new FieldError("title.ko", "is not one of the event's working languages"));

        ForumException unknownCode = f.refusedStoringNothing(() -> f.events.create(event(texts("ru", "Визит", "tr", "Ziyaret"),
                FORUM_OPENS, FORUM_CLOSES, null, List.of("ru"))));
        assertThat(unknownCode.fieldErrors()).extracting(FieldError::field).containsExactly("title.tr");
    }

    @Test
    void everyProblemOfOneFormIsReportedAtOnce() {
        EventDetails wrong = new EventDetails(null, texts("en", "Forum\u0007", "kk", "Форум"), texts("ru", "Туркестан\u202E"),
                Map.of(), FORUM_CLOSES, FORUM_OPENS, "Asia/Turkestan", List.of("kk", "xx", "kk"), null);

        ForumException e = f.refusedStoringNothing(() -> f.events.create(wrong));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.getMessage()).isEqualTo("The event cannot be saved: 7 fields are not valid");
        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactly("kind", "title.en", "city.ru", "endsOn", "timeZone", "languages[1]", "languages[2]");
    }

    @Test
    void theLongestAllowedTitleInEveryWorkingLanguageIsEitherStoredOrRefusedByField() {
        String kk = "Ә".repeat(TextRules.TEXT_MAX);
        String ru = "Ж".repeat(TextRules.TEXT_MAX);
        String en = "\"".repeat(TextRules.TEXT_MAX);
        String ko = "한".repeat(TextRules.TEXT_MAX);
        EventDetails longest = event(texts("kk", kk, "ru", ru, "en", en, "ko", ko), FORUM_OPENS, FORUM_CLOSES, null,
                List.of("kk", "ru", "en", "ko"));

        ForumException e = f.refusedStoringNothing(() -> f.events.create(longest));

        // Four texts of the longest length do not fit the column together: the officer is told which field,
        // rather than the database refusing the row.
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("title");
            assertThat(err.message()).startsWith("too long in all languages together").endsWith("at most 4000");
        });

        // What fits is stored exactly.
        String shorter = "Ә".repeat(900);
        Event stored = f.tx(() -> f.events.create(event(texts("kk", shorter, "ru", "Ж".repeat(900), "en", "E".repeat(900),
                "ko", "한".repeat(900)), FORUM_OPENS, FORUM_CLOSES, null, List.of("kk", "ru", "en", "ko"))));
        assertThat(reload(stored.getId()).getTitle().in(Language.KK)).isEqualTo(shorter);
    }

    // --- changing ---

    @Test
    void updateChangesTheEventAndAuditsBeforeAndAfter() {
        Event created = f.tx(() -> f.events.create(turkestanForum()));
        long version = reload(created.getId()).getVersion();

        EventDetails moved = new EventDetails(EventKind.FORUM,
                texts("kk", "Орталық Азия – Корея ІІ форумы", "ru", "Форум «Центральная Азия – Корея»"),
                texts("kk", "Түркістан"), Map.of(), FORUM_OPENS.plusDays(1), FORUM_CLOSES.plusDays(1), "Asia/Qyzylorda",
                List.of("ru", "kk"), version);
        f.clock.advance(java.time.Duration.ofHours(2));
        f.tx(() -> f.events.update(created.getId(), moved));

        Event stored = reload(created.getId());
        assertThat(stored.getVersion()).isGreaterThan(version);
        assertThat(stored.getTitle().asMap()).containsOnlyKeys(Language.KK, Language.RU);
        assertThat(stored.getCity().asMap()).containsOnlyKeys(Language.KK);
        assertThat(stored.getHostOrganisation().isEmpty()).isTrue();
        assertThat(stored.getStartsOn()).isEqualTo(LocalDate.of(2025, 9, 19));
        assertThat(stored.getTimeZone()).isEqualTo(ZoneId.of("Asia/Qyzylorda"));
        assertThat(stored.getLanguages()).containsExactly(Language.RU, Language.KK);
        assertThat(stored.hostLanguage()).isEqualTo(Language.RU);

        List<AuditEntry> audit = f.auditEntries();
        assertThat(audit).extracting(AuditEntry::getAction).containsExactly("CREATE", "UPDATE");
        AuditEntry update = audit.get(1);
        assertThat(update.getEntityId()).isEqualTo(String.valueOf(created.getId()));
        assertThat(update.getActor()).isEqualTo(ForumFixture.OFFICER);
        assertThat(update.getOccurredAt()).isEqualTo(ForumFixture.T0.plusSeconds(7200));
        assertThat(update.getSummary()).isEqualTo(
                "FORUM Орталық Азия – Корея ІІ ынтымақтастық форумы 2025-09-18–2025-09-19 Asia/Almaty [kk, ru, en, ko]"
                        + " → FORUM Форум «Центральная Азия – Корея» 2025-09-19–2025-09-20 Asia/Qyzylorda [ru, kk]");

        // Without an expected version the change is simply applied.
        f.tx(() -> f.events.update(created.getId(), withVersion(turkestanForum(), null)));
        assertThat(reload(created.getId()).getLanguages()).containsExactly(Language.KK, Language.RU, Language.EN, Language.KO);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAsStale() {
        Event created = f.tx(() -> f.events.create(turkestanForum()));
        long first = reload(created.getId()).getVersion();
        EventDetails extended = turkestanForum();
        extended = new EventDetails(extended.kind(), extended.title(), extended.city(), extended.hostOrganisation(),
                extended.startsOn(), FORUM_CLOSES.plusDays(1), extended.timeZone(), extended.languages(), first);
        EventDetails byFirstOfficer = extended;
        f.tx(() -> f.events.update(created.getId(), byFirstOfficer));
        long second = reload(created.getId()).getVersion();
        assertThat(second).isGreaterThan(first);

        // A second officer still has the first version open and saves.
        EventDetails outdated = withVersion(event(texts("kk", "Ескі атау"), FORUM_OPENS, FORUM_CLOSES, null, List.of("kk")), first);
        ForumException e = f.refusedStoringNothing(() -> f.events.update(created.getId(), outdated));

        assertThat(e.kind()).isEqualTo(Kind.STALE);
        assertThat(e.getMessage()).contains("Event " + created.getId()).contains("reload");
        Event stored = reload(created.getId());
        assertThat(stored.getVersion()).isEqualTo(second);
        assertThat(stored.getTitle().in(Language.KK)).isEqualTo("Орталық Азия – Корея ІІ ынтымақтастық форумы");
        assertThat(f.auditEntries()).extracting(AuditEntry::getAction).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void anInvalidChangeLeavesTheEventAsItWas() {
        Event created = f.tx(() -> f.events.create(turkestanForum()));
        long version = reload(created.getId()).getVersion();

        ForumException e = f.refusedStoringNothing(() -> f.events.update(created.getId(), event(texts("en", "Forum"),
                FORUM_CLOSES, FORUM_OPENS, null, List.of("kk"))));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("endsOn", "title.en");
        assertThat(reload(created.getId()).getVersion()).isEqualTo(version);
    }

    @Test
    void unknownEventsAreNotFound() {
        ForumException e = f.refusedStoringNothing(() -> f.events.update(404_404L, turkestanForum()));
        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("Event 404404 does not exist");
        assertThat(f.refused(() -> f.events.get(-1)).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    // --- text in the forum's scripts ---

    @Test
    void kazakhHangulAndAccentedLatinTextComesBackUnchanged() {
        String kk = "Орталық Азия – Корея ІІ ынтымақтастық форумы: " + KAZAKH_LETTERS;
        String ru = "Форум «Центральная Азия – Корея», Туркестан — ёж, Ёлкин";
        String en = "Opening address by Éric Müller, Zoë Ørsted & Łukasz Żółć — naïve façade";
        String ko = "제2차 중앙아시아-한국 협력 포럼 · 조태익 대사 환영사";
        EventDetails details = new EventDetails(EventKind.MEETING, texts("kk", kk, "ru", ru, "en", en, "ko", ko),
                texts("kk", "Түркістан", "ko", "투르키스탄"), texts("en", "Akimat of Turkistan Region — «Ұлы Жібек жолы»"),
                FORUM_OPENS, FORUM_CLOSES, null, List.of("kk", "ru", "en", "ko"), null);

        Event created = f.tx(() -> f.events.create(details));

        Event stored = reload(created.getId());
        assertThat(stored.getTitle().asMap()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Language.KK, kk, Language.RU, ru, Language.EN, en, Language.KO, ko));
        assertThat(stored.getCity().in(Language.KO)).isEqualTo("투르키스탄");
        assertThat(stored.getCity().in(Language.KK)).isEqualTo("Түркістан");
        assertThat(stored.getHostOrganisation().in(Language.EN)).isEqualTo("Akimat of Turkistan Region — «Ұлы Жібек жолы»");
        // The audit summary, a plain column, keeps the Kazakh letters too.
        assertThat(f.auditEntries()).singleElement().extracting(AuditEntry::getSummary).asString().contains(KAZAKH_LETTERS);
    }

    @Test
    void textIsStoredTrimmedAndInCanonicalComposedForm() {
        // "Éric Müller" typed with combining accents (as some keyboards and PDFs produce it), with spaces around.
        String decomposed = "  E\u0301ric Mu\u0308ller  ";
        // Kazakh "Қайырлы" with its й typed as и + combining breve.
        String kazakh = "Қаи\u0306ырлы";

        Event created = f.tx(() -> f.events.create(event(texts("en", decomposed, "kk", kazakh), FORUM_OPENS, FORUM_CLOSES,
                null, List.of("en", "kk"))));

        LocalizedText title = reload(created.getId()).getTitle();
        assertThat(title.in(Language.EN)).isEqualTo("Éric Müller").isEqualTo("\u00C9ric M\u00FCller");
        assertThat(title.in(Language.KK)).isEqualTo("Қайырлы").isEqualTo("\u049A\u0430\u0439\u044B\u0440\u043B\u044B");
    }

    private Event reload(long id) {
        return f.fresh(em -> new Events(em, f.audit).get(id));
    }
}
