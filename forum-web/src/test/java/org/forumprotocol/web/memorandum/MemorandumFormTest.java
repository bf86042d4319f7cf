package org.forumprotocol.web.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumDraft;
import org.junit.jupiter.api.Test;

/** The draft form as typed, turned into the service's draft; the service's refusals find their inputs. */
class MemorandumFormTest {

    /** A Russian–Korean memorandum of two universities, as an officer would type it. */
    static MemorandumForm filled() {
        MemorandumForm f = MemorandumForm.blank();
        f.setLanguageChoice(List.of("ru", "ko"));
        f.applyLanguages();
        f.getTitle().put("ru", "Меморандум о взаимопонимании");
        f.getTitle().put("ko", "양해각서");
        f.getPlace().put("ru", "Туркестан");
        f.getPlace().put("ko", "투르키스탄");
        f.setSigningDate(LocalDate.of(2025, 9, 18));
        party(f.getParties().get(0), "KZ", "Карагандинский технический университет", "카라간다 기술대학교", "Жаксыбаев Галым", "잭시바예프 갈림");
        party(f.getParties().get(1), "KR", "Национальный университет Конджу", "국립공주대학교", "Им Гён Хо", "임경호");
        f.getArticles().get(0).getText().put("ru", "Стороны развивают обмен студентами.");
        f.getArticles().get(0).getText().put("ko", "양 당사자는 학생 교류를 발전시킨다.");
        return f;
    }

    private static void party(MemorandumForm.PartyForm p, String country, String ru, String ko, String nameRu, String nameKo) {
        p.setCountry(country);
        p.getOrganisation().put("ru", ru);
        p.getOrganisation().put("ko", ko);
        p.getSignatoryName().put("ru", nameRu);
        p.getSignatoryName().put("ko", nameKo);
        p.getSignatoryPosition().put("ru", "Ректор");
        p.getSignatoryPosition().put("ko", "총장");
    }

    @Test
    void aFilledFormIsADraftTheServiceAccepts() {
        MemorandumDraft draft = filled().draft();

        assertThat(draft.languages()).containsExactly("ru", "ko");
        assertThat(draft.expectedVersion()).as("a new draft has no version to check").isNull();
        MemorandumContent c = Memoranda.validate(draft);
        assertThat(c.languages()).containsExactly(Language.RU, Language.KO);
        assertThat(c.parties()).hasSize(2);
        assertThat(c.parties().get(1).organisation().in(Language.KO)).isEqualTo("국립공주대학교");
        assertThat(c.articles(Language.KO)).containsExactly("양 당사자는 학생 교류를 발전시킨다.");
    }

    @Test
    void aNewFormProposesKazakhAndRussianTwoPartiesAndOneArticle() {
        MemorandumForm f = MemorandumForm.blank();
        assertThat(f.getLanguages()).containsExactly("kk", "ru");
        assertThat(f.getParties()).hasSize(2);
        assertThat(f.getArticles()).hasSize(1);
        assertThat(f.isNew()).isTrue();
    }

    @Test
    void languagesKeepTheirOrderNewOnesFollowAndOneCanBePutFirst() {
        MemorandumForm f = MemorandumForm.blank();
        f.setLanguageChoice(List.of("ko", "ru", "kk"));
        f.applyLanguages();
        assertThat(f.getLanguages()).as("kept ones in their order, the new one after them").containsExactly("kk", "ru", "ko");

        f.makeFirst("ko");
        assertThat(f.getLanguages()).containsExactly("ko", "kk", "ru");
        assertThat(f.isFirst("ko")).isTrue();
        assertThat(f.getLanguageChoice()).containsExactly("ko", "kk", "ru");

        f.setLanguageChoice(Arrays.asList("ru", "xx", "ru", null));
        f.applyLanguages();
        assertThat(f.getLanguages()).as("unknown and repeated codes are dropped").containsExactly("ru");
    }

