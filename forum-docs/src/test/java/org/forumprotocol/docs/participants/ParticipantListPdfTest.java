package org.forumprotocol.docs.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.DocumentSamples.Forum;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParticipantListPdfTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private Forum forum;

    @BeforeEach
    void forum() {
        f = new ForumFixture(DB);
        forum = DocumentSamples.turkestan(f);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private byte[] list(Event event, Language language, ParticipantOrder order) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long id = event.getId();
        ParticipantListPdf.write(event, f.delegations.delegationsOf(id), f.delegations.participants(id, language, order),
                f.delegations.delegatesOf(id), language, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageGivesAPdfA2uWithEveryNameInItsScript(Language language) {
        byte[] pdf = PdfChecks.keep("participants-" + language.code() + ".pdf", list(forum.event(), language, ParticipantOrder.PRECEDENCE));
        PdfChecks.assertPdfA2u(pdf, language.code());
        String text = PdfChecks.words(pdf);
        switch (language) {
            case KK -> assertThat(text).contains("Қатысушылар тізімі", "Әбілқайыров Ғалымжан", "Үсенова Ұлжан Іңкәрқызы",
                    "Қасымов Нұрлан", "Чжо Тэ Ик", "Түркістан облысының әкімі", "Делегация басшысы",
                    "Халықаралық ынтымақтастық бөлімінің басшысы (국제협력과장)");
            case RU -> assertThat(text).contains("Список участников", "Абулхаиров Галымжан", "Усенова Улжан", "Касымов Нурлан",
                    "Чжо Тэ Ик", "Глава делегации", "Аким Туркестанской области");
            case EN -> assertThat(text).contains("List of participants", "Galymzhan Abilkaiyrov", "Jo Tae-ik", "Park Ji-min",
                    "Margaret Wilson", "Head of delegation", "Ambassador Extraordinary and Plenipotentiary");
            case KO -> assertThat(text).contains("참가자 명단", "조태익", "박지민", "대표단장", "투르키스탄 주지사 (Түркістан облысының әкімі)");
        }
        assertThat(PdfChecks.fontNames(pdf)).anySatisfy(n -> assertThat(n).contains("NotoSans"));
        if (language == Language.KO || language == Language.KK) {
            assertThat(PdfChecks.fontNames(pdf)).as("Hangul needs the second font").anySatisfy(n -> assertThat(n).contains("NanumGothic"));
        }
    }

    @Test
    void delegationsFollowTheirHeadsPrecedenceAndTheHeadComesFirst() {
        String text = PdfChecks.words(list(forum.event(), Language.RU, ParticipantOrder.NAME));
        // Korea's head is an ambassador since 2023, Canada's since 2024; then the akim (governor), then a deputy minister.
        assertThat(text.indexOf("Чжо Тэ Ик")).isLessThan(text.indexOf("Уилсон")).isPositive();
        assertThat(text.indexOf("Уилсон")).isLessThan(text.indexOf("Абулхаиров Галымжан"));
        assertThat(text.indexOf("Абулхаиров Галымжан")).isLessThan(text.indexOf("Усенова Улжан"));
        assertThat(text.indexOf("Усенова Улжан")).isLessThan(text.indexOf("Касымов Нурлан"));
        assertThat(text).contains("Делегация Республики Корея", "Страница 1 из 1");
        // Names a list has only as a transliteration are marked, and the mark is explained.
        assertThat(text).contains("Уилсон Маргарет *", "Пак Чимин *", "* Имя передано транслитерацией");
    }

    @Test
    void fourHundredDelegatesFillPagesNumberedOfTheTotal() {
        Event large = DocumentSamples.large(f, 20, 20);
        for (Language language : Language.values()) {
            byte[] pdf = list(large, language, ParticipantOrder.PRECEDENCE);
            int pages = PdfChecks.pages(pdf);
            assertThat(pages).isGreaterThan(5);
            String text = PdfChecks.words(pdf);
            String last = switch (language) {
                case KK -> pages + "-бет, барлығы " + pages;
                case RU -> "Страница " + pages + " из " + pages;
                case EN -> "Page " + pages + " of " + pages;
                case KO -> pages + "쪽 / 전체 " + pages;
            };
            assertThat(text).contains(last);
            if (language == Language.KO) {
                PdfChecks.assertPdfA2u(pdf, "ko");
                assertThat(text).contains("김민준", "대표단 20");
            }
        }
    }
}
