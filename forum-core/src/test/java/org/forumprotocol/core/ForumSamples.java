package org.forumprotocol.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.agenda.AgendaItemDetails;
import org.forumprotocol.core.agenda.AgendaItemDetails.Interpretation;
import org.forumprotocol.core.agenda.AgendaItemDetails.Speaker;
import org.forumprotocol.core.agenda.VenueDetails;
import org.forumprotocol.core.delegation.DelegateDetails;
import org.forumprotocol.core.delegation.DelegateDetails.NameDetails;
import org.forumprotocol.core.delegation.DelegationDetails;
import org.forumprotocol.core.event.EventDetails;
import org.forumprotocol.core.event.EventKind;

/**
 * Realistic input, taken from the public news the product grew from (shared/seeds): the Central Asia – Korea II
 * forum of local self-government bodies in Turkestan, and the ambassadors received by the akims of the Karaganda
 * and Turkestan regions. Dates of taking up a rank are made up for the tests.
 */
public final class ForumSamples {
    public static final LocalDate FORUM_OPENS = LocalDate.of(2025, 9, 18);
    public static final LocalDate FORUM_CLOSES = LocalDate.of(2025, 9, 19);

    private ForumSamples() {
    }

    /** The Central Asia – Korea II forum in Turkestan, working in Kazakh (host), Russian, English and Korean. */
    public static EventDetails turkestanForum() {
        return new EventDetails(EventKind.FORUM,
                texts("kk", "Орталық Азия – Корея ІІ ынтымақтастық форумы",
                        "ru", "II Форум сотрудничества «Центральная Азия – Корея»",
                        "en", "Central Asia – Korea Cooperation Forum II",
                        "ko", "제2차 중앙아시아-한국 협력 포럼"),
                texts("kk", "Түркістан", "ru", "Туркестан", "en", "Turkestan", "ko", "투르키스탄"),
                texts("kk", "Түркістан облысының әкімдігі", "ru", "Акимат Туркестанской области"),
                FORUM_OPENS, FORUM_CLOSES, "Asia/Almaty", List.of("kk", "ru", "en", "ko"), null);
    }

    /** The Korean ambassador's visit to the Karaganda region, working in Russian (host) and Korean. */
    public static EventDetails karagandaVisit() {
        return new EventDetails(EventKind.OFFICIAL_VISIT,
                texts("ru", "Визит Посла Республики Корея в Карагандинскую область", "ko", "주카자흐스탄 대한민국 대사 카라간다주 방문"),
                texts("ru", "Караганда"), texts("ru", "Акимат Карагандинской области"),
                LocalDate.of(2024, 9, 20), LocalDate.of(2024, 9, 21), null, List.of("ru", "ko"), null);
    }

    public static EventDetails event(Map<String, String> title, LocalDate startsOn, LocalDate endsOn, String timeZone,
                                     List<String> languages) {
        return new EventDetails(EventKind.FORUM, title, Map.of(), Map.of(), startsOn, endsOn, timeZone, languages, null);
    }

    public static EventDetails withVersion(EventDetails d, Long version) {
        return new EventDetails(d.kind(), d.title(), d.city(), d.hostOrganisation(), d.startsOn(), d.endsOn(),
                d.timeZone(), d.languages(), version);
    }

    public static DelegationDetails korea() {
        return delegation("KR", texts("ru", "Делегация Республики Корея", "en", "Delegation of the Republic of Korea",
                "ko", "대한민국 대표단"));
    }

    public static DelegationDetails kazakhstan() {
        return delegation("KZ", texts("kk", "Қазақстан Республикасының делегациясы", "ru", "Делегация Республики Казахстан"));
    }

    public static DelegationDetails kyrgyzstan() {
        return delegation("KG", texts("kk", "Қырғыз Республикасының делегациясы", "ru", "Делегация Кыргызской Республики"));
    }

    public static DelegationDetails france() {
        return delegation("FR", texts("ru", "Посольство Франции", "en", "Embassy of France"));
    }

    public static DelegationDetails canada() {
        return delegation("CA", texts("ru", "Посольство Канады", "en", "Embassy of Canada"));
    }

