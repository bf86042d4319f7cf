package org.forumprotocol.core.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * Which form of a name a list in one language shows: the confirmed one, or a marked suggestion transliterated
 * with ICU from another script. Pure, no database.
 */
class NameFormsTest {
    private static final PersonName JO_KO = new PersonName("조", "태익", true, false);
    private static final PersonName JO_RU = new PersonName("Чжо", "Тэ Ик", true, false);
    private static final PersonName JO_EN = new PersonName("Jo", "Tae-ik", false, false);
    private static final PersonName BULEKPAEV_RU = new PersonName("Булекпаев", "Ермаганбет", true, false);
    private static final PersonName KUSHEROV_KK = new PersonName("Көшеров", "Нұралхан", true, false);
    private static final PersonName HAMSON_EN = new PersonName("Hamson", "Alan", false, false);

    @Test
    void aConfirmedFormIsShownAsItIsAndNeverFlagged() {
        Map<Language, PersonName> all = names(Language.KO, JO_KO, Language.RU, JO_RU, Language.EN, JO_EN,
                Language.KK, new PersonName("Чжо", "Тэ Ик", true, false));

        for (Language language : Language.values()) {
            assertThat(NameForms.in(all, language)).as("%s", language).get().isSameAs(all.get(language))
                    .extracting(PersonName::suggested).isEqualTo(false);
        }
        assertThat(NameForms.in(all, Language.KO).orElseThrow().written(Language.KO)).isEqualTo("조태익");
        assertThat(NameForms.in(all, Language.RU).orElseThrow().written(Language.RU)).isEqualTo("Чжо Тэ Ик");
        assertThat(NameForms.in(all, Language.EN).orElseThrow().written(Language.EN)).isEqualTo("Tae-ik Jo");

        // Only the languages without a confirmed form get a suggestion.
        Map<Language, PersonName> koAndRu = names(Language.KO, JO_KO, Language.RU, JO_RU);
        assertThat(NameForms.in(koAndRu, Language.KO).orElseThrow().suggested()).isFalse();
        assertThat(NameForms.in(koAndRu, Language.RU).orElseThrow().suggested()).isFalse();
        assertThat(NameForms.in(koAndRu, Language.KK).orElseThrow().suggested()).isTrue();
        assertThat(NameForms.in(koAndRu, Language.EN).orElseThrow().suggested()).isTrue();
    }

    @Test
    void aHangulOnlyNameIsSuggestedInRevisedRomanizationForEnglish() {
        PersonName en = NameForms.in(names(Language.KO, JO_KO), Language.EN).orElseThrow();

        assertThat(en.suggested()).isTrue();
        assertThat(en.familyFirst()).isTrue();
        // The given name's syllables joined by a hyphen, as the ambassador's own English form has it.
        assertThat(en.written(Language.EN)).isEqualTo("Jo Tae-ik");

        // Usual family name spellings rather than the system's (Gim, I, Bak).
        assertThat(NameForms.in(names(Language.KO, new PersonName("김", "민준", true, false)), Language.EN).orElseThrow())
                .isEqualTo(new PersonName("Kim", "Min-jun", true, true));
        assertThat(NameForms.in(names(Language.KO, new PersonName("이", "명박", true, false)), Language.EN).orElseThrow().family())
                .isEqualTo("Lee");
        // A two-syllable family name stays one word; final ㅇ is "ng", a following vowel keeps its own letters.
        assertThat(NameForms.in(names(Language.KO, new PersonName("남궁", "민수", true, false)), Language.EN).orElseThrow())
                .isEqualTo(new PersonName("Namgung", "Min-su", true, true));
        assertThat(NameForms.in(names(Language.KO, new PersonName("유", "민봉", true, false)), Language.EN).orElseThrow()
                .written(Language.EN)).isEqualTo("Yu Min-bong");
    }

    @Test
    void aHangulOnlyNameIsSuggestedInCyrillicByTheKontsevichSystem() {
        Map<Language, PersonName> ko = names(Language.KO, JO_KO);

        PersonName ru = NameForms.in(ko, Language.RU).orElseThrow();
        PersonName kk = NameForms.in(ko, Language.KK).orElseThrow();

        assertThat(ru.suggested()).isTrue();
        assertThat(kk).isEqualTo(ru);
        // ㅈ at the start is ч, ㅌ is тх, ㅐ is э; the given name is one word.
        assertThat(ru.written(Language.RU)).isEqualTo("Чо Тхэик");
        // Between vowels ㅂ and ㅈ are voiced: 민봉 → Минбон, 정은 → Чонын; ㅖ after a consonant is е: 혜 → хе.
        assertThat(NameForms.in(names(Language.KO, new PersonName("유", "민봉", true, false)), Language.RU).orElseThrow()
                .written(Language.RU)).isEqualTo("Ю Минбон");
        assertThat(NameForms.in(names(Language.KO, new PersonName("박", "근혜", true, false)), Language.RU).orElseThrow()
                .written(Language.RU)).isEqualTo("Пак Кынхе");
        assertThat(NameForms.in(names(Language.KO, new PersonName("김", "정은", true, false)), Language.RU).orElseThrow()
                .written(Language.RU)).isEqualTo("Ким Чонын");
        // The usual Russian spelling of the family name 이 is Ли, not the system's И.
        assertThat(NameForms.in(names(Language.KO, new PersonName("이", "명박", true, false)), Language.RU).orElseThrow()
                .written(Language.RU)).isEqualTo("Ли Мёнбак");
    }

