package org.forumprotocol.docs.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.config.MailSettings;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.ComposedMail;
import org.forumprotocol.core.mail.MailDispatcher;
import org.forumprotocol.core.mail.MailOrigin;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.core.mail.Outbox;
import org.forumprotocol.core.mail.OutboxMessage;
import org.forumprotocol.core.mail.TestMails;
import org.forumprotocol.core.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailComposerTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String SUBJECT = "초대장: 제2차 중앙아시아-한국 협력 포럼";
    private static final String LETTER = "Шақыру хаты – 조태익.pdf";
    private static final String PROGRAMME = "Жеке бағдарлама (әғқңөұүһі).pdf";
    private static final byte[] PDF = "%PDF-1.7\nnot a real document, but bytes that must arrive unchanged\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Forum Protocol//EN\r\nMETHOD:REQUEST\r\n"
            + "BEGIN:VEVENT\r\nUID:forum-7@forum.example.kz\r\nSEQUENCE:0\r\nSUMMARY:Орталық Азия – Корея ІІ\r\n"
            + "ORGANIZER;CN=Protocol Office:mailto:protocol@example.kz\r\nATTENDEE;CN=조태익:mailto:jo@example.kr\r\n"
            + "DTSTART:20250918T040000Z\r\nDTEND:20250919T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private final MutableClock clock = MutableClock.startingAtForumOpening();
    private final MailComposer composer = new MailComposer(ForumSettings.of(Map.of(
            "FORUM_SMTP_FROM", "Хаттама бөлімі <protocol@example.kz>", "FORUM_BASE_URL", "https://forum.example.kz/protocol")), clock);

    private ComposedMail invitation(String name) {
        String html = MailHtml.document(Language.KO, SUBJECT, "<p>" + MailHtml.escape(name) + " 귀하</p>\n"
                + MailHtml.paragraphs("2025년 9월 18일 투르키스탄에서 열리는 포럼에 초대합니다.\n\n<b>회의</b> & 만찬"));
        return composer.message(Language.KO).to("jo@example.kr", name).subject(SUBJECT)
                .text(name + " 귀하\n\n2025년 9월 18일 투르키스탄에서 열리는 포럼에 초대합니다.")
                .html(html).calendar(ICS, "REQUEST")
                .attach(LETTER, "application/pdf", PDF).attach(PROGRAMME, "application/pdf", PDF)
                .compose();
    }

    @Test
    void anInvitationHasEveryHeaderTheIssueAsksForAndItsPartsInOrder() throws Exception {
        ComposedMail mail = invitation("조태익 <script>alert(1)</script>");
        MimeMessage m = TestMails.parse(mail.content());

        assertThat(mail.recipient()).isEqualTo("jo@example.kr");
        assertThat(mail.subject()).isEqualTo(SUBJECT);
        assertThat(mail.messageId()).matches("<[0-9a-f-]{36}@forum\\.example\\.kz>");
        assertThat(m.getMessageID()).isEqualTo(mail.messageId());
        assertThat(m.getSentDate()).isEqualTo(Date.from(clock.instant()));
        assertThat(m.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(m.getHeader("Content-Language", null)).isEqualTo("ko");
        assertThat(m.getSubject()).isEqualTo(SUBJECT);
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("protocol@example.kz");
        assertThat(from.getPersonal()).isEqualTo("Хаттама бөлімі");
        assertThat(((InternetAddress) m.getAllRecipients()[0]).getPersonal()).isEqualTo("조태익 <script>alert(1)</script>");
        // Every header line is ASCII: names and subject as RFC 2047 UTF-8 words.
        String headers = TestMails.rawHeaders(mail.content());
        assertThat(headers).matches("\\p{ASCII}*").containsPattern("(?m)^Subject: =\\?UTF-8\\?[BQ]\\?")
                .containsPattern("(?m)^From: =\\?UTF-8\\?[BQ]\\?");

        assertThat(m.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) m.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        BodyPart body = mixed.getBodyPart(0);
        assertThat(body.isMimeType("multipart/alternative")).isTrue();
        Multipart alternative = (Multipart) body.getContent();
        assertThat(alternative.getCount()).isEqualTo(3);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) alternative.getBodyPart(0).getContent()).startsWith("조태익 <script>alert(1)</script> 귀하");
        String html = (String) alternative.getBodyPart(1).getContent();
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        // A name with <script> arrives as text, never as markup.
        assertThat(html).contains("조태익 &lt;script&gt;alert(1)&lt;/script&gt; 귀하").doesNotContain("<script>")
                .contains("&lt;b&gt;회의&lt;/b&gt; &amp; 만찬").contains("<html lang=\"ko\">");
        BodyPart calendar = alternative.getBodyPart(2);
        assertThat(calendar.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(read(calendar)).isEqualTo(ICS);

        for (int i = 1; i <= 2; i++) {
            BodyPart pdf = mixed.getBodyPart(i);
            assertThat(pdf.isMimeType("application/pdf")).isTrue();
            assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(read(pdf)).isEqualTo(new String(PDF, StandardCharsets.UTF_8));
        }
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo(LETTER);
        assertThat(mixed.getBodyPart(2).getFileName()).isEqualTo(PROGRAMME);
        // File names are RFC 2231 parameters in UTF-8, not RFC 2047 words (which parameters may not hold).
        String raw = new String(mail.content(), StandardCharsets.US_ASCII);
        assertThat(raw).contains("filename*=UTF-8''").contains("name*=UTF-8''").doesNotContain("filename=\"=?");
    }

    @Test
    void aPreviewReadsBackWhatPeopleSeeWithoutRenderingTheHtml() {
        ComposedMail mail = invitation("조태익 <script>alert(1)</script>");

        MailPreview preview = MailPreview.of(mail.content());

        assertThat(preview.from()).isEqualTo("\"Хаттама бөлімі\" <protocol@example.kz>");
        assertThat(preview.to()).contains("조태익 <script>alert(1)</script>").contains("<jo@example.kr>");
        assertThat(preview.subject()).isEqualTo(SUBJECT);
        assertThat(preview.date()).isEqualTo(clock.instant());
        assertThat(preview.messageId()).isEqualTo(mail.messageId());
        assertThat(preview.text()).startsWith("조태익 <script>alert(1)</script> 귀하");
        assertThat(preview.hasHtml()).isTrue();
        assertThat(preview.calendarMethod()).isEqualTo("REQUEST");
        assertThat(preview.attachments()).containsExactly(new MailPreview.Attachment(LETTER, "application/pdf", PDF.length),
                new MailPreview.Attachment(PROGRAMME, "application/pdf", PDF.length));
    }

    @Test
    void everyMessageHasAMessageIdOfItsOwn() {
        assertThat(invitation("Jo").messageId()).isNotEqualTo(invitation("Jo").messageId());
    }

    @Test
    void aMessageWithoutRecipientSubjectOrBodyIsRefusedNamingEachField() {
        ForumException e = catchForum(() -> composer.message(Language.KK).to("not an address", null).subject("line\r\nBcc: x@example.kz")
                .attach("../secret.pdf", "no media type", PDF).calendar(ICS, "request now").compose());

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder("recipient", "subject", "text",
                "calendar", "attachments[0].fileName", "attachments[0].mediaType");
        assertThat(catchForum(() -> composer.message(Language.KK).to(" ", null).subject(" ").text("x").compose()).fieldErrors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("recipient", "subject");
    }

    @Test
    void aComposedMessageGoesThroughTheOutboxToAnSmtpServerUnchanged() throws Exception {
        ComposedMail mail = invitation("Тэ Ик Чжо");
        try (ForumFixture f = new ForumFixture(DB)) {
            Outbox outbox = new Outbox(f.em, f.audit, f.clock, q -> { });
            OutboxMessage queued = f.tx(() -> outbox.enqueue(MailOrigin.of(MessageKind.INVITATION, Language.KO).forEvent(7L), mail));
            MailSettings smtp = TestMails.smtp(GREEN_MAIL.getSmtp().getPort());

            int sent = new MailDispatcher(f.em, f.clock, smtp, TestMails.transactions(f.em), "instance-a", () -> 0.5).dispatchDue();

            assertThat(sent).isEqualTo(1);
            MimeMessage received = GREEN_MAIL.getReceivedMessages()[0];
            assertThat(received.getMessageID()).isEqualTo(queued.getMessageId());
            assertThat(received.getSubject()).isEqualTo(SUBJECT);
            Multipart mixed = (Multipart) received.getContent();
            assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo(LETTER);
            assertThat(mixed.getBodyPart(2).getFileName()).isEqualTo(PROGRAMME);
            Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
            assertThat(alternative.getBodyPart(2).getContentType()).contains("method=REQUEST");
            assertThat(read(alternative.getBodyPart(2))).contains("ATTENDEE;CN=조태익:mailto:jo@example.kr");
            // Byte for byte as stored (and as the .eml download shows it), after the trace headers the server adds.
            String stored = new String(outbox.content(queued.getId()), StandardCharsets.US_ASCII);
            assertThat(GreenMailUtil.getWholeMessage(received).strip()).endsWith(stored.strip());
        }
    }

    @Test
    void theSenderWithoutADisplayNameAndAPlainNoticeNeedNoAttachments() throws Exception {
        MailComposer plain = new MailComposer(new MailSettings(Optional.empty(), 25, Optional.empty(), Optional.empty(), false,
                "protocol@localhost", Optional.empty()), URI.create("http://localhost:8080"), clock);

        ComposedMail notice = plain.message(Language.RU).to("ivanov@example.kz", null).subject("Изменение программы")
                .text("Пленарное заседание переносится на 11:00.").compose();

        MimeMessage m = TestMails.parse(notice.content());
        assertThat(notice.messageId()).endsWith("@localhost>");
        assertThat(m.getFrom()[0].toString()).isEqualTo("protocol@localhost");
        assertThat(m.isMimeType("multipart/alternative")).isTrue();
        Multipart alternative = (Multipart) m.getContent();
        assertThat(alternative.getCount()).isEqualTo(1);
        assertThat((String) alternative.getBodyPart(0).getContent()).isEqualTo("Пленарное заседание переносится на 11:00.");
    }

    private static String read(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ForumException catchForum(Runnable work) {
        try {
            work.run();
        } catch (ForumException e) {
            return e;
        }
        throw new AssertionError("expected a ForumException");
    }

}
