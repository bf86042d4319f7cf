package org.forumprotocol.docs.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumprotocol.core.ForumSamples.item;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.ChangeNotice;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.mail.MailState;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.core.mail.OutboxFilter;
import org.forumprotocol.core.mail.OutboxMessage;
import org.forumprotocol.core.mail.TestMails;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.DocumentSamples.Forum;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A second release tells exactly the delegates whose own programme changed, through the outbox. */
class ChangeNoticeMailTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private Forum forum;
    private Outbox outbox;
    private ChangeNoticeMail mail;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
        forum = DocumentSamples.turkestan(f);
        outbox = new Outbox(f.em, f.audit, f.clock, q -> { });
        mail = new ChangeNoticeMail(f.releases, f.delegations, new MailTemplates(f.em, f.audit, f.clock), f.links, outbox,
                new MailComposer(TestMails.noSmtp(), URI.create("https://forum.example.kz"), f.clock), "protocol@example.kz",
                token -> "https://forum.example.kz/d/" + token, f.clock);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private AgendaItem save(ForumSamples.Item item) {
        return f.tx(() -> f.agenda.add(forum.event().getId(), item.details()));
    }

    private ForumSamples.Item speech(Object speaker) {
        return item("SPEECH", "10:00", "10:20").title("kk", "Елшінің сөзі").title("ko", "대사 연설").speaker(speaker).visibility("DELEGATES");
    }

    private ForumSamples.Item panel(String from, String to, String ko, Object speaker) {
        return item("PANEL", from, to).title("kk", "Панель " + ko).title("ko", ko).speaker(speaker).visibility("DELEGATES");
    }

    @Test
    void theReleaseQueuesOneMessagePerAffectedDelegateWithTheirChangesAndCalendar() {
        long eventId = forum.event().getId();
        Delegate silent = f.tx(() -> f.delegations.addDelegate(forum.ambassador().getDelegation().getId(),
                ForumSamples.person().name("ko", "이", "수진").language("ko").details()));
        AgendaItem speech = save(speech(forum.ambassador().getId()).speaker(silent.getId()));
        AgendaItem morning = save(panel("11:00", "12:00", "오전 토론", forum.koreanMember().getId()));
        AgendaItem afternoon = save(panel("15:00", "16:00", "오후 토론", forum.koreanMember().getId()));
        f.tx(() -> f.releases.publish(eventId, 0, null));
        String earlierToken = f.tx(() -> f.links.issue(forum.ambassador().getId(), null)).token();

        f.clock.advance(Duration.ofHours(1));
        f.tx(() -> f.agenda.update(speech.getId(), speech(forum.ambassador().getId()).speaker(silent.getId())
                .at(speech.getStartsAt().plusHours(1), speech.getEndsAt().plusHours(1)).version(speech.getVersion()).details()));
        f.tx(() -> f.agenda.remove(morning.getId()));
        f.tx(() -> f.agenda.update(afternoon.getId(), panel("16:00", "17:00", "오후 토론", forum.koreanMember().getId())
                .version(afternoon.getVersion()).details()));
        AgendaRelease second = f.tx(() -> f.releases.publish(eventId, 1, null));

        List<ChangeNotice> notices = f.releases.noticesOf(second);
        assertThat(notices).extracting(n -> n.getDelegate().getId())
                .containsExactlyInAnyOrder(forum.ambassador().getId(), silent.getId(), forum.koreanMember().getId());
        f.tx(() -> notices.forEach(mail::tell));

        List<ChangeNotice> handled = f.fresh(em -> em.createQuery("select n from ChangeNotice n where n.release.id = :r", ChangeNotice.class)
                .setParameter("r", second.getId()).getResultList());
        assertThat(handled).filteredOn(n -> n.getDelegate().getId().equals(silent.getId())).singleElement().satisfies(n -> {
            assertThat(n.getState()).isEqualTo(ChangeNotice.State.SKIPPED);
            assertThat(n.getReason()).isEqualTo("no e-mail address");
        });
        assertThat(handled).filteredOn(n -> !n.getDelegate().getId().equals(silent.getId()))
                .allSatisfy(n -> assertThat(n.getState()).isEqualTo(ChangeNotice.State.QUEUED));

        List<OutboxMessage> messages = f.fresh(em -> new Outbox(em, f.audit, f.clock, q -> { })
                .list(new OutboxFilter(null, eventId, null, null, 0, 100)).messages());
        assertThat(messages).hasSize(2).allSatisfy(m -> {
            assertThat(m.getKind()).isEqualTo(MessageKind.PROGRAMME_CHANGED);
            assertThat(m.getState()).isEqualTo(MailState.QUEUED);
        });

        OutboxMessage toJo = messages.stream().filter(m -> m.getDelegateId().equals(forum.ambassador().getId())).findFirst().orElseThrow();
        MailPreview jo = MailPreview.of(f.fresh(em -> new Outbox(em, f.audit, f.clock, q -> { }).content(toJo.getId())));
        assertThat(jo.subject()).startsWith("일정 변경 안내");
        assertThat(jo.text()).contains("대사 연설").contains("11:00").contains("https://forum.example.kz/d/");
        assertThat(jo.calendarMethod()).isEqualTo("REQUEST");
        assertThat(jo.attachments()).isEmpty();

        OutboxMessage toPark = messages.stream().filter(m -> m.getDelegateId().equals(forum.koreanMember().getId())).findFirst().orElseThrow();
        MailPreview park = MailPreview.of(f.fresh(em -> new Outbox(em, f.audit, f.clock, q -> { }).content(toPark.getId())));
        assertThat(park.text()).contains("오전 토론").contains("오후 토론");
        // Two changed items: iTIP allows one UID per message, so the whole personal programme is attached.
        assertThat(park.calendarMethod()).isNull();
        assertThat(park.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("programme.ics");
            assertThat(a.mediaType()).isEqualTo("text/calendar");
        });

        // The notice's new link stands beside the earlier one, which still opens the private page.
        assertThat(f.links.open(earlierToken).getId()).isEqualTo(forum.ambassador().getId());
    }
}
