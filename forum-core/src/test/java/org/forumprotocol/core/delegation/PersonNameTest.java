package org.forumprotocol.core.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.Test;

/** How one written form of a name is put together; pure, no database. */
class PersonNameTest {

    @Test
    void aKoreanNameInHangulIsWrittenWithoutASpaceInKorean() {
        PersonName jo = new PersonName("조", "태익", true, false);

        assertThat(jo.written(Language.KO)).isEqualTo("조태익");
        // A two-syllable family name too.
        assertThat(new PersonName("남궁", "민수", true, false).written(Language.KO)).isEqualTo("남궁민수");
        // Outside a Korean list the parts stay apart.
        assertThat(jo.written(Language.EN)).isEqualTo("조 태익");
        assertThat(jo.written(Language.KK)).isEqualTo("조 태익");
    }

    @Test
    void aLatinOrMixedNameInAKoreanListKeepsItsSpace() {
        assertThat(new PersonName("Jo", "Tae-ik", true, false).written(Language.KO)).isEqualTo("Jo Tae-ik");
        assertThat(new PersonName("조", "Tae-ik", true, false).written(Language.KO)).isEqualTo("조 Tae-ik");
        assertThat(new PersonName("Hamson", "Alan", false, false).written(Language.KO)).isEqualTo("Alan Hamson");
    }

    @Test
    void cyrillicFormsAreWrittenFamilyFirstWithASpace() {
        assertThat(new PersonName("Чжо", "Тэ Ик", true, false).written(Language.RU)).isEqualTo("Чжо Тэ Ик");
        assertThat(new PersonName("Чжо", "Тэ Ик", true, false).written(Language.KK)).isEqualTo("Чжо Тэ Ик");
        assertThat(new PersonName("Көшеров", "Нұралхан", true, false).written(Language.KK)).isEqualTo("Көшеров Нұралхан");
        // In running text a Kazakh name is given-first.
        assertThat(new PersonName("Қасымбек", "Жеңіс", false, false).written(Language.KK)).isEqualTo("Жеңіс Қасымбек");
    }

    @Test
    void englishIsGivenFirstUnlessThePersonWritesFamilyFirst() {
        assertThat(new PersonName("Jo", "Tae-ik", false, false).written(Language.EN)).isEqualTo("Tae-ik Jo");
        assertThat(new PersonName("Jo", "Tae-ik", true, false).written(Language.EN)).isEqualTo("Jo Tae-ik");
        assertThat(new PersonName("Müller", "Éric", false, false).written(Language.EN)).isEqualTo("Éric Müller");
        assertThat(new PersonName("Canesse", "Didier", false, false).written(Language.EN)).isEqualTo("Didier Canesse");
    }

    @Test
    void aMissingPartLeavesNoStraySpace() {
        assertThat(new PersonName("", "Sukarno", false, false).written(Language.EN)).isEqualTo("Sukarno");
        assertThat(new PersonName(null, "Sukarno", true, false).written(Language.KO)).isEqualTo("Sukarno");
        assertThat(new PersonName("Булекпаев", "", true, false).written(Language.RU)).isEqualTo("Булекпаев");
        assertThat(new PersonName("조", null, true, false).written(Language.KO)).isEqualTo("조");
        assertThat(new PersonName(null, null, true, false).written(Language.KO)).isEmpty();
    }

    @Test
    void theDefaultOrderComesFromTheLanguage() {
        assertThat(Language.KO.familyNameFirst()).isTrue();
        assertThat(Language.RU.familyNameFirst()).isTrue();
        assertThat(Language.KK.familyNameFirst()).isTrue();
        assertThat(Language.EN.familyNameFirst()).isFalse();
    }

    @Test
    void asSuggestionMarksTheFormAndKeepsEverythingElse() {
        PersonName confirmed = new PersonName("Чжо", "Тэ Ик", true, false);

        PersonName suggested = confirmed.asSuggestion();

        assertThat(suggested).isEqualTo(new PersonName("Чжо", "Тэ Ик", true, true));
        assertThat(suggested.written(Language.RU)).isEqualTo(confirmed.written(Language.RU));
        assertThat(confirmed.suggested()).isFalse();
    }
}
