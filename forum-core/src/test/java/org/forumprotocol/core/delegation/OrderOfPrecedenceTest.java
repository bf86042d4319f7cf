package org.forumprotocol.core.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.forumprotocol.core.ForumSamples.ambassadorJo;
import static org.forumprotocol.core.ForumSamples.canada;
import static org.forumprotocol.core.ForumSamples.france;
import static org.forumprotocol.core.ForumSamples.kazakhstan;
import static org.forumprotocol.core.ForumSamples.korea;
import static org.forumprotocol.core.ForumSamples.kyrgyzstan;
import static org.forumprotocol.core.ForumSamples.person;
import static org.forumprotocol.core.ForumSamples.turkestanForum;

import java.time.LocalDate;
import java.util.List;

import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples.Person;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The participant lists of the Turkestan forum, through {@link Delegations#participants}, in order of precedence and by name. */
class OrderOfPrecedenceTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

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

    // --- order of precedence ---

    /** The forum's guests; rank dates are made up. */
    private final class Guests {
        final long jo;
        final long canesse;
        final long hamson;
        final long kusherov;
        final long bulekpaev;
        final long yu;
        final long dzheenbaev;
        final long chon;
        final long pak;

        Guests() {
            long kr = delegation(korea());
            long fr = delegation(france());
            long ca = delegation(canada());
            long kz = delegation(kazakhstan());
            long kg = delegation(kyrgyzstan());
            // Listed deliberately out of order: the database's order (by id) must not leak into the result.
            pak = add(kr, person().name("ru", "Пак", "Ольга").role("INTERPRETER").gender("FEMALE"));
            chon = add(kr, person().name("ru", "Чон", "Ёнг Хва").rank("EXPERT")
                    .position("ru", "Директор Woosong University Kazakhstan"));
            jo = add(kr, ambassadorJo());
            dzheenbaev = add(kg, person().name("ru", "Джээнбаев", "Бактыярбек").rank("OFFICIAL").head()
                    .position("ru", "Начальник управления развития местного самоуправления"));
            bulekpaev = add(kz, person().name("ru", "Булекпаев", "Ермаганбет").rank("GOVERNOR")
                    .position("ru", "Аким Карагандинской области").position("kk", "Қарағанды облысының әкімі"));
            kusherov = add(kz, person().name("kk", "Көшеров", "Нұралхан").name("ru", "Кушеров", "Нуралхан")
                    .name("en", "Kusherov", "Nuralkhan").rank("GOVERNOR", LocalDate.of(2024, 2, 1)).head()
                    .position("kk", "Түркістан облысының әкімі").position("ru", "Аким Туркестанской области"));
            hamson = add(ca, person().name("ru", "Хэмсон", "Алан").name("en", "Hamson", "Alan")
                    .rank("AMBASSADOR", LocalDate.of(2023, 3, 1)).head()
                    .position("en", "Ambassador of Canada to Kazakhstan"));
            yu = add(kr, person().name("ru", "Ю", "Мин Бон").rank("HEAD_OF_ORGANISATION")
                    .position("ru", "Генеральный секретарь ассоциации GAROK"));
            canesse = add(fr, person().name("ru", "Канесс", "Дидье").name("en", "Canesse", "Didier")
                    .rank("AMBASSADOR", LocalDate.of(2021, 9, 1)).head()
                    .position("ru", "Чрезвычайный и Полномочный Посол Франции в Казахстане"));
        }
    }

    @Test
    void rankComesFirstThenTheEarlierRankDateThenTheName() {
        Guests g = new Guests();

        List<Participant> en = participants(Language.EN, ParticipantOrder.PRECEDENCE);

        // Two ambassadors took up their posts on the same day: the name decides (Hamson before Jo in English).
        // Of the two akims, the one with a date goes before the one without; the interpreter has no rank and is last.
        assertThat(en).extracting(Participant::id)
                .containsExactly(g.canesse, g.hamson, g.jo, g.kusherov, g.bulekpaev, g.yu, g.dzheenbaev, g.chon, g.pak);
        assertThat(en).extracting(Participant::precedence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(en).extracting(Participant::manualPrecedence).containsOnly(false);
        assertThat(en).extracting(Participant::rank).containsExactly(Rank.AMBASSADOR, Rank.AMBASSADOR, Rank.AMBASSADOR,
                Rank.GOVERNOR, Rank.GOVERNOR, Rank.HEAD_OF_ORGANISATION, Rank.OFFICIAL, Rank.EXPERT, null);
        assertThat(en.get(0)).satisfies(p -> {
            assertThat(p.displayName()).isEqualTo("Didier Canesse");
            assertThat(p.country()).isEqualTo("FR");
            assertThat(p.role()).isEqualTo(DelegateRole.HEAD);
            // No English position: the host language (Kazakh) has none either, so the first there is.
            assertThat(p.position()).isEqualTo("Чрезвычайный и Полномочный Посол Франции в Казахстане");
        });
    }

    @Test
    void theNameThatBreaksATieIsTheNameInTheListsLanguage() {
        Guests g = new Guests();

        // In Korean, 조태익 (Hangul) comes before the Latin "Hamson"; in Russian and Kazakh Хэмсон comes before Чжо.
        assertThat(participants(Language.KO, ParticipantOrder.PRECEDENCE)).extracting(Participant::id)
                .startsWith(g.canesse, g.jo, g.hamson);
        assertThat(participants(Language.RU, ParticipantOrder.PRECEDENCE)).extracting(Participant::id)
                .startsWith(g.canesse, g.hamson, g.jo);
        assertThat(participants(Language.KK, ParticipantOrder.PRECEDENCE)).extracting(Participant::id)
                .startsWith(g.canesse, g.hamson, g.jo);
    }

    @Test
    void pinnedPlacesOverrideTheComputedOrderAndAreReportedManual() {
        Guests g = new Guests();

        // The host, the akim of the Turkestan region, opens the forum; the interpreter sits next to the first guest.
        f.tx(() -> f.delegations.pinPrecedence(g.kusherov, 1));
        f.tx(() -> f.delegations.pinPrecedence(g.pak, 3));

        List<Participant> en = participants(Language.EN, ParticipantOrder.PRECEDENCE);
        assertThat(en).extracting(Participant::id, Participant::precedence, Participant::manualPrecedence).containsExactly(
                tuple(g.kusherov, 1, true),
                tuple(g.canesse, 2, false),
                tuple(g.pak, 3, true),
                tuple(g.hamson, 4, false),
                tuple(g.jo, 5, false),
                tuple(g.bulekpaev, 6, false),
                tuple(g.yu, 7, false),
                tuple(g.dzheenbaev, 8, false),
                tuple(g.chon, 9, false));

        // A place beyond the end is the last place; unpinning puts the delegate back where the rules say.
        f.tx(() -> f.delegations.pinPrecedence(g.canesse, 10_000));
        f.tx(() -> f.delegations.pinPrecedence(g.pak, null));
        assertThat(participants(Language.EN, ParticipantOrder.PRECEDENCE))
                .extracting(Participant::id, Participant::precedence, Participant::manualPrecedence).containsExactly(
                        tuple(g.kusherov, 1, true),
                        tuple(g.hamson, 2, false),
                        tuple(g.jo, 3, false),
                        tuple(g.bulekpaev, 4, false),
                        tuple(g.yu, 5, false),
                        tuple(g.dzheenbaev, 6, false),
                        tuple(g.chon, 7, false),
                        tuple(g.pak, 8, false),
                        tuple(g.canesse, 9, true));
    }

    @Test
    void delegatesPinnedToTheSamePlaceKeepTheirComputedOrderAndEveryPinIsHonouredAsFarAsPossible() {
        Guests g = new Guests();

        // Two officers pinned both ambassadors of the same day to place 1, and the Kyrgyz official to place 2.
        f.tx(() -> f.delegations.pinPrecedence(g.jo, 1));
        f.tx(() -> f.delegations.pinPrecedence(g.hamson, 1));
        f.tx(() -> f.delegations.pinPrecedence(g.dzheenbaev, 2));

        List<Participant> en = participants(Language.EN, ParticipantOrder.PRECEDENCE);

        assertThat(en).extracting(Participant::id, Participant::precedence, Participant::manualPrecedence).startsWith(
                tuple(g.hamson, 1, true),
                tuple(g.jo, 2, true),
                tuple(g.dzheenbaev, 3, true),
                tuple(g.canesse, 4, false));
        assertThat(en).extracting(Participant::precedence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void theNameListShowsEveryonesPlaceInTheOrderOfPrecedence() {
        Guests g = new Guests();
        f.tx(() -> f.delegations.pinPrecedence(g.kusherov, 1));

        List<Participant> byPrecedence = participants(Language.RU, ParticipantOrder.PRECEDENCE);
        List<Participant> byName = participants(Language.RU, ParticipantOrder.NAME);

        assertThat(byName).containsExactlyInAnyOrderElementsOf(byPrecedence);
        // Булекпаев, Джээнбаев, Канесс, Кушеров, Пак, Хэмсон, Чжо, Чон, Ю.
        assertThat(byName).extracting(Participant::id)
                .containsExactly(g.bulekpaev, g.dzheenbaev, g.canesse, g.kusherov, g.pak, g.hamson, g.jo, g.chon, g.yu);
        assertThat(byName).filteredOn(p -> p.id() == g.kusherov).singleElement()
                .satisfies(p -> assertThat(p.precedence()).isEqualTo(1))
                .satisfies(p -> assertThat(p.manualPrecedence()).isTrue());
    }

    @Test
    void anEventWithoutDelegatesHasAnEmptyListAndAnUnknownEventNone() {
        assertThat(participants(Language.KK, ParticipantOrder.PRECEDENCE)).isEmpty();
        assertThat(participants(Language.KK, ParticipantOrder.NAME)).isEmpty();
        assertThat(f.refused(() -> f.delegations.participants(forumId + 999, Language.KK, ParticipantOrder.NAME)).kind())
                .isEqualTo(Kind.NOT_FOUND);
    }

    // --- by name ---

    @Test
    void aKazakhListFollowsTheKazakhAlphabet() {
        long kz = delegation(kazakhstan());
        // Kazakh family names, one for each letter the Kazakh alphabet puts apart from Russian; each second letter
        // is chosen so that treating Ә as an accented А (and so on) would change the order.
        List<String> kazakhOrder = List.of("Ахметов", "Әбілов", "Гусейнов", "Ғабитов", "Ибраев", "Кушеров", "Қасымбек",
                "Нұрланов", "Ңабиев", "Оспанов", "Өмірзақов", "Усенов", "Ұлықпанов", "Үкібаев", "Хасенов", "Һабибуллин",
                "Ыбыраев", "Ісмайылов");
        // Added in reverse, so the ids are in the opposite order.
        for (int i = kazakhOrder.size() - 1; i >= 0; i--) {
            add(kz, person().name("kk", kazakhOrder.get(i), "Айдар"));
        }

        List<Participant> kk = participants(Language.KK, ParticipantOrder.NAME);

        assertThat(kk).extracting(Participant::displayName)
                .containsExactlyElementsOf(kazakhOrder.stream().map(n -> n + " Айдар").toList());
        assertThat(kk).extracting(Participant::nameSuggested).containsOnly(false);

        // Russian collation keeps І next to И and knows no Kazakh alphabet: the same people in another order.
        List<String> ru = participants(Language.RU, ParticipantOrder.NAME).stream().map(Participant::displayName).toList();
        assertThat(ru.indexOf("Ісмайылов Айдар")).isEqualTo(ru.indexOf("Ибраев Айдар") + 1);
        assertThat(participants(Language.RU, ParticipantOrder.NAME)).extracting(Participant::nameSuggested).containsOnly(true);
    }

    @Test
    void aKoreanListFollowsHangulOrderThenLatin() {
        long kr = delegation(korea());
        long fr = delegation(france());
        long kz = delegation(kazakhstan());
        add(kr, person().name("ko", "한", "지민"));
        add(kr, person().name("ko", "최", "서연"));
        add(fr, person().name("en", "Canesse", "Didier"));
        add(kr, ambassadorJo());
        add(kr, person().name("ko", "이", "도윤"));
        add(kz, person().name("ru", "Булекпаев", "Ермаганбет"));
        add(kr, person().name("ko", "박", "하준"));
        add(kr, person().name("ko", "김", "민준"));

        List<Participant> ko = participants(Language.KO, ParticipantOrder.NAME);

        assertThat(ko).extracting(Participant::displayName, Participant::nameSuggested).containsExactly(
                tuple("김민준", false),
                tuple("박하준", false),
                tuple("이도윤", false),
                tuple("조태익", false),
                tuple("최서연", false),
                tuple("한지민", false),
                tuple("Bulekpayev Yermaganbet", true),
                tuple("Didier Canesse", true));
    }

    @Test
    void anEnglishListFollowsLatinCollationNotCodePoints() {
        long fr = delegation(france());
        long kr = delegation(korea());
        long kz = delegation(kazakhstan());
        add(fr, person().name("en", "Müller", "Éric"));
        add(fr, person().name("en", "Éluard", "Hélène"));
        add(kr, person().name("en", "Kim", "Yuri"));
        add(fr, person().name("en", "Canesse", "Didier"));
        add(kr, ambassadorJo());
        add(kr, person().name("en", "Kim", "Alina"));
        add(fr, person().name("en", "Mueller", "Anna"));
        // Written given-name first by choice: still sorted by the family name.
        add(kz, person().name("ru", "Булекпаев", "Ермаганбет", false));
        add(fr, person().name("en", "de Gaulle", "Anne"));

        List<Participant> en = participants(Language.EN, ParticipantOrder.NAME);

        // By family name, then given name; É sorts with E, ü with u, case does not separate "de Gaulle" from D.
        assertThat(en).extracting(Participant::displayName).containsExactly(
                "Yermaganbet Bulekpayev",
                "Didier Canesse",
                "Anne de Gaulle",
                "Hélène Éluard",
                "Jo Tae-ik",
                "Alina Kim",
                "Yuri Kim",
                "Anna Mueller",
                "Éric Müller");
        assertThat(en).extracting(Participant::nameSuggested)
                .containsExactly(true, false, false, false, false, false, false, false, false);
    }

    @Test
    void displayNameAndSuggestedFlagPerLanguage() {
        long kr = delegation(korea());
        long kz = delegation(kazakhstan());
        long jo = add(kr, ambassadorJo());
        long bulekpaev = add(kz, person().name("ru", "Булекпаев", "Ермаганбет").rank("GOVERNOR")
                .position("ru", "Аким Карагандинской области").position("kk", "Қарағанды облысының әкімі"));

        Participant joKo = only(Language.KO, jo);
        assertThat(joKo.displayName()).isEqualTo("조태익");
        assertThat(joKo.nameSuggested()).isFalse();
        assertThat(joKo.position()).isEqualTo("주카자흐스탄 대한민국 특명전권대사");
        assertThat(joKo.country()).isEqualTo("KR");
        assertThat(joKo.delegationId()).isEqualTo(kr);

        Participant joRu = only(Language.RU, jo);
        assertThat(joRu.displayName()).isEqualTo("Чжо Тэ Ик");
        assertThat(joRu.nameSuggested()).isFalse();

        Participant joEn = only(Language.EN, jo);
        assertThat(joEn.displayName()).isEqualTo("Jo Tae-ik");
        assertThat(joEn.nameSuggested()).isFalse();

        // No Kazakh form: the Russian one, marked; no Kazakh position: the host has none, so English.
        Participant joKk = only(Language.KK, jo);
        assertThat(joKk.displayName()).isEqualTo("Чжо Тэ Ик");
        assertThat(joKk.nameSuggested()).isTrue();
        assertThat(joKk.position()).isEqualTo("Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to Kazakhstan");

        Participant akimKk = only(Language.KK, bulekpaev);
        assertThat(akimKk.displayName()).isEqualTo("Булекпаев Ермаганбет");
        assertThat(akimKk.nameSuggested()).isTrue();
        assertThat(akimKk.position()).isEqualTo("Қарағанды облысының әкімі");

        Participant akimEn = only(Language.EN, bulekpaev);
        assertThat(akimEn.displayName()).contains("Bulekpayev").contains("Yermaganbet");
        assertThat(akimEn.nameSuggested()).isTrue();
        // No English position: the host language's (Kazakh) comes before English and Russian.
        assertThat(akimEn.position()).isEqualTo("Қарағанды облысының әкімі");

        Participant akimRu = only(Language.RU, bulekpaev);
        assertThat(akimRu.displayName()).isEqualTo("Булекпаев Ермаганбет");
        assertThat(akimRu.nameSuggested()).isFalse();
        assertThat(akimRu.position()).isEqualTo("Аким Карагандинской области");
    }

    private Participant only(Language language, long id) {
        return participants(language, ParticipantOrder.NAME).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** Read as a page would: through a fresh entity manager, outside any transaction. */
    private List<Participant> participants(Language language, ParticipantOrder order) {
        return f.fresh(em -> new Delegations(em, new org.forumprotocol.core.event.Events(em, f.audit), f.audit)
                .participants(forumId, language, order));
    }

    private long delegation(DelegationDetails details) {
        return f.tx(() -> f.delegations.addDelegation(forumId, details)).getId();
    }

    private long add(long delegationId, Person person) {
        return f.tx(() -> f.delegations.addDelegate(delegationId, person.details())).getId();
    }
}
