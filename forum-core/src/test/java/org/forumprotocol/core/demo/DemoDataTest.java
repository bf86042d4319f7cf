package org.forumprotocol.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditTrail;
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
    private DemoData demo;

    @BeforeEach
    void services() {
        em = DB.newEntityManager();
        AuditTrail audit = new AuditTrail(em, Clock.systemUTC(), () -> AuditTrail.SYSTEM);
        events = new Events(em, audit);
        delegations = new Delegations(em, events, audit);
        demo = new DemoData(em, events, delegations);
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
}