    public static DelegationDetails delegation(String country, Map<String, String> name) {
        return new DelegationDetails(country, name, Map.of(), null, null, null, null, null, null, null, null, null, null);
    }

    public static DelegationDetails delegation(String country, Map<String, String> name, String status,
                                               LocalDateTime arrivalAt, LocalDateTime departureAt) {
        return new DelegationDetails(country, name, Map.of(), status, "KC 931", arrivalAt, "Turkistan (HSA)", "KC 932",
                departureAt, "Turkistan (HSA)", "Rixos Turkistan", null, null);
    }

    /** Ambassador Jo Tae-ik in Hangul, Russian Cyrillic and English (family name first, as he writes it). */
    public static Person ambassadorJo() {
        return person().name("ko", "조", "태익").name("ru", "Чжо", "Тэ Ик").name("en", "Jo", "Tae-ik", true)
                .position("ru", "Чрезвычайный и полномочный посол Республики Корея в Казахстане")
                .position("en", "Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to Kazakhstan")
                .position("ko", "주카자흐스탄 대한민국 특명전권대사")
                .gender("MALE").rank("AMBASSADOR", LocalDate.of(2023, 3, 1)).head().email("jo.taeik@mofa.go.kr")
                .language("ko");
    }

    public static Person person() {
        return new Person();
    }

