package org.forumprotocol.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.forumprotocol.core.account.Role;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.AgendaWarning;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.delegation.Attendance;
import org.forumprotocol.core.delegation.DelegateRole;
import org.forumprotocol.core.delegation.DelegationStatus;
import org.forumprotocol.core.delegation.Rank;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.mail.MailState;
import org.forumprotocol.docs.mail.MailPreview;
import org.forumprotocol.web.agenda.AgendaItemForm;
import org.forumprotocol.web.agenda.AgendaPage;
import org.forumprotocol.web.agenda.ScheduleDay;
import org.forumprotocol.web.agenda.ScheduleItem;
import org.forumprotocol.web.agenda.VenueForm;
import org.forumprotocol.web.agenda.VenueRow;
import org.forumprotocol.web.delegation.DelegationForm;
import org.forumprotocol.web.delegation.DelegationRow;
import org.forumprotocol.web.delegation.DelegationSummary;
import org.forumprotocol.web.delegation.MemberForm;
import org.forumprotocol.web.delegation.MemberRow;
import org.forumprotocol.web.delegation.ParticipantRow;
import org.forumprotocol.web.event.EventFormAccess;
import org.forumprotocol.web.event.EventRow;
import org.forumprotocol.web.event.EventSummary;
import org.forumprotocol.web.account.AccountRow;
import org.forumprotocol.web.audit.AuditRow;
import org.forumprotocol.web.mail.MailOutboxPage;
import org.forumprotocol.web.mail.OutboxRow;
import org.forumprotocol.web.memorandum.MemorandaPage;
import org.forumprotocol.web.memorandum.MemorandumPageSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions are replicated between instances (web.xml: distributable), so view- and session-scoped beans
 * are serialized. Injected services are serializable client proxies; everything else must be serializable
 * itself.
 */
class PassivatingBeansTest {
    private static final Path CLASSES = Path.of("target/classes");

    private static List<Class<?>> passivating;

