package org.forumprotocol.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.forumprotocol.core.RecordedEvents;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaChange;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleased;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.agenda.ChangeNotice;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DemoDataTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private EntityManager em;
    private Events events;
    private Delegations delegations;
    private AgendaItems agenda;
    private AgendaReleases releases;
    private DemoData demo;

    @BeforeEach
    void services() {
        em = DB.newEntityManager();
        AuditTrail audit = new AuditTrail(em, Clock.systemUTC(), () -> AuditTrail.SYSTEM);
        events = new Events(em, audit);
        delegations = new Delegations(em, events, audit);
        agenda = new AgendaItems(em, events, delegations, audit);
        releases = new AgendaReleases(em, events, agenda, delegations, audit, Clock.systemUTC(), new RecordedEvents<AgendaReleased>());
        demo = new DemoData(em, events, delegations, agenda, releases);
    }

    @Test
    void loadsTheTurkestanForumOnceWithItsDelegationsInPrecedenceOrder() {
        assertThat(TestDatabase.inTransaction(em, demo::loadIfEmpty)).isTrue();
        assertThat(TestDatabase.inTransaction(em, demo::loadIfEmpty)).isFalse();

        List<Event> all = events.list();
        assertThat(all).hasSize(2);
        Event forum = all.stream().filter(e -> e.getCity().in(Language.RU).equals("Туркестан")).findFirst().orElseThrow();
        assertThat(forum.getLanguages()).containsExactly(Language.KK, Language.RU, Language.EN, Language.KO);

        List<Participant> kk = delegations.participants(forum.getId(), Language.KK, ParticipantOrder.PRECEDENCE);
        assertThat(kk).extracting(Participant::displayName)
                .startsWith("Чжо Тэ Ик", "Көшеров Нұралхан");
        assertThat(kk).hasSize(5);
        List<Participant> ko = delegations.participants(forum.getId(), Language.KO, ParticipantOrder.PRECEDENCE);
        assertThat(ko.get(0).displayName()).isEqualTo("조태익");
        assertThat(ko.get(0).nameSuggested()).isFalse();
        assertThat(ko.stream().filter(Participant::nameSuggested)).isNotEmpty();
    }

    @Test
    void theForumHasATwoDayProgrammeReleasedTwiceWithTheSigningCeremonyMoved() {
        assertThat(TestDatabase.inTransaction(em, demo::loadIfEmpty)).isTrue();
        assertThat(TestDatabase.inTransaction(em, demo::loadIfEmpty)).isFalse();
        Event forum = events.list().stream().filter(e -> e.getCity().in(Language.RU).equals("Туркестан")).findFirst().orElseThrow();
        long id = forum.getId();

        assertThat(agenda.itemsOf(id)).hasSizeBetween(10, 14);
        assertThat(agenda.agendaOf(id)).allSatisfy(entry -> assertThat(entry.warnings()).isEmpty());
        List<AgendaRelease> all = releases.releases(id);
        assertThat(all).extracting(AgendaRelease::getNumber).containsExactly(2, 1);
        AgendaRelease first = all.get(1);
        AgendaRelease second = all.get(0);
        assertThat(first.getItems()).hasSize(agenda.itemsOf(id).size()).allMatch(i -> i.sequence() == 0);
        assertThat(first.getItems()).extracting(i -> i.startsAt().toLocalDate())
                .containsOnly(forum.getStartsOn(), forum.getEndsOn());
        assertThat(releases.noticesOf(first)).isEmpty();

        List<AgendaChange> changes = releases.changes(second);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(AgendaChange.Kind.CHANGED);
            assertThat(c.aspects()).containsExactly(AgendaChange.Aspect.TIME);
            assertThat(c.after().sequence()).isEqualTo(1);
        });
        assertThat(releases.changeLog(second, Language.RU)).containsExactly(
                "Перенесено: «Церемония подписания меморандума о сотрудничестве», 18.09 15:30–16:00 → 18.09 16:30–17:00");
        assertThat(releases.changeLog(second, Language.KO)).containsExactly(
                "일정 변경: 「협력 양해각서 서명식」, 9월 18일 15:30–16:00 → 9월 18일 16:30–17:00");

        // The ceremony is the Korean delegation's and the host region's: their four members are told, nobody else.
        List<ChangeNotice> notices = releases.noticesOf(second);
        assertThat(notices).extracting(n -> n.getDelegate().getDelegation().getCountry()).containsOnly("KR", "KZ");
        assertThat(notices).hasSize(4).allSatisfy(n -> {
            assertThat(n.getItemUids()).containsExactly(changes.get(0).uid());
            assertThat(n.getState()).isEqualTo(ChangeNotice.State.PENDING);
        });

        Delegate kyrgyz = delegations.delegatesOf(id).stream().filter(d -> d.getDelegation().getCountry().equals("KG"))
                .findFirst().orElseThrow();
        List<ReleasedItem> programme = releases.personalProgramme(kyrgyz.getId(), second);
        assertThat(programme).isNotEmpty().noneMatch(i -> i.visibility() == Visibility.STAFF)
                .noneMatch(i -> i.uid().equals(changes.get(0).uid()));
        assertThat(programme.get(0).title().in(Language.KO)).isEqualTo("참가자 등록 및 환영 커피");
        assertThat(second.getItems()).anyMatch(i -> i.visibility() == Visibility.STAFF);
    }
}