    @Test
    void textsOfAnUntickedLanguageStayInTheFormButAreNotSent() {
        MemorandumForm f = filled();
        f.getTitle().put("en", "Memorandum of understanding");
        f.setLanguageChoice(List.of("ru"));
        f.applyLanguages();

        MemorandumDraft draft = f.draft();
        assertThat(draft.title()).containsOnlyKeys("ru");
        assertThat(draft.articles()).containsOnlyKeys("ru");
        assertThat(draft.parties().get(0).organisation()).containsOnlyKeys("ru");
        assertThat(f.getTitle()).containsKeys("ko", "en");
    }

    @Test
    void aBlankArticleIsSentAsEmptySoThatTheServiceNamesItsNumberAndInput() {
        MemorandumForm f = filled();
        f.addArticle();
        f.getArticles().get(1).getText().put("ru", "Срок действия — пять лет.");
        f.getArticles().get(1).getText().put("ko", "   ");
        f.getParties().get(1).getOrganisation().remove("ko");
        f.getParties().get(0).setCountry(null);
        f.getTitle().put("ko", "");

        ForumException e = catchThrowableOfType(ForumException.class, () -> Memoranda.validate(f.draft()));
        ForumException scoped = PageFields.within(MemorandumForm.SCOPE, e);
        Map<String, String> inputs = f.clientIds("draft");

        assertThat(scoped.fieldErrors()).extracting(FieldError::field).contains("memorandum.articles[1].ko",
                "memorandum.parties[1].organisation.ko", "memorandum.parties[0].country", "memorandum.title.ko");
        assertThat(scoped.fieldErrors()).allSatisfy(error -> assertThat(inputs).as("an input for %s", error.field())
                .containsKey(error.field()));
        assertThat(inputs).containsEntry("memorandum.articles[1].ko", "draft:articles:1:article_ko")
                .containsEntry("memorandum.parties[1].organisation.ko", "draft:parties:1:organisation_ko")
                .containsEntry("memorandum.parties[0].country", "draft:parties:0:country")
                .containsEntry("memorandum.title.ko", "draft:title_ko");
    }

    @Test
    void aPartyWithoutSignatoryIsShownAtTheNameInTheFirstLanguage() {
        MemorandumForm f = filled();
        f.getParties().get(1).getSignatoryName().clear();

        ForumException e = PageFields.within(MemorandumForm.SCOPE,
                catchThrowableOfType(ForumException.class, () -> Memoranda.validate(f.draft())));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("memorandum.parties[1].signatory");
        assertThat(f.clientIds("draft")).containsEntry("memorandum.parties[1].signatory", "draft:parties:1:name_ru");
    }

    @Test
    void partiesMoveEarlierAndTwoAlwaysRemain() {
        MemorandumForm f = filled();
        f.addParty();
        f.getParties().get(2).setCountry("UZ");

        f.moveParty(2);
        assertThat(f.getParties()).extracting(MemorandumForm.PartyForm::getCountry).containsExactly("KZ", "UZ", "KR");
        f.moveParty(0);
        assertThat(f.getParties()).as("the first cannot move earlier").extracting(MemorandumForm.PartyForm::getCountry)
                .containsExactly("KZ", "UZ", "KR");

        f.removeParty(1);
        f.removeParty(0);
        assertThat(f.getParties()).as("a memorandum keeps two parties").extracting(MemorandumForm.PartyForm::getCountry)
                .containsExactly("KZ", "KR");
    }

    @Test
    void removingAnArticleRenumbersTheOthersAndTheFirstStays() {
        MemorandumForm f = filled();
        f.addArticle();
        f.getArticles().get(1).getText().put("ru", "Вторая");
        f.removeArticle(0);
        assertThat(f.getArticles()).hasSize(1);
        assertThat(f.getArticles().get(0).getText()).containsEntry("ru", "Вторая");
        f.removeArticle(0);
        assertThat(f.getArticles()).hasSize(1);
    }

    @Test
    void theTitleForMessagesIsThePageLanguagesElseTheFirst() {
        MemorandumForm f = filled();
        assertThat(f.titleIn("ko")).isEqualTo("양해각서");
        assertThat(f.titleIn("kk")).isEqualTo("Меморандум о взаимопонимании");
    }
}