    @BeforeAll
    static void findBeans() throws IOException, ClassNotFoundException {
        passivating = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/forumprotocol/web"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, PassivatingBeansTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    passivating.add(c);
                }
            }
        }
    }

    @Test
    void thePagesWithStateAreFound() {
        assertThat(passivating).extracting(Class::getSimpleName).contains("AccountsPage", "AuditTrailPage", "EventsPage",
                "EventPage", "DelegationPage", "ParticipantsPage", "AgendaPage", "MailOutboxPage", "MemorandaPage", "ArchiveSearchPage",
                "InvitationsPage", "MailTemplatesPage");
    }

    @Test
    void passivatingBeansHoldOnlySerializableState() {
        for (Class<?> bean : passivating) {
            assertThat(Serializable.class).as(bean.getName()).isAssignableFrom(bean);
            for (Field f : bean.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                assertSerializable(f.getGenericType(), bean.getSimpleName() + "." + f.getName());
            }
        }
    }

    @Test
    void passivatingBeansSerializeWithContent() throws Exception {
        for (Class<?> bean : passivating) {
            var constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            serialize(constructor.newInstance());
        }
        serialize(new AccountRow("admin", List.of(Role.ADMIN), true, Instant.now(), null, 3));
        serialize(new AuditRow(1, Instant.now(), "admin", "Account", "admin", "UPDATE", "enabled: true → false"));
        serialize(new OutboxRow(4, Instant.now(), "jo@example.kr", "초대장", "ko", "INVITATION", MailState.RETRYING, 2,
                Instant.now(), "451 4.3.0 try again later", null));
        serialize(new MailOutboxPage.AttemptRow(Instant.now(), "RETRY", "451 4.3.0 try again later", "host/1/abc"));
        serialize(new org.forumprotocol.web.mail.BulkSend("job-1", "Invitations: 중앙아시아-한국 II 포럼", Instant.now(), 3, 2, 1, 0, 0, 1,
                false, true));
        serialize(new MailPreview("Protocol Office <protocol@example.kz>", "조태익 <jo@example.kr>", "초대장", Instant.now(), "<x@localhost>",
                "본문", true, "REQUEST", List.of(new MailPreview.Attachment("Шақыру.pdf", "application/pdf", 1234))));
        ShownText title = new ShownText("Орталық Азия – Корея II", "kk");
        serialize(new EventRow(1, EventKind.FORUM, title, new ShownText("Түркістан", "kk"), LocalDate.of(2025, 9, 18),
                LocalDate.of(2025, 9, 19), List.of("kk", "ru", "en", "ko"), "search"));
        serialize(new EventSummary(1, EventKind.FORUM, title, title, title, LocalDate.of(2025, 9, 18), LocalDate.of(2025, 9, 19),
                "Asia/Almaty", List.of("kk", "ko")));
        serialize(new DelegationRow(2, "KR", "Корея Республикасы", title, DelegationStatus.CONFIRMED, 3, "Чжо Тэ Ик", false, "s"));
        serialize(new DelegationSummary(2, "KR", "Корея", title, title, DelegationStatus.INVITED, "KC 931",
                LocalDateTime.of(2025, 9, 17, 8, 40), "TSE", null, null, null, "Hotel", null));
        serialize(new MemberRow(3, "조태익", false, DelegateRole.HEAD, Rank.AMBASSADOR, LocalDate.of(2023, 5, 10), title,
                "a@example.kr", null, Attendance.CONFIRMED, 1, 1, true, "s"));
        serialize(new ParticipantRow(1, true, "Jo Tae-ik", true, 2, title, "KR", "Korea", "Ambassador", "Ambassador",
                DelegateRole.HEAD, "s"));
        serialize(EventFormAccess.filled());
        MemberForm member = MemberForm.blank(true);
        member.getNames().get("ko").setFamily("조");
        member.getNames().get("ko").setGiven("태익");
        member.setRankSince(LocalDate.of(2023, 5, 10));
        serialize(member);
        serialize(member.suggestion("en").orElseThrow());
        DelegationForm delegation = DelegationForm.blank();
        delegation.getName().put("kk", "Корея Республикасының делегациясы");
        delegation.setArrivalAt(LocalDateTime.of(2025, 9, 17, 8, 40));
        serialize(delegation);
        AgendaItemForm item = AgendaItemForm.blank(LocalDate.of(2025, 9, 18));
        item.getTitle().put("ko", "개막식");
        item.setStartTime(LocalTime.of(10, 0));
        item.setDelegations(List.of("2"));
        item.setInterpretationTo(List.of("kk", "ru"));
        item.addSpeaker(new AgendaItemForm.Speaker(3, "조태익", "대한민국 대표단", false), ids -> ids);
        serialize(item);
        VenueForm venue = VenueForm.blank();
        venue.getName().put("kk", "Конгресс-холл");
        venue.setCapacity(400);
        serialize(venue);
        ScheduleItem.Person speaker = new ScheduleItem.Person(3, "Чжо Тэ Ик", true);
        serialize(new ScheduleDay(LocalDate.of(2025, 9, 18), 1, List.of(new ScheduleItem(4, AgendaItemKind.SPEECH,
                LocalDateTime.of(2025, 9, 18, 10, 0), LocalDateTime.of(2025, 9, 18, 10, 15), title, title, title, title,
                List.of(speaker), List.of(speaker), List.of(title), "ko → kk, ru", "Business", "Notes", Visibility.PUBLIC,
                List.of(new ScheduleItem.Warning(AgendaWarning.Code.SPEAKER_DOUBLE_BOOKED, "also speaks"))))));
        serialize(new VenueRow(5, title, title, 400));
        serialize(new AgendaPage.Choice("3", "조태익 — 대한민국 대표단"));
        serialize(MemorandumPageSamples.form());
        serialize(MemorandumPageSamples.details());
        serialize(MemorandumPageSamples.report());
        serialize(MemorandumPageSamples.comparison());
        for (Object row : MemorandumPageSamples.rows()) {
            serialize(row);
        }
        serialize(new org.forumprotocol.web.event.EventOption(7, title));
    }

    private static void assertSerializable(Type type, String where) {
        if (type instanceof Class<?> c) {
            boolean ok = c.isPrimitive() || Serializable.class.isAssignableFrom(c)
                    // Declared as an interface, filled with serializable implementations (List.of, ArrayList).
                    || c == List.class;
            assertThat(ok).as("%s is of type %s", where, c.getName()).isTrue();
        } else if (type instanceof ParameterizedType p) {
            assertSerializable(p.getRawType(), where);
            for (Type argument : p.getActualTypeArguments()) {
                assertSerializable(argument, where + "<>");
            }
        }
    }

    private static void serialize(Object o) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(o);
        }
    }
}
