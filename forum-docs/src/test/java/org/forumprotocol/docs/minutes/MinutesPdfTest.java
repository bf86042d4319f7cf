package org.forumprotocol.docs.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.minutes.MeetingMinutes;
import org.forumprotocol.core.minutes.Minutes;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.DocumentSamples.Forum;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MinutesPdfTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private Forum forum;
    private AgendaItem meeting;
    private MeetingMinutes minutes;

    @BeforeEach
    void meeting() {
        f = new ForumFixture(DB);
        forum = DocumentSamples.turkestan(f);
        meeting = f.tx(() -> f.agenda.add(forum.event().getId(), ForumSamples.item("BILATERAL_MEETING", "15:00", "16:00")
                .title("kk", "Екіжақты кездесу: Түркістан облысы – Корея").title("ru", "Двусторонняя встреча")
                .title("ko", "양자 회담").delegation(forum.akim().getDelegation().getId())
                .delegation(forum.ambassador().getDelegation().getId()).details()));
        Minutes book = new Minutes(f.em, f.agenda, f.audit, f.clock);
        minutes = f.tx(() -> book.save(meeting.getId(),
                ForumSamples.texts("kk", "Инвестициялық ынтымақтастық\nҮкіметаралық комиссияның жұмысы",
                        "ko", "투자 협력\n정부간 위원회 활동", "ru", "Инвестиционное сотрудничество"),
                ForumSamples.texts("kk", "2026 жылы Сеулде бизнес-форум өткізу", "ko", "2026년 서울에서 비즈니스 포럼 개최")));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private byte[] pdf(Language language) {
        long id = forum.event().getId();
        Map<Long, Delegate> byId = f.delegations.delegatesOf(id).stream().collect(Collectors.toMap(Delegate::getId, d -> d));
        List<Delegate> ordered = f.delegations.participants(id, language, ParticipantOrder.PRECEDENCE).stream()
                .map(p -> byId.get(p.id())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MinutesPdf.write(forum.event(), meeting, minutes, f.delegations.delegationsOf(id), ordered, language, out);
        return out.toByteArray();
    }

    @Test
    void theMinutesNameBothSidesTheTopicsTheAgreementsAndWhoSigns() {
        byte[] kk = PdfChecks.keep("minutes-kk.pdf", pdf(Language.KK));
        PdfChecks.assertPdfA2u(kk, "kk");
        String words = PdfChecks.words(kk);
        assertThat(words).contains("Кездесу хаттамасы", "Екіжақты кездесу: Түркістан облысы – Корея", "Түркістан облысының делегациясы",
                "Әбілқайыров", "Үсенова", "Чжо", "Корея Республикасының Қазақстандағы Төтенше және Өкілетті Елшісі",
                "Инвестициялық ынтымақтастық", "Үкіметаралық комиссияның жұмысы", "2026 жылы Сеулде бизнес-форум өткізу", "Қолы");
        // The press officer of the Korean delegation is not at the table, and so not in the minutes.
        assertThat(words).doesNotContain("Park", "박지민");
        // Each side's head signs: the akim's line comes before the ambassador's, after the agreements.
        int agreements = words.indexOf("Уағдаластықтар");
        assertThat(words.lastIndexOf("Әбілқайыров")).isGreaterThan(agreements);
        assertThat(words.lastIndexOf("Чжо")).isGreaterThan(words.lastIndexOf("Әбілқайыров"));

        byte[] ko = PdfChecks.keep("minutes-ko.pdf", pdf(Language.KO));
        PdfChecks.assertPdfA2u(ko, "ko");
        assertThat(PdfChecks.words(ko)).contains("회의록", "양자 회담", "조태익", "투자 협력", "정부간 위원회 활동",
                "2026년 서울에서 비즈니스 포럼 개최", "합의 사항");
        // Without agreements in Russian, the host language's are printed rather than nothing.
        assertThat(PdfChecks.words(pdf(Language.RU))).contains("Протокол встречи", "Инвестиционное сотрудничество",
                "2026 жылы Сеулде бизнес-форум өткізу");
        assertThat(MinutesPdf.fileName(forum.event(), meeting, Language.RU)).isEqualTo("Двусторонняя встреча – Протокол встречи.pdf");
    }
}
