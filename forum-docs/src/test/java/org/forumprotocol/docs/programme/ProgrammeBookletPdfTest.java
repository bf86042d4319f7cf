package org.forumprotocol.docs.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.Venue;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.DocumentSamples.Forum;
import org.forumprotocol.docs.invitation.Letterhead;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProgrammeBookletPdfTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private Forum forum;
    private AgendaItem dinner;

    @BeforeEach
    void programme() {
        f = new ForumFixture(DB);
        forum = DocumentSamples.turkestan(f);
        long id = forum.event().getId();
        Venue hall = f.tx(() -> f.agenda.addVenue(id, ForumSamples.congressHall()));
        Venue campus = f.tx(() -> f.agenda.addVenue(id, ForumSamples.woosongCampus()));
        LocalDate second = ForumSamples.FORUM_OPENS.plusDays(1);
        f.tx(() -> {
            // The Korean ambassador speaks before the akim here: placed by hand, against the order of precedence.
            f.agenda.add(id, ForumSamples.item("PLENARY", "10:00", "11:30").venue(hall.getId()).room("kk", "Үлкен зал")
                    .title("kk", "Форумның ашылуы: Түркістан – Әзірет Сұлтан").title("ru", "Открытие форума")
                    .title("en", "Opening of the forum").title("ko", "포럼 개막식")
                    .manualSpeaker(forum.ambassador().getId()).manualSpeaker(forum.akim().getId())
                    .moderator(forum.kazakhMember().getId()).interpretation("ko", "kk", "ru").dressCode("business")
                    .staffNotes("Микрофон №3 ақаулы").visibility("PUBLIC").details());
            f.agenda.add(id, ForumSamples.item("BREAK", "11:30", "12:00").title("kk", "Штаб жиналысы: еріктілер нұсқамасы")
                    .title("ru", "Штаб: инструктаж волонтёров").visibility("STAFF").details());
            f.agenda.add(id, ForumSamples.item("BILATERAL_MEETING", "15:00", "16:00")
                    .at(second.atTime(9, 0), second.atTime(10, 0)).venue(campus.getId())
                    .title("kk", "Екіжақты кездесу: Түркістан облысы – Корея").title("ru", "Двусторонняя встреча: Туркестанская область – Корея")
                    .title("ko", "양자 회담: 투르키스탄 주 – 대한민국")
                    .delegation(forum.akim().getDelegation().getId()).delegation(forum.ambassador().getDelegation().getId())
                    .visibility("DELEGATES").details());
        });
        dinner = f.tx(() -> f.agenda.add(id, ForumSamples.item("MEAL", "19:00", "21:00").title("kk", "Ресми кешкі ас")
                .title("ru", "Официальный ужин").details()));
        f.tx(() -> f.releases.publish(id, 0, null));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private byte[] booklet(AgendaRelease release, Language language, Delegate personal) {
        List<Delegate> delegates = f.delegations.delegatesOf(forum.event().getId());
        var items = personal == null ? release.getScheduledItems() : f.releases.personalProgramme(personal.getId(), release);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgrammeBookletPdf.write(forum.event(), release, items, delegates, Letterhead.of(forum.event()), language, personal, out);
        return out.toByteArray();
    }

    private AgendaRelease release(int number) {
        return f.tx(() -> {
            AgendaRelease r = f.releases.release(forum.event().getId(), number);
            r.getItems();
            return r;
        });
    }

    @Test
    void theBookletPrintsTheReleasedProgrammeDayByDayInEachLanguage() throws IOException {
        byte[] kk = PdfChecks.keep("programme-kk.pdf", booklet(release(1), Language.KK, null));
        PdfChecks.assertPdfA2u(kk, "kk");
        // Every word is in the structure (screen readers), or an artifact: the running header and footer.
        assertThat(PdfChecks.untaggedText(kk)).isEmpty();
        String words = PdfChecks.words(kk);
        assertThat(words).contains("Орталық Азия – Корея ІІ ынтымақтастық форумы", "Түркістан облысының әкімдігі",
                "Бағдарлама", "1-басылым", "10:00–11:30", "Пленарлық отырыс", "Форумның ашылуы: Түркістан – Әзірет Сұлтан",
                "Конгресс-холл, Үлкен зал", "Әбілқайыров", "Түркістан облысының әкімі", "Екіжақты кездесу: Түркістан облысы – Корея",
                "Ресми кешкі ас", "1-күн", "2-күн");
        // The speakers in the item's order (placed by hand), not in the order of precedence.
        assertThat(words.indexOf("Чжо")).isPositive().isLessThan(words.indexOf("Әбілқайыров Ғалымжан"));
        // Never the staff-only item, never a staff note.
        assertThat(words).doesNotContain("Штаб", "еріктілер", "Микрофон");

        byte[] ko = PdfChecks.keep("programme-ko.pdf", booklet(release(1), Language.KO, null));
        PdfChecks.assertPdfA2u(ko, "ko");
        assertThat(PdfChecks.untaggedText(ko)).isEmpty();
        assertThat(PdfChecks.words(ko)).contains("제2차 중앙아시아-한국 협력 포럼", "프로그램", "제1판", "포럼 개막식", "전체 회의",
                "조태익", "주카자흐스탄 대한민국 특명전권대사", "양자 회담: 투르키스탄 주 – 대한민국", "통역: 한국어 → 카자흐어, 러시아어");

        byte[] ru = booklet(release(1), Language.RU, null);
        assertThat(PdfChecks.words(ru)).contains("Программа", "Редакция 1 от", "Открытие форума", "Аким Туркестанской области",
                "Синхронный перевод: корейский → казахский, русский", "Форма одежды: business", "День 2")
                .doesNotContain("инструктаж волонтёров");

        try (PDDocument doc = Loader.loadPDF(kk)) {
            List<String> outline = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem day : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(day.getTitle());
                pages.add(doc.getPages().indexOf(day.findDestinationPage(doc)));
            }
            assertThat(outline).hasSize(2);
            assertThat(outline.get(0)).startsWith("1-күн. ").contains("2025");
            assertThat(outline.get(1)).startsWith("2-күн. ");
            // The cover is page 1; the days follow it.
            assertThat(pages).allMatch(p -> p >= 1);
        }
        assertThat(ProgrammeBookletPdf.fileName(forum.event(), Language.RU, null))
                .isEqualTo("II Форум сотрудничества «Центральная Азия – Корея» – Программа.pdf");
    }

    @Test
    void aLaterReleaseLeavesCancelledItemsOutAndEachDelegateGetsTheirOwnProgramme() {
        long id = forum.event().getId();
        f.tx(() -> f.agenda.remove(dinner.getId()));
        f.tx(() -> f.releases.publish(id, 1, "no dinner"));
        byte[] second = booklet(release(2), Language.RU, null);
        assertThat(PdfChecks.words(second)).contains("Редакция 2 от", "Открытие форума").doesNotContain("Официальный ужин");
        assertThat(PdfChecks.words(booklet(release(1), Language.RU, null))).contains("Официальный ужин");

        // The Canadian ambassador is not at the Kazakh–Korean meeting; the Korean ambassador is, with his delegation.
        byte[] canadian = PdfChecks.keep("programme-personal-en.pdf", booklet(release(2), Language.EN, forum.canadian()));
        PdfChecks.assertPdfA2u(canadian, "en");
        assertThat(PdfChecks.words(canadian)).contains("Personal programme: Margaret Wilson", "Opening of the forum", "Release 2 of")
                .doesNotContain("Bilateral meeting", "Day 2");
        assertThat(PdfChecks.words(booklet(release(2), Language.KO, forum.ambassador())))
                .contains("개인 일정: 조태익", "양자 회담: 투르키스탄 주 – 대한민국");
        assertThat(ProgrammeBookletPdf.fileName(forum.event(), Language.KO, forum.ambassador()))
                .isEqualTo("제2차 중앙아시아-한국 협력 포럼 – 프로그램 – 조태익.pdf");
    }
}
