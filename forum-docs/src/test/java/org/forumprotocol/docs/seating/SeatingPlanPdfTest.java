package org.forumprotocol.docs.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.DocumentSamples.Forum;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SeatingPlanPdfTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private Forum forum;
    private Delegate kim;

    @BeforeEach
    void forum() {
        f = new ForumFixture(DB);
        forum = DocumentSamples.turkestan(f);
        kim = f.tx(() -> f.delegations.addDelegate(forum.ambassador().getDelegation().getId(), ForumSamples.person()
                .name("ko", "김", "민수").name("ru", "Ким", "Мин Су").position("ko", "참사관").rank("OFFICIAL", LocalDate.of(2020, 1, 1))
                .language("ko").details()));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private AgendaItem item(ForumSamples.Item item) {
        return f.tx(() -> f.agenda.add(forum.event().getId(), item.title("kk", "Екіжақты кездесу").title("ru", "Двусторонняя встреча")
                .title("ko", "양자 회담").details()));
    }

    private List<Delegate> delegates() {
        return f.delegations.delegatesOf(forum.event().getId());
    }

    @Test
    void aBilateralMeetingSeatsEachDelegationOnItsSideHeadsInTheMiddle() {
        AgendaItem meeting = item(ForumSamples.item("BILATERAL_MEETING", "15:00", "16:00")
                .delegation(forum.akim().getDelegation().getId()).delegation(forum.ambassador().getDelegation().getId()));
        List<List<Delegate>> sides = SeatingPlanPdf.sides(meeting, delegates(), Language.RU);
        // The press officer of the Korean delegation has no seat at the table.
        assertThat(sides.get(0)).extracting(Delegate::getId).containsExactly(forum.akim().getId(), forum.kazakhMember().getId());
        assertThat(sides.get(1)).extracting(Delegate::getId).containsExactly(forum.ambassador().getId(), kim.getId());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SeatingPlanPdf.write(forum.event(), meeting, delegates(), Language.RU, out);
        byte[] pdf = PdfChecks.keep("seating-bilateral.pdf", out.toByteArray());
        PdfChecks.assertPdfA2u(pdf, "ru");
        assertThat(PdfChecks.words(pdf)).contains("План рассадки: Двусторонняя встреча", "Абулхаиров", "Чжо", "Ким",
                "1 Абулхаиров Галымжан Аким Туркестанской области", "3 Чжо Тэ Ик", "4 Ким Мин Су");
        assertThat(SeatingPlanPdf.fileName(forum.event(), meeting, Language.KO)).isEqualTo("양자 회담 – 좌석 배치도.pdf");
    }

    @Test
    void aHeadTableAndAPlenaryArePlansToo() {
        AgendaItem signing = item(ForumSamples.item("SIGNING_CEREMONY", "12:00", "12:30")
                .speaker(forum.akim().getId()).speaker(forum.canadian().getId()).speaker(forum.ambassador().getId()));
        assertThat(SeatingPlanPdf.sides(signing, delegates(), Language.EN).get(0)).extracting(Delegate::getId)
                .containsExactly(forum.ambassador().getId(), forum.canadian().getId(), forum.akim().getId());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SeatingPlanPdf.write(forum.event(), signing, delegates(), Language.KO, out);
        byte[] pdf = PdfChecks.keep("seating-headtable.pdf", out.toByteArray());
        PdfChecks.assertPdfA2u(pdf, "ko");
        assertThat(PdfChecks.words(pdf)).contains("좌석 배치도", "청중석", "조태익");

        AgendaItem plenary = item(ForumSamples.item("PLENARY", "10:00", "11:30").delegation(forum.akim().getDelegation().getId())
                .delegation(forum.kyrgyzHead().getDelegation().getId()).moderator(forum.canadian().getId()));
        out.reset();
        SeatingPlanPdf.write(forum.event(), plenary, delegates(), Language.KK, out);
        byte[] rows = out.toByteArray();
        PdfChecks.assertPdfA2u(rows, "kk");
        assertThat(PdfChecks.words(rows)).contains("Сахна", "Әбілқайыров Ғалымжан", "Қасымов Нұрлан");
    }

    @Test
    void aBilateralMeetingWithOneDelegationIsRefused() {
        AgendaItem meeting = item(ForumSamples.item("BILATERAL_MEETING", "17:00", "18:00").delegation(forum.akim().getDelegation().getId()));
        ForumException e = org.assertj.core.api.Assertions.catchThrowableOfType(ForumException.class,
                () -> SeatingPlanPdf.sides(meeting, delegates(), Language.RU));
        assertThat(e.kind()).isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(e.fieldErrors()).extracting(ForumException.FieldError::field).containsExactly("delegations");
    }

    @Test
    void placeCardsShowTheOwnScriptOnOneSideAndTheHostLanguageOnTheOther() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlaceCardsPdf.write(forum.event(), List.of(forum.ambassador(), forum.canadian(), forum.akim()), out);
        byte[] pdf = PdfChecks.keep("placecards.pdf", out.toByteArray());
        PdfChecks.assertPdfA2u(pdf, "kk");
        assertThat(PdfChecks.pages(pdf)).isEqualTo(3);
        assertThat(PdfChecks.words(pdf)).contains("조태익", "Чжо Тэ Ик", "Margaret Wilson", "Уилсон", "Әбілқайыров Ғалымжан",
                "대한민국 대표단", "Делегация Республики Корея", "Embassy of Canada");
    }
}
