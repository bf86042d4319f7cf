package org.forumprotocol.core.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MinutesTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private Minutes minutes;
    private AgendaItem reception;

    @BeforeEach
    void visit() {
        f = new ForumFixture(DB);
        minutes = new Minutes(f.em, f.agenda, f.audit, f.clock);
        Event visit = f.tx(() -> f.events.create(ForumSamples.karagandaVisit()));
        reception = f.tx(() -> f.agenda.add(visit.getId(), ForumSamples.item("SPEECH", "10:00", "11:00")
                .at(LocalDate.of(2024, 9, 20).atTime(10, 0), LocalDate.of(2024, 9, 20).atTime(11, 0))
                .title("ru", "Приём у акима области").title("ko", "주지사 접견").details()));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anOfficerEntersAndCorrectsTheMinutesPerLanguageWithAnAuditTrail() {
        assertThat(minutes.of(reception.getId())).isEmpty();
        MeetingMinutes saved = f.tx(() -> minutes.save(reception.getId(),
                ForumSamples.texts("ru", "Инвестиции в Карагандинскую область; образовательные обмены", "ko", "투자 협력; 교육 교류"),
                ForumSamples.texts("ru", "Провести бизнес-форум в 2025 году")));
        MeetingMinutes read = f.fresh(em -> new Minutes(em, f.agenda, f.audit, f.clock).of(reception.getId())).orElseThrow();
        assertThat(read.getTopics().in(Language.KO)).isEqualTo("투자 협력; 교육 교류");
        assertThat(read.getAgreements().in(Language.RU)).isEqualTo("Провести бизнес-форум в 2025 году");
        assertThat(read.getUpdatedBy()).isEqualTo(ForumFixture.OFFICER);

        f.tx(() -> minutes.save(reception.getId(), ForumSamples.texts("ru", "Инвестиции"), null));
        MeetingMinutes corrected = f.fresh(em -> new Minutes(em, f.agenda, f.audit, f.clock).of(reception.getId())).orElseThrow();
        assertThat(corrected.getId()).isEqualTo(saved.getId());
        assertThat(corrected.getTopics().asMap()).containsOnlyKeys(Language.RU);
        assertThat(corrected.getAgreements().isEmpty()).isTrue();
        assertThat(f.count("meeting_minutes")).isEqualTo(1);
        assertThat(f.auditEntries()).filteredOn(e -> e.getEntityType().equals("MeetingMinutes"))
                .extracting(e -> e.getAction()).containsExactly("CREATE", "UPDATE");

        // Removing the item removes its minutes.
        f.tx(() -> f.agenda.remove(reception.getId()));
        assertThat(f.count("meeting_minutes")).isZero();
    }

    @Test
    void badTextAndItemsWithoutMinutesAreRefusedStoringNothing() {
        ForumException bad = f.refusedStoringNothing(() -> minutes.save(reception.getId(),
                java.util.Map.of("kk", "Инвестициялар", "de", "Investitionen"), ForumSamples.texts("ru", "x".repeat(Minutes.TEXT_MAX + 1))));
        assertThat(bad.fieldErrors()).extracting(FieldError::field).contains("topics.kk", "topics.de", "agreements.ru");
        ForumException empty = f.refusedStoringNothing(() -> minutes.save(reception.getId(), null, null));
        assertThat(empty.fieldErrors()).extracting(FieldError::field).containsExactly("topics");

        Event forum = f.tx(() -> f.events.create(ForumSamples.turkestanForum()));
        AgendaItem plenary = f.tx(() -> f.agenda.add(forum.getId(), ForumSamples.item("PLENARY", "10:00", "11:00")
                .title("kk", "Ашылу").details()));
        ForumException notKept = f.refusedStoringNothing(() -> minutes.save(plenary.getId(), ForumSamples.texts("kk", "x"), null));
        assertThat(notKept.kind()).isEqualTo(ForumException.Kind.CONFLICT);
        assertThat(f.refused(() -> minutes.of(999_999_999L)).kind()).isEqualTo(ForumException.Kind.NOT_FOUND);
    }
}
