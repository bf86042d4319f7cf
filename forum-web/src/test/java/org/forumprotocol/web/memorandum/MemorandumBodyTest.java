package org.forumprotocol.web.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumDraft;
import org.junit.jupiter.api.Test;

/** The memorandum's JSON as the REST contract writes it, read into a draft; errors named as the client wrote them. */
class MemorandumBodyTest {
    private static final String CONTRACT = """
            {"title":{"ru":"Меморандум","ko":"양해각서"},"languages":["ru","ko"],
             "parties":[{"organization":{"ru":"Карагандинский технический университет","ko":"카라간다 기술대학교"},"country":"kz",
                         "signatory":{"name":{"ru":{"family":"Жаксыбаев","given":"Галым"},"ko":"잭시바예프 갈림"},
                                      "position":{"ru":"Ректор","ko":"총장"}}},
                        {"organisation":{"ru":"Национальный университет Конджу","ko":"국립공주대학교"},"country":"KR",
                         "signatory":{"name":{"ru":"Им Гён Хо","ko":{"family":"임","given":"경호"}},"position":{"ru":"Президент","ko":"총장"}}}],
             "articles":[{"ru":"Стороны сотрудничают.","ko":"양 당사자는 협력한다."},{"ru":"Срок пять лет.","ko":"5년간 유효하다."}],
             "place":{"ru":"Туркестан","ko":"투르키스탄"},"signingDate":"2025-09-18","eventId":"7","version":3}""";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void theContractsShapeBecomesADraftWithNamesWrittenAsEachLanguageWritesThem() {
        MemorandumDraft d = MemorandumBody.read(json(CONTRACT));
        assertThat(d.expectedVersion()).isEqualTo(3);
        assertThat(d.eventId()).isEqualTo(7);
        assertThat(d.articles()).containsEntry("ru", List.of("Стороны сотрудничают.", "Срок пять лет."))
                .containsEntry("ko", List.of("양 당사자는 협력한다.", "5년간 유효하다."));
        MemorandumContent c = Memoranda.validate(d);
        assertThat(c.parties().get(0).signatoryName().in(Language.RU)).isEqualTo("Жаксыбаев Галым");
        assertThat(c.parties().get(0).signatoryName().in(Language.KO)).isEqualTo("잭시바예프 갈림");
        assertThat(c.parties().get(1).signatoryName().in(Language.KO)).isEqualTo("임경호");
        assertThat(c.parties().get(1).organisation().in(Language.KO)).isEqualTo("국립공주대학교");
        assertThat(c.parties().get(0).country()).isEqualTo("KZ");
    }

    @Test
    void shapeErrorsAndTheCoresErrorsAreNamedAsTheBodyNamesThem() {
        ForumException shape = catchThrowableOfType(ForumException.class, () -> MemorandumBody.read(json(
                "{\"title\":\"Меморандум\",\"parties\":{},\"articles\":[\"x\"],\"signingDate\":\"18.09.2025\",\"eventId\":\"seven\",\"colour\":1}")));
        assertThat(shape.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("title", "parties", "articles[0]", "signingDate", "eventId", "colour");

        String missingKorean = CONTRACT.replace("{\"ru\":\"Срок пять лет.\",\"ko\":\"5년간 유효하다.\"}", "{\"ru\":\"Срок пять лет.\"}")
                .replace("\"ko\":\"카라간다 기술대학교\"", "\"ko\":\" \"");
        ForumException core = catchThrowableOfType(ForumException.class,
                () -> { throw MemorandumBody.renamed(catchThrowableOfType(ForumException.class,
                        () -> Memoranda.validate(MemorandumBody.read(json(missingKorean))))); });
        assertThat(core.fieldErrors()).extracting(FieldError::field)
                .contains("articles[1].ko", "parties[0].organization.ko");
    }
}
