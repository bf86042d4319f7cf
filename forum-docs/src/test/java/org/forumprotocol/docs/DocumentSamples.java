package org.forumprotocol.docs;

import static org.forumprotocol.core.ForumSamples.person;
import static org.forumprotocol.core.ForumSamples.texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.ForumSamples.Person;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.event.Event;

/**
 * Events to print: the Central Asia – Korea II forum in Turkestan with delegations whose members are written in
 * Kazakh, Russian, English and Hangul, and a large forum of generated delegates for the volume tests.
 */
public final class DocumentSamples {
    /** A line that uses every letter Kazakh adds to Russian, in both cases. */
    public static final String KAZAKH_LETTERS = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ";

    private DocumentSamples() {
    }

    /** The forum and the delegates created for it. */
    public record Forum(Event event, Delegate akim, Delegate kazakhMember, Delegate ambassador, Delegate koreanMember,
                        Delegate kyrgyzHead, Delegate canadian) {
    }

    public static Forum turkestan(ForumFixture f) {
        return f.tx(() -> {
            Event event = f.events.create(ForumSamples.turkestanForum());
            long id = event.getId();
            Delegation kz = f.delegations.addDelegation(id, ForumSamples.delegation("KZ", texts(
                    "kk", "Түркістан облысының делегациясы", "ru", "Делегация Туркестанской области",
                    "en", "Delegation of the Turkestan Region", "ko", "투르키스탄 주 대표단")));
            Delegation kr = f.delegations.addDelegation(id, ForumSamples.korea());
            Delegation kg = f.delegations.addDelegation(id, ForumSamples.kyrgyzstan());
            Delegation ca = f.delegations.addDelegation(id, ForumSamples.canada());

            Delegate akim = add(f, kz, person().name("kk", "Әбілқайыров", "Ғалымжан").name("ru", "Абулхаиров", "Галымжан")
                    .name("en", "Abilkaiyrov", "Galymzhan", false)
                    .position("kk", "Түркістан облысының әкімі").position("ru", "Аким Туркестанской области")
                    .position("en", "Akim of the Turkestan Region").position("ko", "투르키스탄 주지사 (Түркістан облысының әкімі)")
                    .formOfAddress("kk", "Құрметті").gender("MALE").rank("GOVERNOR", LocalDate.of(2022, 10, 1)).head()
                    .language("kk").email("akim@example.kz"));
            Delegate kazakhMember = add(f, kz, person().name("kk", "Үсенова", "Ұлжан Іңкәрқызы").name("ru", "Усенова", "Улжан")
                    .position("kk", "Халықаралық ынтымақтастық бөлімінің басшысы (국제협력과장)")
                    .position("ru", "Руководитель отдела международного сотрудничества")
                    .gender("FEMALE").rank("OFFICIAL").language("ru").email("usenova@example.kz"));
            Delegate ambassador = add(f, kr, ForumSamples.ambassadorJo()
                    .position("kk", "Корея Республикасының Қазақстандағы Төтенше және Өкілетті Елшісі")
                    .formOfAddress("ru", "Его Превосходительство").formOfAddress("en", "H.E.").formOfAddress("ko", "각하"));
            Delegate koreanMember = add(f, kr, person().name("ko", "박", "지민").name("en", "Park", "Ji-min", true)
                    .position("ko", "대한민국 지방자치단체 국제교류 담당관").position("en", "International Exchange Officer")
                    .gender("FEMALE").rank("EXPERT").role("PRESS").language("ko").email("park@example.kr"));
            Delegate kyrgyzHead = add(f, kg, person().name("kk", "Қасымов", "Нұрлан").name("ru", "Касымов", "Нурлан")
                    .position("ru", "Заместитель министра иностранных дел Кыргызской Республики")
                    .gender("MALE").rank("DEPUTY_MINISTER", LocalDate.of(2021, 4, 2)).head().language("ru")
                    .email("kasymov@example.kg"));
            Delegate canadian = add(f, ca, person().name("en", "Wilson", "Margaret").position("en", "Ambassador of Canada to Kazakhstan")
                    .position("ru", "Посол Канады в Республике Казахстан").formOfAddress("en", "H.E.")
                    .gender("FEMALE").rank("AMBASSADOR", LocalDate.of(2024, 1, 15)).head().language("en")
                    .email("wilson@example.ca"));
            return new Forum(event, akim, kazakhMember, ambassador, koreanMember, kyrgyzHead, canadian);
        });
    }

    private static Delegate add(ForumFixture f, Delegation delegation, Person person) {
        return f.delegations.addDelegate(delegation.getId(), person.details());
    }

    /**
     * A forum of {@code delegations} delegations of {@code perDelegation} delegates each, named in all four
     * scripts, with every rank and role; for the volume tests and measurements.
     */
    public static Event large(ForumFixture f, int delegations, int perDelegation) {
        String[] countries = {"KZ", "KR", "KG", "UZ", "TJ", "TM", "RU", "CN", "JP", "US", "CA", "FR", "DE", "GB", "TR", "IN",
            "AZ", "MN", "IT", "ES", "PL", "AE", "SA", "EG"};
        String[] kkFamilies = {"Әбілқайыров", "Қоңырбаев", "Үсенова", "Нұрланов", "Өтепов", "Ғаббасов", "Іңкәрова", "Шаһанов"};
        String[] ruFamilies = {"Абулхаиров", "Конырбаев", "Усенова", "Нурланов", "Утепов", "Габбасов", "Инкарова", "Шаханов"};
        String[] koFamilies = {"김", "이", "박", "최", "정", "강", "조", "윤"};
        String[] koGiven = {"민준", "서연", "지호", "하은", "도윤", "수아", "태익", "지민"};
        org.forumprotocol.core.delegation.Rank[] ranks = org.forumprotocol.core.delegation.Rank.values();
        String[] roles = {"MEMBER", "INTERPRETER", "SECURITY", "PRESS", "STAFF"};
        return f.tx(() -> {
            Event event = f.events.create(ForumSamples.turkestanForum());
            for (int d = 0; d < delegations; d++) {
                String country = countries[d % countries.length];
                Delegation delegation = f.delegations.addDelegation(event.getId(), ForumSamples.delegation(country,
                        texts("kk", "Делегация №" + (d + 1), "ru", "Делегация № " + (d + 1), "en", "Delegation " + (d + 1),
                                "ko", "대표단 " + (d + 1))));
                List<Person> people = new ArrayList<>();
                for (int m = 0; m < perDelegation; m++) {
                    int i = d * perDelegation + m;
                    Person p = person().name("kk", kkFamilies[i % 8] + i, "Ұлан").name("ru", ruFamilies[i % 8] + i, "Улан")
                            .name("en", "Family" + i, "Given").name("ko", koFamilies[i % 8], koGiven[(i / 8) % 8])
                            .position("kk", "Қызметкер " + i).position("ru", "Сотрудник " + i).position("en", "Officer " + i)
                            .position("ko", "담당관 " + i).gender(i % 2 == 0 ? "MALE" : "FEMALE")
                            .rank(ranks[i % ranks.length].name(), LocalDate.of(2020, 1, 1).plusDays(i)).language(new String[] {"kk", "ru", "en", "ko"}[i % 4])
                            .email("delegate" + i + "@example.org");
                    people.add(m == 0 ? p.head() : p.role(roles[m % roles.length]));
                }
                people.forEach(p -> f.delegations.addDelegate(delegation.getId(), p.details()));
            }
            return event;
        });
    }
}
