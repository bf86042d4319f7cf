package org.forumprotocol.core.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaItemDetails;
import org.forumprotocol.core.agenda.AgendaItemDetails.Interpretation;
import org.forumprotocol.core.agenda.AgendaItemDetails.Speaker;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.agenda.Venue;
import org.forumprotocol.core.agenda.VenueDetails;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateDetails;
import org.forumprotocol.core.delegation.DelegateDetails.NameDetails;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.DelegationDetails;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.EventDetails;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.event.Events;

/**
 * A realistic sample for a newcomer (FORUM_DEMO=true on an empty database): the Central Asia – Korea II
 * forum of local self-government bodies in Turkestan and an official visit of the ambassador of Canada to
 * the akim of Karaganda region, with names and positions as reported in public news. Names whose Hangul
 * spelling was not reported are left to transliteration, so they show as suggestions. The forum's two-day
 * programme is published as release 1; release 2 then moves the signing ceremony, so there is a change log
 * and change notices to look at.
 */
@ApplicationScoped
@Transactional
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 18);
    private static final LocalDate SECOND_DAY = FIRST_DAY.plusDays(1);

    private EntityManager em;
    private Events events;
    private Delegations delegations;
    private AgendaItems agenda;
    private AgendaReleases releases;

    protected DemoData() {
    }

    @Inject
    public DemoData(EntityManager em, Events events, Delegations delegations, AgendaItems agenda, AgendaReleases releases) {
        this.em = em;
        this.events = events;
        this.delegations = delegations;
        this.agenda = agenda;
        this.releases = releases;
    }

    /** Loads the sample unless there are events already; returns whether it did. */
    public boolean loadIfEmpty() {
        long existing = em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
        if (existing > 0) {
            return false;
        }
        forum();
        visit();
        LOG.info("Loaded the demonstration data: the Central Asia – Korea II forum in Turkestan with its programme"
                + " (releases 1 and 2) and an official visit in Karaganda.");
        return true;
    }

    private void forum() {
        Event forum = events.create(new EventDetails(EventKind.FORUM,
                texts("Орталық Азия – Корея II жергілікті өзін-өзі басқару органдарының ынтымақтастық форумы",
                        "Форум сотрудничества органов местного самоуправления «Центральная Азия – Корея II»",
                        "Central Asia – Korea II Forum of Local Self-Government Bodies",
                        "제2회 중앙아시아-한국 지방자치단체 협력 포럼"),
                texts("Түркістан", "Туркестан", "Turkestan", "투르키스탄"),
                texts("Түркістан облысының әкімдігі", "Акимат Туркестанской области", "Akimat of Turkestan Region", null),
                FIRST_DAY, SECOND_DAY, "Asia/Almaty", List.of("kk", "ru", "en", "ko"), null));

        Delegation korea = delegation(forum, "KR", texts("Корея Республикасының делегациясы", "Делегация Республики Корея",
                "Delegation of the Republic of Korea", "대한민국 대표단"), "CONFIRMED");
        Delegate ambassador = delegations.addDelegate(korea.getId(), new DelegateDetails(
                names(name("ko", "조", "태익"), name("ru", "Чжо", "Тэ Ик"), name("kk", "Чжо", "Тэ Ик"), name("en", "Jo", "Tae-ik")),
                texts("Корея Республикасының Қазақстан Республикасындағы Төтенше және Өкілетті Елшісі",
                        "Чрезвычайный и Полномочный Посол Республики Корея в Республике Казахстан",
                        "Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Republic of Kazakhstan",
                        "주카자흐스탄 대한민국 특명전권대사"),
                texts("Ұлы мәртебелі", "Его Превосходительство", "H.E.", "각하"), "MALE", "AMBASSADOR",
                LocalDate.of(2023, 5, 10), true, null, "ambassador.demo@example.kr", null, "ko", null, null, null));
        Delegate garok = delegations.addDelegate(korea.getId(), new DelegateDetails(
                names(name("ru", "Ю", "Мин Бон"), name("kk", "Ю", "Мин Бон")),
                texts("«GAROK» қауымдастығының бас хатшысы", "Генеральный секретарь ассоциации «GAROK»",
                        "Secretary-General of the GAROK Association", null),
                Map.of(), "MALE", "HEAD_OF_ORGANISATION", null, false, "MEMBER", "garok.demo@example.kr", null, "ko",
                null, null, null));
        Delegate woosong = delegations.addDelegate(korea.getId(), new DelegateDetails(
                names(name("ru", "Чон", "Ёнг Хва"), name("kk", "Чон", "Ёнг Хва")),
                texts("«Woosong University Kazakhstan» университетінің директоры", "Директор университета «Woosong University Kazakhstan»",
                        "Director of Woosong University Kazakhstan", null),
                Map.of(), "UNSPECIFIED", "HEAD_OF_ORGANISATION", null, false, "MEMBER", "woosong.demo@example.kz", null, "ru",
                null, null, null));

        Delegation kyrgyzstan = delegation(forum, "KG", texts("Қырғыз Республикасының делегациясы", "Делегация Кыргызской Республики",
                "Delegation of the Kyrgyz Republic", null), "CONFIRMED");
        Delegate kyrgyzHead = delegations.addDelegate(kyrgyzstan.getId(), new DelegateDetails(
                names(name("ru", "Джээнбаев", "Бактыярбек"), name("kk", "Джээнбаев", "Бактыярбек")),
                texts("Қырғыз Республикасы Министрлер Кабинеті жанындағы Мемлекеттік қызмет және жергілікті өзін-өзі басқару істері жөніндегі мемлекеттік агенттіктің жергілікті өзін-өзі басқаруды дамыту басқармасының басшысы",
                        "Заведующий отделом развития местного самоуправления Государственного агентства по делам государственной службы и местного самоуправления при Кабинете Министров Кыргызской Республики",
                        "Head of the Local Self-Government Development Department, State Agency for Civil Service and Local Self-Government under the Cabinet of Ministers of the Kyrgyz Republic",
                        null),
                Map.of(), "MALE", "OFFICIAL", null, true, null, "kg.demo@example.kg", null, "ru", null, null, null));

        Delegation host = delegation(forum, "KZ", texts("Түркістан облысы", "Туркестанская область", "Turkestan Region", null), "CONFIRMED");
        Delegate akim = delegations.addDelegate(host.getId(), new DelegateDetails(
                names(name("kk", "Көшеров", "Нұралхан"), name("ru", "Кушеров", "Нуралхан"), name("en", "Kusherov", "Nuralkhan")),
                texts("Түркістан облысының әкімі", "Аким Туркестанской области", "Akim of Turkestan Region", "투르키스탄주 주지사"),
                texts(null, "Господин", "Mr", null), "MALE", "GOVERNOR", LocalDate.of(2025, 2, 1), true, null,
                "akim.demo@example.kz", null, "kk", null, null, null));

        programme(forum, new Delegation[] {korea, kyrgyzstan, host}, ambassador, garok, woosong, kyrgyzHead, akim);
    }

    /**
     * Two days in Turkestan as the news reported them (the investment presentation, the akim's welcome, the heads'
     * speeches, the meeting with the ambassador, Woosong University's campus), completed with the usual parts of
     * such a forum. Published, then the signing ceremony moved by an hour and published again.
     */
    private void programme(Event forum, Delegation[] all, Delegate ambassador, Delegate garok, Delegate woosong,
                           Delegate kyrgyzHead, Delegate akim) {
        long id = forum.getId();
        Delegation korea = all[0];
        Delegation host = all[2];
        Venue hall = agenda.addVenue(id, new VenueDetails(
                texts("Конгресс-холл", "Конгресс-холл", "Congress Hall", "컨벤션 홀"),
                texts("Түркістан қ., Есім хан даңғылы", "г. Туркестан, проспект Есим хана", "Yesim Khan Avenue, Turkestan", null),
                400, null));
        Venue akimat = agenda.addVenue(id, new VenueDetails(
                texts("Түркістан облысының әкімдігі", "Акимат Туркестанской области", "Akimat of Turkestan Region", "투르키스탄주 청사"),
                texts("Түркістан қ.", "г. Туркестан", "Turkestan", null), null, null));
        Venue campus = agenda.addVenue(id, new VenueDetails(
                texts("Woosong University Kazakhstan кампусы", "Кампус Woosong University Kazakhstan",
                        "Woosong University Kazakhstan campus", "우송대학교 카자흐스탄 캠퍼스"),
                texts("Түркістан қ.", "г. Туркестан", "Turkestan", null), null, null));
        Venue mausoleum = agenda.addVenue(id, new VenueDetails(
                texts("Қожа Ахмет Ясауи кесенесі", "Мавзолей Ходжи Ахмеда Ясави", "Mausoleum of Khoja Ahmed Yasawi", "호자 아흐메드 야사위 영묘"),
                texts("Түркістан қ.", "г. Туркестан", "Turkestan", null), null, null));
        Map<String, String> mainHall = texts("Үлкен зал", "Большой зал", "Main hall", "대회의장");

        add(id, new Slot("BREAK", FIRST_DAY, "08:30", "09:00", texts("Хаттама қызметінің нұсқамасы", "Инструктаж протокольной службы",
                "Protocol staff briefing", null)).venue(hall).room(texts("Баспасөз бөлмесі", "Пресс-комната", "Press room", null))
                .staffNotes("Флаги KZ, KR, KG на сцене; схема рассадки v3 у входа; переводчики ko–kk/ru в кабинах к 09:45")
                .visibility("STAFF"));
        add(id, new Slot("BREAK", FIRST_DAY, "09:30", "10:00", texts("Қатысушыларды тіркеу, қарсы алу кофесі",
                "Регистрация участников, приветственный кофе", "Registration and welcome coffee", "참가자 등록 및 환영 커피"))
                .venue(hall).room(texts("Фойе", "Фойе", "Foyer", "로비")));
        add(id, new Slot("PLENARY", FIRST_DAY, "10:00", "10:10", texts(
                "Форумның ашылуы: «Түркістан – Ұлы Жібек жолындағы халықаралық ынтымақтастық орталығы»",
                "Открытие форума «Туркестан – центр международного сотрудничества на Великом Шёлковом пути»",
                "Opening of the forum “Turkestan – a centre of international cooperation on the Great Silk Road”",
                "포럼 개막: 「투르키스탄 – 위대한 실크로드의 국제 협력 중심지」"))
                .venue(hall).room(mainHall).interpretation("kk", "ru", "ko").visibility("PUBLIC"));
        add(id, new Slot("PLENARY", FIRST_DAY, "10:10", "10:30", texts("Түркістан облысының инвестициялық мүмкіндіктерінің таныстырылымы",
                "Презентация инвестиционных возможностей Туркестанской области",
                "Presentation of the investment opportunities of Turkestan Region", "투르키스탄주 투자 기회 설명회"))
                .venue(hall).room(mainHall).interpretation("kk", "ru", "ko").visibility("PUBLIC"));
        add(id, new Slot("SPEECH", FIRST_DAY, "10:30", "10:45", texts("Түркістан облысы әкімінің алғысөзі",
                "Приветственное слово акима Туркестанской области", "Welcome address by the Akim of Turkestan Region",
                "투르키스탄주 주지사 환영사"))
                .venue(hall).room(mainHall).speakers(akim).interpretation("kk", "ru", "ko").visibility("PUBLIC"));
        add(id, new Slot("SPEECH", FIRST_DAY, "10:45", "11:45", texts("Делегация басшылары мен қонақтардың сөз сөйлеуі",
                "Выступления глав делегаций и гостей форума", "Statements by the heads of delegations and guests",
                "대표단장 및 내빈 발언"))
                .venue(hall).room(mainHall).speakers(ambassador, garok, kyrgyzHead, woosong).interpretation("ko", "kk", "ru")
                .visibility("PUBLIC"));
        add(id, new Slot("PANEL", FIRST_DAY, "12:00", "13:00", texts("Панельдік сессия: жергілікті өзін-өзі басқару – Орталық Азия мен Корея тәжірибесі",
                "Панельная сессия «Местное самоуправление: опыт Центральной Азии и Кореи»",
                "Panel: local self-government – the experience of Central Asia and Korea", "패널 토론: 지방자치 – 중앙아시아와 한국의 경험"))
                .venue(hall).room(mainHall).speakers(kyrgyzHead, woosong).moderators(garok).interpretation("ru", "kk", "ko")
                .visibility("PUBLIC"));
        add(id, new Slot("MEAL", FIRST_DAY, "13:00", "14:00", texts("Түскі ас", "Обед", "Lunch", "오찬"))
                .venue(hall).room(texts("Банкет залы", "Банкетный зал", "Banquet hall", "연회장")));
        add(id, new Slot("BILATERAL_MEETING", FIRST_DAY, "14:30", "15:15", texts(
                "Түркістан облысы әкімінің Корея Республикасының Елшісімен екіжақты кездесуі",
                "Двусторонняя встреча акима Туркестанской области с Послом Республики Корея",
                "Bilateral meeting of the Akim of Turkestan Region with the Ambassador of the Republic of Korea",
                "투르키스탄주 주지사와 주카자흐스탄 대한민국 대사 양자 회담"))
                .venue(akimat).delegations(korea, host).speakers(akim, ambassador).interpretation("ko", "kk")
                .staffNotes("Настольные флаги KZ и KR; переводчик ko–kk за спиной акима"));
        AgendaItemDetails signing = new Slot("SIGNING_CEREMONY", FIRST_DAY, "15:30", "16:00", texts(
                "Ынтымақтастық туралы меморандумға қол қою рәсімі", "Церемония подписания меморандума о сотрудничестве",
                "Signing of the memorandum of cooperation", "협력 양해각서 서명식"))
                .venue(akimat).delegations(korea, host).dressCode("Business formal / Іскерлік ресми").details();
        AgendaItem signingItem = agenda.add(id, signing);
        add(id, new Slot("CULTURAL", FIRST_DAY, "19:00", "21:00", texts("Мәдени бағдарлама және ресми қабылдау",
                "Культурная программа и официальный приём", "Cultural programme and official reception", "문화 공연 및 공식 만찬"))
                .venue(hall).room(texts("Банкет залы", "Банкетный зал", "Banquet hall", "연회장")));
        add(id, new Slot("TRANSFER", SECOND_DAY, "09:30", "10:00", texts("Woosong университетінің кампусына трансфер",
                "Трансфер в кампус университета Woosong", "Transfer to the Woosong University campus", "우송대학교 캠퍼스로 이동"))
                .room(texts("Конгресс-холл алдынан жөнелу", "Отправление от Конгресс-холла", "Departure from the Congress Hall", null)));
        add(id, new Slot("SITE_VISIT", SECOND_DAY, "10:00", "12:00", texts("Woosong университетінің кампусына бару",
                "Посещение кампуса университета Woosong", "Visit to the Woosong University campus", "우송대학교 캠퍼스 방문"))
                .venue(campus).delegations(all).speakers(woosong).interpretation("ko", "kk", "ru"));
        add(id, new Slot("CULTURAL", SECOND_DAY, "15:00", "17:00", texts("Қожа Ахмет Ясауи кесенесіне бару",
                "Посещение мавзолея Ходжи Ахмеда Ясави", "Visit to the Mausoleum of Khoja Ahmed Yasawi", "호자 아흐메드 야사위 영묘 방문"))
                .venue(mausoleum).visibility("PUBLIC"));

        releases.publish(id, 0, "Бағдарламаның бірінші нұсқасы / Первая версия программы");
        agenda.update(signingItem.getId(), at(signing, FIRST_DAY.atTime(16, 30), FIRST_DAY.atTime(17, 0), signingItem.getVersion()));
        releases.publish(id, 1, "Меморандумға қол қою 16:30-ға ауыстырылды / Подписание меморандума перенесено на 16:30");
    }

    private void add(long eventId, Slot slot) {
        agenda.add(eventId, slot.details());
    }

    private static AgendaItemDetails at(AgendaItemDetails d, LocalDateTime startsAt, LocalDateTime endsAt, long version) {
        return new AgendaItemDetails(d.kind(), startsAt, endsAt, d.title(), d.description(), d.venue(), d.room(),
                d.delegations(), d.speakers(), d.moderators(), d.interpretation(), d.dressCode(), d.staffNotes(),
                d.visibility(), version);
    }

    /** One item of the demonstration programme, as an officer would fill in the form; visible to delegates unless said. */
    private static final class Slot {
        private final String kind;
        private final LocalDateTime startsAt;
        private final LocalDateTime endsAt;
        private final Map<String, String> title;
        private String venue;
        private Map<String, String> room = Map.of();
        private final List<String> delegations = new ArrayList<>();
        private final List<Speaker> speakers = new ArrayList<>();
        private final List<String> moderators = new ArrayList<>();
        private Interpretation interpretation;
        private String dressCode;
        private String staffNotes;
        private String visibility = "DELEGATES";

        Slot(String kind, LocalDate day, String from, String to, Map<String, String> title) {
            this.kind = kind;
            this.startsAt = day.atTime(LocalTime.parse(from));
            this.endsAt = day.atTime(LocalTime.parse(to));
            this.title = title;
        }

        Slot venue(Venue v) {
            venue = String.valueOf(v.getId());
            return this;
        }

        Slot room(Map<String, String> r) {
            room = r;
            return this;
        }

        Slot delegations(Delegation... ds) {
            for (Delegation d : ds) {
                delegations.add(String.valueOf(d.getId()));
            }
            return this;
        }

        /** Speakers in the order of precedence, whatever order they are given in. */
        Slot speakers(Delegate... ds) {
            for (Delegate d : ds) {
                speakers.add(new Speaker(String.valueOf(d.getId()), false));
            }
            return this;
        }

        Slot moderators(Delegate... ds) {
            for (Delegate d : ds) {
                moderators.add(String.valueOf(d.getId()));
            }
            return this;
        }

        Slot interpretation(String from, String... to) {
            interpretation = new Interpretation(from, List.of(to));
            return this;
        }

        Slot dressCode(String code) {
            dressCode = code;
            return this;
        }

        Slot staffNotes(String notes) {
            staffNotes = notes;
            return this;
        }

        Slot visibility(String v) {
            visibility = v;
            return this;
        }

        AgendaItemDetails details() {
            return new AgendaItemDetails(kind, startsAt, endsAt, title, Map.of(), venue, room, delegations, speakers,
                    moderators, interpretation, dressCode, staffNotes, visibility, null);
        }
    }

    private void visit() {
        Event visit = events.create(new EventDetails(EventKind.OFFICIAL_VISIT,
                texts("Канаданың Қазақстандағы елшісінің Қарағанды облысына ресми сапары",
                        "Официальный визит Посла Канады в Казахстане в Карагандинскую область",
                        "Official visit of the Ambassador of Canada to Karaganda Region", null),
                texts("Қарағанды", "Караганда", "Karaganda", "카라간다"),
                texts("Қарағанды облысының әкімдігі", "Акимат Карагандинской области", "Akimat of Karaganda Region", null),
                LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 15), "Asia/Almaty", List.of("ru", "kk", "en"), null));
        Delegation canada = delegation(visit, "CA", texts("Канада делегациясы", "Делегация Канады", "Delegation of Canada", null), "CONFIRMED");
        delegations.addDelegate(canada.getId(), new DelegateDetails(
                names(name("en", "Hamson", "Alan"), name("ru", "Хэмсон", "Алан")),
                texts("Канаданың Қазақстандағы Төтенше және Өкілетті Елшісі", "Чрезвычайный и Полномочный Посол Канады в Казахстане",
                        "Ambassador Extraordinary and Plenipotentiary of Canada to Kazakhstan", null),
                texts("Ұлы мәртебелі", "Его Превосходительство", "H.E.", null), "MALE", "AMBASSADOR", null, true, null,
                "canada.demo@example.ca", null, "en", null, null, null));
        Delegation karaganda = delegation(visit, "KZ", texts("Қарағанды облысы", "Карагандинская область", "Karaganda Region", null), "CONFIRMED");
        delegations.addDelegate(karaganda.getId(), new DelegateDetails(
                names(name("kk", "Бүлекпаев", "Ермағанбет"), name("ru", "Булекпаев", "Ермаганбет")),
                texts("Қарағанды облысының әкімі", "Аким Карагандинской области", "Akim of Karaganda Region", null),
                Map.of(), "MALE", "GOVERNOR", null, true, null, "karaganda.demo@example.kz", null, "ru", null, null, null));
    }

    private Delegation delegation(Event event, String country, Map<String, String> name, String status) {
        return delegations.addDelegation(event.getId(), new DelegationDetails(country, name, Map.of(), status,
                null, null, null, null, null, null, null, null, null));
    }

    private static Map<String, String> texts(String kk, String ru, String en, String ko) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "kk", kk);
        put(m, "ru", ru);
        put(m, "en", en);
        put(m, "ko", ko);
        return m;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private record Named(String language, NameDetails name) {
    }

    private static Named name(String language, String family, String given) {
        return new Named(language, new NameDetails(family, given, null));
    }

    private static Map<String, NameDetails> names(Named... names) {
        Map<String, NameDetails> m = new LinkedHashMap<>();
        for (Named n : names) {
            m.put(n.language(), n.name());
        }
        return m;
    }
}