    /** Pairs of language code and text, in order; null texts are kept (a client may send them). */
    public static Map<String, String> texts(String... codesAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codesAndTexts.length; i += 2) {
            m.put(codesAndTexts[i], codesAndTexts[i + 1]);
        }
        return m;
    }

    /** A delegate as an officer types it, built up field by field. */
    public static final class Person {
        private final Map<String, NameDetails> names = new LinkedHashMap<>();
        private final Map<String, String> position = new LinkedHashMap<>();
        private final Map<String, String> formOfAddress = new LinkedHashMap<>();
        private String gender;
        private String rank;
        private LocalDate rankSince;
        private Boolean head;
        private String role;
        private String email;
        private String phone;
        private String language;
        private String dietaryNeeds;
        private String accessibilityNeeds;
        private Long expectedVersion;

        private Person() {
        }

        public Person name(String code, String family, String given) {
            names.put(code, new NameDetails(family, given, null));
            return this;
        }

        public Person name(String code, String family, String given, Boolean familyFirst) {
            names.put(code, new NameDetails(family, given, familyFirst));
            return this;
        }

        public Person nameDetails(String code, NameDetails details) {
            names.put(code, details);
            return this;
        }

        public Person noNames() {
            names.clear();
            return this;
        }

        public Person position(String code, String text) {
            position.put(code, text);
            return this;
        }

        public Person formOfAddress(String code, String text) {
            formOfAddress.put(code, text);
            return this;
        }

        public Person gender(String gender) {
            this.gender = gender;
            return this;
        }

        public Person rank(String rank) {
            this.rank = rank;
            return this;
        }

        public Person rank(String rank, LocalDate since) {
            this.rank = rank;
            this.rankSince = since;
            return this;
        }

        public Person head() {
            this.head = true;
            return this;
        }

        public Person head(Boolean head) {
            this.head = head;
            return this;
        }

        public Person role(String role) {
            this.role = role;
            return this;
        }

        public Person email(String email) {
            this.email = email;
            return this;
        }

        public Person phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Person language(String language) {
            this.language = language;
            return this;
        }

        public Person dietaryNeeds(String dietaryNeeds) {
            this.dietaryNeeds = dietaryNeeds;
            return this;
        }

        public Person accessibilityNeeds(String accessibilityNeeds) {
            this.accessibilityNeeds = accessibilityNeeds;
            return this;
        }

        public Person version(Long expectedVersion) {
            this.expectedVersion = expectedVersion;
            return this;
        }

        public DelegateDetails details() {
            return new DelegateDetails(new LinkedHashMap<>(names), new LinkedHashMap<>(position),
                    new LinkedHashMap<>(formOfAddress), gender, rank, rankSince, head, role, email, phone, language,
                    dietaryNeeds, accessibilityNeeds, expectedVersion);
        }
    }

    /** The congress hall the forum's plenary sessions are held in. */
    public static VenueDetails congressHall() {
        return new VenueDetails(texts("kk", "Конгресс-холл", "ru", "Конгресс-холл", "en", "Congress Hall", "ko", "컨벤션 홀"),
                texts("kk", "Түркістан қ., Есім хан даңғылы", "ru", "г. Туркестан, проспект Есим хана"), 400, null);
    }

    /** The Turkestan campus of Woosong University, visited on the second day. */
    public static VenueDetails woosongCampus() {
        return new VenueDetails(texts("kk", "Вусонг университетінің кампусы", "ru", "Кампус Университета Вусонг",
                "en", "Woosong University campus", "ko", "우송대학교 캠퍼스"), texts("ru", "г. Туркестан"), null, null);
    }

    /** An agenda item of the forum on its first day, from {@code from} to {@code to} (HH:mm). */
    public static Item item(String kind, String from, String to) {
        return new Item(kind, FORUM_OPENS.atTime(java.time.LocalTime.parse(from)), FORUM_OPENS.atTime(java.time.LocalTime.parse(to)));
    }

    /** An agenda item as an officer types it, built up field by field. */
    public static final class Item {
        private String kind;
        private LocalDateTime startsAt;
        private LocalDateTime endsAt;
        private final Map<String, String> title = new LinkedHashMap<>();
        private final Map<String, String> description = new LinkedHashMap<>();
        private String venue;
        private final Map<String, String> room = new LinkedHashMap<>();
        private final List<String> delegations = new ArrayList<>();
        private final List<Speaker> speakers = new ArrayList<>();
        private final List<String> moderators = new ArrayList<>();
        private Interpretation interpretation;
        private String dressCode;
        private String staffNotes;
        private String visibility;
        private Long expectedVersion;

        private Item(String kind, LocalDateTime startsAt, LocalDateTime endsAt) {
            this.kind = kind;
            this.startsAt = startsAt;
            this.endsAt = endsAt;
        }

        public Item kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Item at(LocalDateTime startsAt, LocalDateTime endsAt) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            return this;
        }

        public Item title(String code, String text) {
            title.put(code, text);
            return this;
        }

        public Item description(String code, String text) {
            description.put(code, text);
            return this;
        }

        public Item venue(Object id) {
            this.venue = id == null ? null : String.valueOf(id);
            return this;
        }

        public Item room(String code, String text) {
            room.put(code, text);
            return this;
        }

        public Item delegation(Object id) {
            delegations.add(String.valueOf(id));
            return this;
        }

        /** A speaker placed by the order of precedence. */
        public Item speaker(Object id) {
            speakers.add(new Speaker(String.valueOf(id), false));
            return this;
        }

        /** A speaker fixed by hand at this place of the list. */
        public Item manualSpeaker(Object id) {
            speakers.add(new Speaker(String.valueOf(id), true));
            return this;
        }

        public Item moderator(Object id) {
            moderators.add(String.valueOf(id));
            return this;
        }

        public Item interpretation(String from, String... to) {
            this.interpretation = new Interpretation(from, List.of(to));
            return this;
        }

        public Item dressCode(String dressCode) {
            this.dressCode = dressCode;
            return this;
        }

        public Item staffNotes(String staffNotes) {
            this.staffNotes = staffNotes;
            return this;
        }

        public Item visibility(String visibility) {
            this.visibility = visibility;
            return this;
        }

        public Item version(Long expectedVersion) {
            this.expectedVersion = expectedVersion;
            return this;
        }

        public AgendaItemDetails details() {
            return new AgendaItemDetails(kind, startsAt, endsAt, new LinkedHashMap<>(title), new LinkedHashMap<>(description),
                    venue, new LinkedHashMap<>(room), new ArrayList<>(delegations), new ArrayList<>(speakers),
                    new ArrayList<>(moderators), interpretation, dressCode, staffNotes, visibility, expectedVersion);
        }
    }
}
