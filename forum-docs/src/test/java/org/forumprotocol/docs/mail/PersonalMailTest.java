package org.forumprotocol.docs.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.MailText;
import org.forumprotocol.core.mail.MessageKind;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.DocumentSamples.Forum;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shipped templates filled in with real delegates' data in their languages, as text and as escaped HTML. */
class PersonalMailTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();
    private static final String LINK = "https://forum.example.kz/d/Tok_en-1";

    private ForumFixture f;
    private Forum forum;

    @BeforeEach
    void forum() {
        f = new ForumFixture(DB);
        forum = DocumentSamples.turkestan(f);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static PersonalMail invitation(Delegate d) {
        Language language = d.correspondenceLanguage();
        return PersonalMail.of(MailTemplates.defaultText(MessageKind.INVITATION, language), d, language, LINK, null);
    }

    @Test
    void theInvitationIsWrittenInEachDelegatesLanguageWithTheirData() {
        PersonalMail kazakh = invitation(forum.akim());
        assertThat(kazakh.language()).isEqualTo(Language.KK);
        assertThat(kazakh.subject()).startsWith("Шақыру: " + forum.event().getTitle().get(Language.KK).orElseThrow());
        assertThat(kazakh.text()).startsWith("Құрметті Әбілқайыров Ғалымжан!").contains("Әбілқайыров Ғалымжан", "Түркістан облысының әкімі", LINK)
                .doesNotContain("{");

        PersonalMail russian = invitation(forum.kazakhMember());
        assertThat(russian.language()).isEqualTo(Language.RU);
        assertThat(russian.subject()).startsWith("Приглашение: ");
        assertThat(russian.text()).startsWith("Усенова Улжан!").contains("Руководитель отдела международного сотрудничества");

        PersonalMail english = invitation(forum.canadian());
        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(english.text()).startsWith("H.E. Margaret Wilson,").contains("Ambassador of Canada to Kazakhstan", LINK);

        PersonalMail korean = invitation(forum.ambassador());
        assertThat(korean.language()).isEqualTo(Language.KO);
        assertThat(korean.subject()).startsWith("초청장: ");
        assertThat(korean.text()).startsWith("각하 조태익 귀하").contains("주카자흐스탄 대한민국 특명전권대사", "년");
        // The dates are written as each language writes them.
        assertThat(korean.subject()).containsPattern("20\\d\\d년");
        assertThat(russian.subject()).containsPattern("20\\d\\d");

        for (PersonalMail m : new PersonalMail[] {kazakh, russian, english, korean}) {
            assertThat(m.html()).startsWith("<!DOCTYPE html>").contains("lang=\"" + m.language().code() + "\"")
                    .contains("<a href=\"" + LINK + "\">" + LINK + "</a>");
        }
    }

    @Test
    void aNameWithMarkupArrivesAsTextAndOnlyTheLinkIsALink() {
        Delegate mallory = f.tx(() -> f.delegations.addDelegate(forum.canadian().getDelegation().getId(),
                ForumSamples.person().name("en", "<script>alert(1)</script>", "Eve & \"Co\"").position("en", "<b>Attaché</b>")
                        .gender("FEMALE").rank("EXPERT").language("en").email("eve@example.ca").details()));

        PersonalMail mail = PersonalMail.of(new MailText("Invitation for {name}", "Dear {name}, {position}.\n\nSee {link}."),
                mallory, Language.EN, LINK + "?a=1&b=2", null);

        assertThat(mail.text()).contains("<script>alert(1)</script>").contains("<b>Attaché</b>");
        assertThat(mail.html()).doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Eve &amp; &quot;Co&quot;", "&lt;b&gt;Attaché&lt;/b&gt;")
                // The full stop after the address is not part of it; & is escaped inside the attribute too.
                .contains("<a href=\"" + LINK + "?a=1&amp;b=2\">" + LINK + "?a=1&amp;b=2</a>.");
        assertThat(mail.html().split("<a ", -1)).hasSize(2);
    }

    @Test
    void aChangeNoticeListsTheChanges() {
        Delegate d = forum.koreanMember();
        PersonalMail mail = PersonalMail.of(MailTemplates.defaultText(MessageKind.PROGRAMME_CHANGED, Language.KO), d, Language.KO,
                LINK, "• 개회식: 10:00 → 11:00");
        assertThat(mail.subject()).startsWith("일정 변경 안내");
        assertThat(mail.text()).contains("• 개회식: 10:00 → 11:00").contains("박지민");
        assertThat(mail.html()).contains("• 개회식: 10:00 → 11:00");
    }
}
