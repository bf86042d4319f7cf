package org.forumprotocol.docs.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateDetails;
import org.forumprotocol.core.delegation.DelegateDetails.NameDetails;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.DelegationDetails;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.core.delegation.ParticipantImport;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.EventDetails;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.participants.ParticipantFiles.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An event's participants exported and imported into a fresh event come back with every name unchanged. */
class ParticipantRoundTripTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private EntityManager em;
    private Events events;
    private Delegations delegations;
    private ParticipantImport participantImport;

    @BeforeEach
    void services() {
        em = DB.newEntityManager();
        AuditTrail audit = new AuditTrail(em, Clock.systemUTC(), () -> "officer");
        events = new Events(em, audit);
        delegations = new Delegations(em, events, audit);
        participantImport = new ParticipantImport(em, events, audit);
    }

    private Event event(String title) {
        return TestDatabase.inTransaction(em, () -> events.create(new EventDetails(EventKind.FORUM, Map.of("kk", title), Map.of(),
                Map.of(), LocalDate.of(2025, 9, 18), LocalDate.of(2025, 9, 19), null, List.of("kk", "ru", "en", "ko"), null)));
    }

    private void fill(long event) {
        TestDatabase.inTransaction(em, () -> {
            Delegation kz = delegations.addDelegation(event, new DelegationDetails("KZ", Map.of("kk", "Түркістан облысының делегациясы",
                    "ru", "Делегация Туркестанской области"), null, null, null, null, null, null, null, null, null, null, null));
            delegations.addDelegate(kz.getId(), new DelegateDetails(Map.of(
                            "kk", new NameDetails("Әбілқайыров", "Ғалымжан", null),
                            "ru", new NameDetails("Абулхаиров", "Галымжан", null)),
                    Map.of("kk", "Түркістан облысының әкімі", "ru", "Аким Туркестанской области"), null, "MALE", "GOVERNOR",
                    LocalDate.of(2022, 10, 1), true, null, "akim@example.kz", "+7 7252 55 00 00", "kk", null, null, null));
            delegations.addDelegate(kz.getId(), new DelegateDetails(Map.of("kk", new NameDetails("Қоңырбаев", "Өмірзақ Ұлықбекұлы Үһіңов", null)),
                    null, null, null, "OFFICIAL", null, false, "INTERPRETER", null, null, "ru", "=no pork", "-", null));
            Delegation kr = delegations.addDelegation(event, new DelegationDetails("KR", Map.of("ko", "대한민국 대표단"), null, null,
                    null, null, null, null, null, null, null, null, null));
            delegations.addDelegate(kr.getId(), new DelegateDetails(Map.of(
                            "ko", new NameDetails("조", "태익", null), "ru", new NameDetails("Чжо", "Тэ Ик", null),
                            "en", new NameDetails("Jo", "Tae-ik", null)),
                    Map.of("ko", "주카자흐스탄 대한민국 특명전권대사"), null, "MALE", "AMBASSADOR", LocalDate.of(2023, 5, 10), true, null,
                    "jo@example.kr", null, "ko", null, null, null));
            Delegation fr = delegations.addDelegation(event, new DelegationDetails("FR", Map.of("en", "Delegation of France"), null,
                    null, null, null, null, null, null, null, null, null, null));
            delegations.addDelegate(fr.getId(), new DelegateDetails(Map.of("en", new NameDetails("Müller", "Éric", null)),
                    Map.of("en", "Expert, \"Cités Unies\"; Paris"), null, "FEMALE", "EXPERT", null, false, "PRESS", "eric@example.fr",
                    "+33 1 23 45 67 89", null, null, "@ step-free access", null));
        });
    }

    @Test
    void xlsxExportImportedIntoAFreshEventKeepsEveryName() {
        roundTrip(Format.XLSX, ',');
    }

    @Test
    void csvExportImportedIntoAFreshEventKeepsEveryName() {
        roundTrip(Format.CSV, ';');
    }

    private void roundTrip(Format format, char delimiter) {
        Event source = event("Орталық Азия – Корея II форумы");
        fill(source.getId());

        List<Participant> participants = delegations.participants(source.getId(), Language.KK, ParticipantOrder.PRECEDENCE);
        byte[] file = ParticipantFiles.export(format, participants, delegations.delegatesOf(source.getId()), delimiter);
        assertThat(ParticipantFiles.exportFileName(source, Language.KK, format))
                .isEqualTo("Орталық Азия – Корея II форумы – қатысушылар." + format.extension());

        Event target = event("Жаңа іс-шара");
        ParticipantImport.Result result = TestDatabase.inTransaction(em, () -> participantImport.run(target.getId(),
                ParticipantFiles.read(file, "export." + format.extension(), format.mediaType()), false, "export"));
        assertThat(result).isEqualTo(new ParticipantImport.Result(false, 3, 0, 4));

        List<Delegate> before = sorted(delegations.delegatesOf(source.getId()));
        List<Delegate> after = sorted(delegations.delegatesOf(target.getId()));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            Delegate b = before.get(i);
            Delegate a = after.get(i);
            assertThat(a.getNames()).isEqualTo(b.getNames());
            assertThat(a.getPosition()).isEqualTo(b.getPosition());
            assertThat(a.getDelegation().getCountry()).isEqualTo(b.getDelegation().getCountry());
            assertThat(a.getDelegation().getName()).isEqualTo(b.getDelegation().getName());
            assertThat(a.getRank()).isEqualTo(b.getRank());
            assertThat(a.getRankSince()).isEqualTo(b.getRankSince());
            assertThat(a.getRole()).isEqualTo(b.getRole());
            assertThat(a.getEmail()).isEqualTo(b.getEmail());
            assertThat(a.getPhone()).isEqualTo(b.getPhone());
            assertThat(a.getLanguage()).isEqualTo(b.getLanguage());
            assertThat(a.getGender()).isEqualTo(b.getGender());
            assertThat(a.getDietaryNeeds()).isEqualTo(b.getDietaryNeeds());
            assertThat(a.getAccessibilityNeeds()).isEqualTo(b.getAccessibilityNeeds());
        }
        assertThat(after).extracting(d -> d.displayName(Language.KK))
                .contains("Әбілқайыров Ғалымжан", "Қоңырбаев Өмірзақ Ұлықбекұлы Үһіңов");
        assertThat(after).extracting(d -> d.displayName(Language.KO)).contains("조태익");
        assertThat(after).extracting(d -> d.displayName(Language.EN)).contains("Éric Müller");
    }

    private static List<Delegate> sorted(List<Delegate> delegates) {
        return delegates.stream().sorted(Comparator.comparing((Delegate d) -> d.getDelegation().getCountry())
                .thenComparing(d -> d.displayName(Language.EN))).toList();
    }
}