    @Test
    void aRussianOnlyNameIsSuggestedInBgnLatinForEnglishAndKorean() {
        Map<Language, PersonName> ru = names(Language.RU, BULEKPAEV_RU);

        PersonName en = NameForms.in(ru, Language.EN).orElseThrow();
        assertThat(en).isEqualTo(new PersonName("Bulekpayev", "Yermaganbet", true, true));
        assertThat(NameForms.in(ru, Language.KO)).contains(en);

        // The middle dot BGN puts between т and э is dropped.
        PersonName jo = NameForms.in(names(Language.RU, JO_RU), Language.EN).orElseThrow();
        assertThat(jo).isEqualTo(new PersonName("Chzho", "Te Ik", true, true));
        assertThat(NameForms.in(names(Language.RU, new PersonName("Кушеров", "Нуралхан", true, false)), Language.EN))
                .contains(new PersonName("Kusherov", "Nuralkhan", true, true));
    }

    @Test
    void aRussianFormThatKeepsKazakhLettersStillGivesAnAllLatinSuggestion() {
        // Russian forms of Kazakh names often keep the Kazakh letters: Жеңіс Қасымбек, akim of the Karaganda region.
        PersonName en = NameForms.in(names(Language.RU, new PersonName("Қасымбек", "Жеңіс", true, false)), Language.EN).orElseThrow();

        assertThat(en.suggested()).isTrue();
        assertThat(en.family() + " " + en.given()).matches("[\\p{IsLatin} ]+");
        assertThat(en).isEqualTo(new PersonName("Qasymbek", "Zhengis", true, true));
    }

    @Test
    void aKazakhOnlyNameIsSuggestedInBgnLatinForEnglish() {
        PersonName en = NameForms.in(names(Language.KK, KUSHEROV_KK), Language.EN).orElseThrow();

        assertThat(en).isEqualTo(new PersonName("Kösherov", "Nuralkhan", true, true));
    }

    @Test
    void kazakhAndRussianListsCopyTheOtherCyrillicForm() {
        PersonName kk = NameForms.in(names(Language.RU, BULEKPAEV_RU), Language.KK).orElseThrow();
        assertThat(kk).isEqualTo(new PersonName("Булекпаев", "Ермаганбет", true, true));

        PersonName ru = NameForms.in(names(Language.KK, KUSHEROV_KK), Language.RU).orElseThrow();
        assertThat(ru).isEqualTo(new PersonName("Көшеров", "Нұралхан", true, true));

        // The Cyrillic sibling wins over a confirmed English form.
        PersonName joKk = NameForms.in(names(Language.RU, JO_RU, Language.EN, JO_EN, Language.KO, JO_KO), Language.KK).orElseThrow();
        assertThat(joKk).isEqualTo(JO_RU.asSuggestion());
        assertThat(joKk.written(Language.KK)).isEqualTo("Чжо Тэ Ик");
    }

    @Test
    void anEnglishOnlyNameIsSuggestedInCyrillicForRussianAndKazakh() {
        Map<Language, PersonName> en = names(Language.EN, HAMSON_EN);

        PersonName ru = NameForms.in(en, Language.RU).orElseThrow();
        assertThat(ru).isEqualTo(new PersonName("Хамсон", "Алан", false, true));
        assertThat(ru.written(Language.RU)).isEqualTo("Алан Хамсон");
        assertThat(NameForms.in(en, Language.KK)).contains(ru);

        for (PersonName latin : new PersonName[] {new PersonName("Müller", "Éric", false, false),
                new PersonName("Canesse", "Didier", false, false), JO_EN}) {
            PersonName cyrillic = NameForms.in(names(Language.EN, latin), Language.RU).orElseThrow();
            assertThat(cyrillic.suggested()).isTrue();
            assertThat(cyrillic.family() + cyrillic.given()).as("%s", latin).matches("[\\p{IsCyrillic}-]+");
        }
    }

    @Test
    void aKoreanListShowsTheEnglishFormMarkedForANameWithoutHangul() {
        PersonName ko = NameForms.in(names(Language.EN, HAMSON_EN, Language.RU, new PersonName("Хэмсон", "Алан", true, false)),
                Language.KO).orElseThrow();

        assertThat(ko).isEqualTo(HAMSON_EN.asSuggestion());
        assertThat(ko.written(Language.KO)).isEqualTo("Alan Hamson");
    }

    @Test
    void noNameAtAllSuggestsNothing() {
        for (Language language : Language.values()) {
            assertThat(NameForms.in(new EnumMap<>(Language.class), language)).isEmpty();
        }
    }

    private static Map<Language, PersonName> names(Object... languagesAndNames) {
        Map<Language, PersonName> m = new EnumMap<>(Language.class);
        for (int i = 0; i < languagesAndNames.length; i += 2) {
            m.put((Language) languagesAndNames[i], (PersonName) languagesAndNames[i + 1]);
        }
        return m;
    }
}
