package org.forumprotocol.core.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumprotocol.core.ForumSamples.ambassadorJo;
import static org.forumprotocol.core.ForumSamples.delegation;
import static org.forumprotocol.core.ForumSamples.karagandaVisit;
import static org.forumprotocol.core.ForumSamples.korea;
import static org.forumprotocol.core.ForumSamples.kyrgyzstan;
import static org.forumprotocol.core.ForumSamples.person;
import static org.forumprotocol.core.ForumSamples.texts;
import static org.forumprotocol.core.ForumSamples.turkestanForum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.ForumSamples.Person;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.delegation.DelegateDetails.NameDetails;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.TextRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DelegationsTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private static final LocalDateTime ARRIVAL = LocalDateTime.of(2025, 9, 17, 7, 40);
    private static final LocalDateTime DEPARTURE = LocalDateTime.of(2025, 9, 20, 14, 5);

    private ForumFixture f;
    private long forumId;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
        forumId = f.tx(() -> f.events.create(turkestanForum())).getId();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    // --- delegations ---

    @Test
    void addDelegationStoresItInvitedWithItsLogisticsAndAuditsIt() {
        Delegation added = f.tx(() -> f.delegations.addDelegation(forumId, delegation("kr",
                texts("ru", "Делегация Республики Корея", "ko", "대한민국 대표단", "en", "Delegation of the Republic of Korea"),
                null, ARRIVAL, DEPARTURE)));

        Delegation stored = reloadDelegation(added.getId());
        assertThat(stored.getCountry()).isEqualTo("KR");
        assertThat(stored.getStatus()).isEqualTo(DelegationStatus.INVITED);
        assertThat(stored.getEvent().getId()).isEqualTo(forumId);
        assertThat(stored.getName().in(Language.KO)).isEqualTo("대한민국 대표단");
        assertThat(stored.getSendingOrganisation().isEmpty()).isTrue();
        Logistics logistics = stored.getLogistics();
        assertThat(logistics.getArrivalFlight()).isEqualTo("KC 931");
        assertThat(logistics.getArrivalAt()).isEqualTo(ARRIVAL);
        assertThat(logistics.getDepartureAt()).isEqualTo(DEPARTURE);
        assertThat(logistics.getHotel()).isEqualTo("Rixos Turkistan");
        assertThat(Countries.name(stored.getCountry(), Language.RU)).isEqualTo("Республика Корея");
        List<Delegation> ofForum = f.fresh(em -> services(em).delegationsOf(forumId));
        assertThat(ofForum).extracting(Delegation::getId).containsExactly(added.getId());

        // The host language (Kazakh) has no name: the audit falls back to the first one there is.
        assertThat(f.auditEntries()).last().satisfies(e -> {
            assertThat(e.getEntityType()).isEqualTo("Delegation");
            assertThat(e.getEntityId()).isEqualTo(String.valueOf(added.getId()));
            assertThat(e.getAction()).isEqualTo("CREATE");
            assertThat(e.getActor()).isEqualTo(ForumFixture.OFFICER);
            assertThat(e.getSummary()).isEqualTo("KR Делегация Республики Корея INVITED");
        });
    }

    @Test
    void theStatusIsAChoiceAndAnUnknownOneIsNamed() {
        Delegation confirmed = f.tx(() -> f.delegations.addDelegation(forumId, delegation(" kg ",
                texts("ru", "Делегация Кыргызской Республики"), "confirmed", null, null)));
        assertThat(reloadDelegation(confirmed.getId()).getStatus()).isEqualTo(DelegationStatus.CONFIRMED);
        assertThat(reloadDelegation(confirmed.getId()).getCountry()).isEqualTo("KG");

        ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegation(forumId, delegation("UZ",
                texts("ru", "Делегация Республики Узбекистан"), "POSTPONED", null, null)));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("status");
            assertThat(err.message()).contains("'POSTPONED'").contains("INVITED").contains("CANCELLED");
        });
    }

    @Test
    void anUnknownOrMissingCountryCodeIsNamed() {
        for (String country : Arrays.asList("ZZ", "KOR", "Korea", "K", "  ", null)) {
            ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegation(forumId,
                    delegation(country, texts("ru", "Делегация"))));
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.fieldErrors()).as("country %s", country).extracting(FieldError::field).containsExactly("country");
        }
        assertThat(f.count("delegation")).isZero();
    }

    @Test
    void theDelegationNeedsANameAndCannotLeaveBeforeItArrives() {
        ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegation(forumId,
                delegation("FR", Map.of(), null, DEPARTURE, ARRIVAL)));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).containsExactly(
                new FieldError("name", "is required in at least one language"),
                new FieldError("departureAt", "must not be before arrivalAt"));

        // Arriving and leaving on the same flight time is odd but not wrong; only arrival is fine too.
        f.tx(() -> f.delegations.addDelegation(forumId, delegation("FR", texts("ru", "Посольство Франции"), null, ARRIVAL, ARRIVAL)));
        f.tx(() -> f.delegations.addDelegation(forumId, delegation("CA", texts("ru", "Посольство Канады"), null, ARRIVAL, null)));
        assertThat(f.count("delegation")).isEqualTo(2);
    }

    @Test
    void aDelegationOfAnUnknownEventIsNotFound() {
        ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegation(forumId + 1_000_000, korea()));
        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(f.refused(() -> f.delegations.delegation(-5)).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(f.refused(() -> f.delegations.delegationsOf(-5)).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void updateDelegationChecksTheVersion() {
        Delegation added = f.tx(() -> f.delegations.addDelegation(forumId, korea()));
        long version = reloadDelegation(added.getId()).getVersion();

        f.tx(() -> f.delegations.updateDelegation(added.getId(), new DelegationDetails("KR", texts("ru", "Делегация Республики Корея"),
                texts("en", "Ministry of Foreign Affairs"), "ARRIVED", null, ARRIVAL, null, null, null, null, null,
                "Met at the airport by the deputy akim", version)));
        Delegation updated = reloadDelegation(added.getId());
        assertThat(updated.getStatus()).isEqualTo(DelegationStatus.ARRIVED);
        assertThat(updated.getNotes()).isEqualTo("Met at the airport by the deputy akim");
        assertThat(updated.getVersion()).isGreaterThan(version);

        ForumException stale = f.refusedStoringNothing(() -> f.delegations.updateDelegation(added.getId(),
                new DelegationDetails("KR", texts("ru", "Корея"), Map.of(), "CANCELLED", null, null, null, null, null, null,
                        null, null, version)));
        assertThat(stale.kind()).isEqualTo(Kind.STALE);
        assertThat(f.auditEntries()).extracting(AuditEntry::getAction).containsExactly("CREATE", "CREATE", "UPDATE");
    }

    // --- delegates ---

    @Test
    void addDelegateStoresTheAmbassadorInThreeScriptsAndAuditsIt() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();

        Delegate added = f.tx(() -> f.delegations.addDelegate(korea, ambassadorJo().email(" Jo.TaeIk@MOFA.go.kr ")
                .phone("+82 2 2100 2114").dietaryNeeds("no pork").details()));

        Delegate stored = reloadDelegate(added.getId());
        assertThat(stored.getNames()).containsOnlyKeys(Language.KO, Language.RU, Language.EN);
        assertThat(stored.getNames().get(Language.KO)).isEqualTo(new PersonName("조", "태익", true, false));
        assertThat(stored.getNames().get(Language.RU)).isEqualTo(new PersonName("Чжо", "Тэ Ик", true, false));
        assertThat(stored.getNames().get(Language.EN)).isEqualTo(new PersonName("Jo", "Tae-ik", true, false));
        assertThat(stored.displayName(Language.KO)).isEqualTo("조태익");
        assertThat(stored.displayName(Language.RU)).isEqualTo("Чжо Тэ Ик");
        assertThat(stored.displayName(Language.EN)).isEqualTo("Jo Tae-ik");
        assertThat(stored.getPosition().in(Language.KO)).isEqualTo("주카자흐스탄 대한민국 특명전권대사");
        assertThat(stored.getGender()).isEqualTo(Gender.MALE);
        assertThat(stored.getRank()).isEqualTo(Rank.AMBASSADOR);
        assertThat(stored.getRankSince()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(stored.getRole()).isEqualTo(DelegateRole.HEAD);
        assertThat(stored.isHead()).isTrue();
        assertThat(stored.getEmail()).isEqualTo("jo.taeik@mofa.go.kr");
        assertThat(stored.getPhone()).isEqualTo("+82 2 2100 2114");
        assertThat(stored.getLanguage()).contains(Language.KO);
        assertThat(stored.correspondenceLanguage()).isEqualTo(Language.KO);
        assertThat(stored.getDietaryNeeds()).isEqualTo("no pork");
        assertThat(stored.getAttendance()).isEqualTo(Attendance.UNANSWERED);
        assertThat(stored.getPrecedencePin()).isNull();
        List<Delegate> members = f.fresh(em -> services(em).membersOf(korea));
        assertThat(members).extracting(Delegate::getId).containsExactly(added.getId());

        // Described in the event's host language, Kazakh: no Kazakh form, so the Russian one is suggested.
        assertThat(f.auditEntries()).last().satisfies(e -> {
            assertThat(e.getEntityType()).isEqualTo("Delegate");
            assertThat(e.getEntityId()).isEqualTo(String.valueOf(added.getId()));
            assertThat(e.getAction()).isEqualTo("CREATE");
            assertThat(e.getSummary()).isEqualTo("Чжо Тэ Ик HEAD AMBASSADOR <jo.taeik@mofa.go.kr>");
        });
    }

    @Test
    void lettersGoInTheDelegatesOwnLanguageOnlyWhenTheEventWorksInIt() {
        long visit = f.tx(() -> f.events.create(karagandaVisit())).getId();
        long korea = f.tx(() -> f.delegations.addDelegation(visit, korea())).getId();
        long canada = f.tx(() -> f.delegations.addDelegation(visit, ForumSamples.canada())).getId();

        Delegate jo = f.tx(() -> f.delegations.addDelegate(korea, ambassadorJo().language(" KO ").details()));
        Delegate hamson = f.tx(() -> f.delegations.addDelegate(canada, person().name("en", "Hamson", "Alan")
                .name("ru", "Хэмсон", "Алан").rank("AMBASSADOR").language("en").head().details()));

        assertThat(reloadDelegate(jo.getId()).correspondenceLanguage()).isEqualTo(Language.KO);
        // The visit works in Russian and Korean only: the Canadian ambassador is written to in Russian, the host language.
        assertThat(reloadDelegate(hamson.getId()).getLanguage()).contains(Language.EN);
        assertThat(reloadDelegate(hamson.getId()).correspondenceLanguage()).isEqualTo(Language.RU);
    }

    @Test
    void aNameIsRequiredInAtLeastOneLanguage() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        Map<String, NameDetails> onlyNull = new HashMap<>();
        onlyNull.put("ru", null);

        List<Map<String, NameDetails>> nameless = Arrays.asList(null, Map.of(), onlyNull,
                Map.of("ru", new NameDetails("  ", "", null)), Map.of("en", new NameDetails(null, null, false)));
        for (Map<String, NameDetails> names : nameless) {
            DelegateDetails d = new DelegateDetails(names, Map.of(), Map.of(), null, null, null, null, null, null, null,
                    null, null, null, null);
            ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea, d));
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.fieldErrors()).as("names %s", names)
                    .containsExactly(new FieldError("names", "a name in at least one language is required"));
        }

        // One part is enough: many Indonesian or Mongolian names have no family name.
        Delegate given = f.tx(() -> f.delegations.addDelegate(korea, person().name("en", null, "Sukarno").details()));
        assertThat(reloadDelegate(given.getId()).displayName(Language.EN)).isEqualTo("Sukarno");
    }

    @Test
    void controlCharactersAndBidiOverridesInNamesAreRefusedNamingTheField() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();

        DelegateDetails d = person()
                .name("ru", "Чжо\u0007", "Тэ Ик")
                .name("en", "Jo", "\u202Eki-eaT")
                .name("ko", "\u2066조", "태익")
                .name("kk", "Чжо", "Тэ\nИк")
                .position("en", "Ambassador\u0000")
                .details();
        ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea, d));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactly("names.ru.family", "names.en.given", "names.ko.family", "names.kk.given", "position.en");
        assertThat(e.fieldErrors()).extracting(FieldError::message).containsExactly(
                "must not contain control characters (U+0007)",
                "must not contain bidirectional override characters (U+202E)",
                "must not contain bidirectional override characters (U+2066)",
                "must not contain control characters (U+000A)",
                "must not contain control characters (U+0000)");
        // The bad ones did not count as "a name": the error is about them, not about a missing name.
        assertThat(e.fieldErrors()).extracting(FieldError::field).doesNotContain("names");

        // Each alone, too: the other bidi controls of both ranges, ESC, DEL and the C1 controls (U+0085 is a line
        // break to some programs, U+009B starts a terminal escape sequence).
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u2067', '\u2068', '\u2069', '\u001B', '\u001F',
                '\u007F', '\u0085', '\u009B'}) {
            ForumException one = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea,
                    person().name("ru", "Булекпаев", "Ермаганбет" + c).details()));
            assertThat(one.fieldErrors()).as("U+%04X", (int) c).extracting(FieldError::field).containsExactly("names.ru.given");
        }
    }

    @Test
    void aHugeNameIsRefusedAndNothingIsStored() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        String megabyte = "Ә".repeat(1 << 20);

        ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea,
                person().name("ru", megabyte, "Ермаганбет").details()));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).containsExactly(new FieldError("names.ru.family", "at most " + TextRules.NAME_MAX + " characters"));
        assertThat(e.getMessage()).hasSizeLessThan(200);

        // The longest allowed name is stored whole.
        String longest = "Ә".repeat(TextRules.NAME_MAX);
        Delegate stored = f.tx(() -> f.delegations.addDelegate(korea, person().name("kk", longest, longest)
                .name("ru", longest, longest).name("en", "\"".repeat(TextRules.NAME_MAX), "\\".repeat(TextRules.NAME_MAX))
                .name("ko", "한".repeat(TextRules.NAME_MAX), "국".repeat(TextRules.NAME_MAX)).details()));
        assertThat(reloadDelegate(stored.getId()).getNames().get(Language.KK).family()).isEqualTo(longest);
        assertThat(reloadDelegate(stored.getId()).getNames().get(Language.EN).given()).isEqualTo("\\".repeat(TextRules.NAME_MAX));
    }

    @Test
    void theLongestPositionInEveryLanguageIsRefusedByFieldNotByTheDatabase() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        String longest = "Ж".repeat(TextRules.TEXT_MAX);

        ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea, ambassadorJo()
                .position("kk", longest).position("ru", longest).position("en", longest).position("ko", longest).details()));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("position");
    }

    @Test
    void anInvalidEmailAddressIsNamed() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        for (String email : List.of("jo.taeik", "jo.taeik@", "@mofa.go.kr", "jo taeik@mofa.go.kr", "jo@mofa", "jo@@mofa.go.kr",
                "jo@mofa..kr", "x".repeat(65) + "@mofa.go.kr", "x@" + "m".repeat(260) + ".kr")) {
            ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea,
                    person().name("ru", "Чжо", "Тэ Ик").email(email).details()));
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.fieldErrors()).as(email).extracting(FieldError::field).containsExactly("email");
        }
        ForumException phone = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea,
                person().name("ru", "Чжо", "Тэ Ик").phone("call the embassy").details()));
        assertThat(phone.fieldErrors()).extracting(FieldError::field).containsExactly("phone");
    }

    @Test
    void theSameEmailTwiceInOneEventIsAConflictButAnotherEventIsFine() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        long kazakhstan = f.tx(() -> f.delegations.addDelegation(forumId, ForumSamples.kazakhstan())).getId();
        f.tx(() -> f.delegations.addDelegate(korea, ambassadorJo().details()));

        // Another delegation of the same event, the address typed in other case.
        ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegate(kazakhstan,
                person().name("ru", "Ким", "Алина").email("JO.TAEIK@mofa.go.kr").details()));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.fieldErrors()).containsExactly(new FieldError("email", "already used by another participant of this event"));
        assertThat(e.getMessage()).contains("jo.taeik@mofa.go.kr");

        // The ambassador also visits Karaganda: the same person, the same address, another event.
        long visit = f.tx(() -> f.events.create(karagandaVisit())).getId();
        long koreaInKaraganda = f.tx(() -> f.delegations.addDelegation(visit, korea())).getId();
        Delegate sameAddress = f.tx(() -> f.delegations.addDelegate(koreaInKaraganda, ambassadorJo().details()));
        assertThat(reloadDelegate(sameAddress.getId()).getEmail()).isEqualTo("jo.taeik@mofa.go.kr");

        // Saving a delegate again with its own address is no conflict with itself.
        Delegate again = f.tx(() -> f.delegations.updateDelegate(sameAddress.getId(), ambassadorJo().dietaryNeeds("halal").details()));
        assertThat(reloadDelegate(again.getId()).getDietaryNeeds()).isEqualTo("halal");
        assertThat(f.count("delegate")).isEqualTo(2);
    }

    @Test
    void aSecondHeadIsAConflictButTheHeadItselfCanBeSaved() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        Delegate jo = f.tx(() -> f.delegations.addDelegate(korea, ambassadorJo().details()));

        Person secondHead = person().name("ru", "Ю", "Мин Бон").position("ru", "Генеральный секретарь ассоциации GAROK");
        for (Person p : List.of(secondHead.head(true), person().name("ru", "Ю", "Мин Бон").role("head"))) {
            ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea, p.details()));
            assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
            assertThat(e.fieldErrors()).containsExactly(new FieldError("head", "the delegation already has a head"));
        }

        // Another delegation has a head of its own.
        long kyrgyz = f.tx(() -> f.delegations.addDelegation(forumId, kyrgyzstan())).getId();
        Delegate kyrgyzHead = f.tx(() -> f.delegations.addDelegate(kyrgyz, person().name("ru", "Джээнбаев", "Бактыярбек").head().details()));
        assertThat(reloadDelegate(kyrgyzHead.getId()).isHead()).isTrue();

        // The head edits their own record: still head, no conflict with themselves.
        long version = reloadDelegate(jo.getId()).getVersion();
        f.tx(() -> f.delegations.updateDelegate(jo.getId(), ambassadorJo().position("kk", "Корея Республикасының Қазақстандағы елшісі")
                .version(version).details()));
        Delegate updated = reloadDelegate(jo.getId());
        assertThat(updated.isHead()).isTrue();
        assertThat(updated.getPosition().in(Language.KK)).isEqualTo("Корея Республикасының Қазақстандағы елшісі");

        // Once the head is a member, someone else can be head.
        f.tx(() -> f.delegations.updateDelegate(jo.getId(), ambassadorJo().head(false).details()));
        Delegate yu = f.tx(() -> f.delegations.addDelegate(korea, person().name("ru", "Ю", "Мин Бон").head().details()));
        assertThat(reloadDelegate(yu.getId()).isHead()).isTrue();
        assertThat(reloadDelegate(jo.getId()).getRole()).isEqualTo(DelegateRole.MEMBER);
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsStaleAndAnInvalidOneChangesNothing() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        Delegate jo = f.tx(() -> f.delegations.addDelegate(korea, ambassadorJo().details()));
        long first = reloadDelegate(jo.getId()).getVersion();
        f.tx(() -> f.delegations.updateDelegate(jo.getId(), ambassadorJo().dietaryNeeds("no pork").version(first).details()));

        ForumException stale = f.refusedStoringNothing(() -> f.delegations.updateDelegate(jo.getId(),
                ambassadorJo().dietaryNeeds("vegetarian").version(first).details()));
        assertThat(stale.kind()).isEqualTo(Kind.STALE);

        ForumException invalid = f.refusedStoringNothing(() -> f.delegations.updateDelegate(jo.getId(),
                ambassadorJo().email("not an address").details()));
        assertThat(invalid.kind()).isEqualTo(Kind.INVALID);
        assertThat(reloadDelegate(jo.getId()).getDietaryNeeds()).isEqualTo("no pork");
        assertThat(f.refused(() -> f.delegations.updateDelegate(-1, ambassadorJo().details())).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(f.refused(() -> f.delegations.addDelegate(-1, ambassadorJo().details())).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void markupIsStoredExactlyAsTyped() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        String script = "<script>alert(1)</script>";
        String quotes = "O'Brien \"Bob\" & <b>Sons</b>";

        Delegate added = f.tx(() -> f.delegations.addDelegate(korea, person().name("en", script, quotes, false)
                .position("en", script).formOfAddress("en", "H.E. " + script).dietaryNeeds(script).accessibilityNeeds(quotes)
                .details()));

        Delegate stored = reloadDelegate(added.getId());
        assertThat(stored.getNames().get(Language.EN).family()).isEqualTo(script);
        assertThat(stored.getNames().get(Language.EN).given()).isEqualTo(quotes);
        assertThat(stored.displayName(Language.EN)).isEqualTo(quotes + " " + script);
        assertThat(stored.getPosition().in(Language.EN)).isEqualTo(script);
        assertThat(stored.getFormOfAddress().in(Language.EN)).isEqualTo("H.E. " + script);
        assertThat(stored.getDietaryNeeds()).isEqualTo(script);
        assertThat(stored.getAccessibilityNeeds()).isEqualTo(quotes);
        assertThat(f.rowsByColumn("delegate")).singleElement().satisfies(row -> {
            assertThat(row.get("dietary_needs")).isEqualTo(script);
            assertThat(row.get("names")).contains(script);
        });
    }

    @Test
    void unknownRankGenderRoleAndLanguageValuesAreNamed() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();

        ForumException e = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea, person()
                .name("ru", "Чжо", "Тэ Ик").name("tr", "Jo", "Tae-ik").rank("CONSUL").gender("M").role("DRIVER").language("ky")
                .details()));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("names.tr", "gender", "rank", "role", "language");
        assertThat(e.fieldErrors().get(1).message()).isEqualTo("unknown value 'M'; one of [MALE, FEMALE, UNSPECIFIED]");
        assertThat(e.fieldErrors().get(2).message()).contains("'CONSUL'").contains("AMBASSADOR").contains("GOVERNOR");
        assertThat(e.fieldErrors().get(3).message()).contains("'DRIVER'").contains("INTERPRETER");

        ForumException contradiction = f.refusedStoringNothing(() -> f.delegations.addDelegate(korea,
                person().name("ru", "Чжо", "Тэ Ик").head().role("interpreter").details()));
        assertThat(contradiction.fieldErrors()).containsExactly(new FieldError("role", "contradicts head: true"));

        // Values are case-insensitive; no role means member; no gender means unspecified.
        Delegate interpreter = f.tx(() -> f.delegations.addDelegate(korea, person().name("ru", "Пак", "Ольга")
                .rank(" staff ").gender("female").role("Interpreter").details()));
        Delegate member = f.tx(() -> f.delegations.addDelegate(korea, person().name("ru", "Чон", "Ёнг Хва").rank("expert")
                .details()));
        assertThat(reloadDelegate(interpreter.getId()).getRole()).isEqualTo(DelegateRole.INTERPRETER);
        assertThat(reloadDelegate(interpreter.getId()).getGender()).isEqualTo(Gender.FEMALE);
        assertThat(reloadDelegate(interpreter.getId()).getRank()).isEqualTo(Rank.STAFF);
        assertThat(reloadDelegate(member.getId()).getRole()).isEqualTo(DelegateRole.MEMBER);
        assertThat(reloadDelegate(member.getId()).getGender()).isEqualTo(Gender.UNSPECIFIED);
        // No language of their own: letters go in the event's host language, Kazakh.
        assertThat(reloadDelegate(member.getId()).correspondenceLanguage()).isEqualTo(Language.KK);
    }

    @Test
    void removeDelegateDeletesItWithItsLinksAndAuditsIt() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        Delegate jo = f.tx(() -> f.delegations.addDelegate(korea, ambassadorJo().details()));
        Delegate yu = f.tx(() -> f.delegations.addDelegate(korea, person().name("ru", "Ю", "Мин Бон").details()));
        f.tx(() -> f.links.issue(jo.getId(), null));
        f.tx(() -> f.links.issue(jo.getId(), null));
        f.tx(() -> f.links.issue(yu.getId(), null));

        f.tx(() -> f.delegations.removeDelegate(jo.getId()));

        assertThat(f.count("delegate")).isEqualTo(1);
        assertThat(f.count("delegate_link")).isEqualTo(1);
        assertThat(f.refused(() -> f.delegations.delegate(jo.getId())).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(f.auditEntries()).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("DELETE");
            assertThat(e.getEntityId()).isEqualTo(String.valueOf(jo.getId()));
            assertThat(e.getSummary()).isEqualTo("Чжо Тэ Ик HEAD AMBASSADOR <jo.taeik@mofa.go.kr>");
        });

        ForumException again = f.refusedStoringNothing(() -> f.delegations.removeDelegate(jo.getId()));
        assertThat(again.kind()).isEqualTo(Kind.NOT_FOUND);
        // The head's place is free again.
        f.tx(() -> f.delegations.addDelegate(korea, ambassadorJo().details()));
    }

    @Test
    void pinPrecedenceAcceptsOneToTenThousandOrNothing() {
        long korea = f.tx(() -> f.delegations.addDelegation(forumId, korea())).getId();
        Delegate jo = f.tx(() -> f.delegations.addDelegate(korea, ambassadorJo().details()));

        for (int wrong : new int[] {0, -1, 10_001, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            ForumException e = f.refusedStoringNothing(() -> f.delegations.pinPrecedence(jo.getId(), wrong));
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.fieldErrors()).extracting(FieldError::field).as("%d", wrong).containsExactly("position");
        }

        f.tx(() -> f.delegations.pinPrecedence(jo.getId(), 1));
        assertThat(reloadDelegate(jo.getId()).getPrecedencePin()).isEqualTo(1);
        f.tx(() -> f.delegations.pinPrecedence(jo.getId(), 10_000));
        assertThat(reloadDelegate(jo.getId()).getPrecedencePin()).isEqualTo(10_000);
        f.tx(() -> f.delegations.pinPrecedence(jo.getId(), null));
        assertThat(reloadDelegate(jo.getId()).getPrecedencePin()).isNull();

        assertThat(f.auditEntries()).filteredOn(e -> e.getAction().equals("PRECEDENCE")).extracting(AuditEntry::getSummary)
                .containsExactly("pin: null → 1", "pin: 1 → 10000", "pin: 10000 → null");
        assertThat(f.refused(() -> f.delegations.pinPrecedence(-7, 1)).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    private Delegations services(jakarta.persistence.EntityManager em) {
        return new Delegations(em, new org.forumprotocol.core.event.Events(em, f.audit), f.audit);
    }

    private Delegation reloadDelegation(long id) {
        return f.fresh(em -> services(em).delegation(id));
    }

    private Delegate reloadDelegate(long id) {
        return f.fresh(em -> services(em).delegate(id));
    }
}
