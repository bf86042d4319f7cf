package org.forumprotocol.core.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
 * spelling was not reported are left to transliteration, so they show as suggestions.
 */
@ApplicationScoped
@Transactional
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private EntityManager em;
    private Events events;
    private Delegations delegations;

    protected DemoData() {
    }

    @Inject
    public DemoData(EntityManager em, Events events, Delegations delegations) {
        this.em = em;
        this.events = events;
        this.delegations = delegations;
    }

    /** Loads the sample unless there are events already; returns whether it did. */
    public boolean loadIfEmpty() {
        long existing = em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
        if (existing > 0) {
            return false;
        }
        forum();
        visit();
        LOG.info("Loaded the demonstration data: the Central Asia – Korea II forum in Turkestan and an official visit in Karaganda.");
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
                LocalDate.of(2025, 9, 18), LocalDate.of(2025, 9, 19), "Asia/Almaty", List.of("kk", "ru", "en", "ko"), null));

        Delegation korea = delegation(forum, "KR", texts("Корея Республикасының делегациясы", "Делегация Республики Корея",
                "Delegation of the Republic of Korea", "대한민국 대표단"), "CONFIRMED");
        delegations.addDelegate(korea.getId(), new DelegateDetails(
                names(name("ko", "조", "태익"), name("ru", "Чжо", "Тэ Ик"), name("kk", "Чжо", "Тэ Ик"), name("en", "Jo", "Tae-ik")),
                texts("Корея Республикасының Қазақстан Республикасындағы Төтенше және Өкілетті Елшісі",
                        "Чрезвычайный и Полномочный Посол Республики Корея в Республике Казахстан",
                        "Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Republic of Kazakhstan",
                        "주카자흐스탄 대한민국 특명전권대사"),
                texts("Ұлы мәртебелі", "Его Превосходительство", "H.E.", "각하"), "MALE", "AMBASSADOR",
                LocalDate.of(2023, 5, 10), true, null, "ambassador.demo@example.kr", null, "ko", null, null, null));
        delegations.addDelegate(korea.getId(), new DelegateDetails(
                names(name("ru", "Ю", "Мин Бон"), name("kk", "Ю", "Мин Бон")),
                texts("«GAROK» қауымдастығының бас хатшысы", "Генеральный секретарь ассоциации «GAROK»",
                        "Secretary-General of the GAROK Association", null),
                Map.of(), "MALE", "HEAD_OF_ORGANISATION", null, false, "MEMBER", "garok.demo@example.kr", null, "ko",
                null, null, null));
        delegations.addDelegate(korea.getId(), new DelegateDetails(
                names(name("ru", "Чон", "Ёнг Хва"), name("kk", "Чон", "Ёнг Хва")),
                texts("«Woosong University Kazakhstan» университетінің директоры", "Директор университета «Woosong University Kazakhstan»",
                        "Director of Woosong University Kazakhstan", null),
                Map.of(), "UNSPECIFIED", "HEAD_OF_ORGANISATION", null, false, "MEMBER", "woosong.demo@example.kz", null, "ru",
                null, null, null));

        Delegation kyrgyzstan = delegation(forum, "KG", texts("Қырғыз Республикасының делегациясы", "Делегация Кыргызской Республики",
                "Delegation of the Kyrgyz Republic", null), "CONFIRMED");
        delegations.addDelegate(kyrgyzstan.getId(), new DelegateDetails(
                names(name("ru", "Джээнбаев", "Бактыярбек"), name("kk", "Джээнбаев", "Бактыярбек")),
                texts("Қырғыз Республикасы Министрлер Кабинеті жанындағы Мемлекеттік қызмет және жергілікті өзін-өзі басқару істері жөніндегі мемлекеттік агенттіктің жергілікті өзін-өзі басқаруды дамыту басқармасының басшысы",
                        "Заведующий отделом развития местного самоуправления Государственного агентства по делам государственной службы и местного самоуправления при Кабинете Министров Кыргызской Республики",
                        "Head of the Local Self-Government Development Department, State Agency for Civil Service and Local Self-Government under the Cabinet of Ministers of the Kyrgyz Republic",
                        null),
                Map.of(), "MALE", "OFFICIAL", null, true, null, "kg.demo@example.kg", null, "ru", null, null, null));

        Delegation host = delegation(forum, "KZ", texts("Түркістан облысы", "Туркестанская область", "Turkestan Region", null), "CONFIRMED");
        delegations.addDelegate(host.getId(), new DelegateDetails(
                names(name("kk", "Көшеров", "Нұралхан"), name("ru", "Кушеров", "Нуралхан"), name("en", "Kusherov", "Nuralkhan")),
                texts("Түркістан облысының әкімі", "Аким Туркестанской области", "Akim of Turkestan Region", "투르키스탄주 주지사"),
                texts(null, "Господин", "Mr", null), "MALE", "GOVERNOR", LocalDate.of(2025, 2, 1), true, null,
                "akim.demo@example.kz", null, "kk", null, null, null));
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
