package org.forumprotocol.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shipped wording of every message, officers' own wording, and filling placeholders in. */
class MailTemplatesTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private MailTemplates templates;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
        templates = new MailTemplates(f.em, f.audit, f.clock);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void everyKindHasADefaultInEveryLanguageUsingOnlyKnownPlaceholders() {
        for (MessageKind kind : MessageKind.values()) {
            for (Language language : Language.values()) {
                MailText text = MailTemplates.defaultText(kind, language);
                assertThat(text.subject()).as(kind + " " + language).isNotBlank().doesNotContain("\n");
                assertThat(text.body()).as(kind + " " + language).contains("{name}").contains("{link}");
                assertThat(MailText.PLACEHOLDERS).containsAll(text.placeholders());
                if (kind == MessageKind.PROGRAMME_CHANGED) {
                    assertThat(text.body()).contains("{changes}");
                }
            }
        }
        assertThat(MailTemplates.defaultText(MessageKind.INVITATION, Language.KO).subject()).startsWith("초청장");
        assertThat(MailTemplates.defaultText(MessageKind.INVITATION, Language.KK).body()).contains("{formOfAddress} {name}!").contains("қатысуға");
        assertThat(MailTemplates.defaultText(MessageKind.INVITATION, Language.RU).subject()).startsWith("Приглашение");
    }

    @Test
    void fillingInReplacesValuesOnceAndLeavesNoDoubleSpaces() {
        MailText text = new MailText("{event} – {name}", "{formOfAddress} {name},\n\n{changes}\n{link}");
        MailText filled = text.fill(Map.of("event", "Форум", "name", "조태익 {link}", "formOfAddress", "",
                "changes", "• $1 item", "link", "https://forum.example.kz/d/abc"));
        assertThat(filled.subject()).isEqualTo("Форум – 조태익 {link}");
        // The value's own braces are not read again, the form of address leaves no leading space, $ is literal.
        assertThat(filled.body()).isEqualTo("조태익 {link},\n\n• $1 item\nhttps://forum.example.kz/d/abc");
    }

    @Test
    void officersOverrideAndResetAWordingWithAnAuditTrail() {
        MailTemplates.Entry saved = f.tx(() -> templates.save(MessageKind.INVITATION, Language.KK,
                new MailText("  Шақыру: {event}  ", "Құрметті {name}! Әғқңөұүһі {link}")));
        assertThat(saved.custom()).isTrue();

        MailTemplates.Entry read = f.fresh(em -> new MailTemplates(em, f.audit, f.clock).get(MessageKind.INVITATION, Language.KK));
        assertThat(read.custom()).isTrue();
        assertThat(read.text()).isEqualTo(new MailText("Шақыру: {event}", "Құрметті {name}! Әғқңөұүһі {link}"));
        assertThat(templates.get(MessageKind.INVITATION, Language.RU).custom()).isFalse();
        assertThat(templates.all()).hasSize(MessageKind.values().length * Language.values().length)
                .filteredOn(MailTemplates.Entry::custom).hasSize(1);

        f.tx(() -> templates.save(MessageKind.INVITATION, Language.KK, new MailText("Шақыру", "{name} {link}")));
        assertThat(f.fresh(em -> new MailTemplates(em, f.audit, f.clock).text(MessageKind.INVITATION, Language.KK)).subject())
                .isEqualTo("Шақыру");

        f.tx(() -> templates.reset(MessageKind.INVITATION, Language.KK));
        assertThat(f.fresh(em -> new MailTemplates(em, f.audit, f.clock).get(MessageKind.INVITATION, Language.KK)).custom()).isFalse();
        assertThat(f.auditEntries()).extracting(e -> e.getEntityType() + " " + e.getEntityId() + " " + e.getAction())
                .containsExactly("MailTemplate INVITATION/kk SAVE", "MailTemplate INVITATION/kk SAVE", "MailTemplate INVITATION/kk RESET");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingIt() {
        ForumException e = f.refusedStoringNothing(() -> templates.save(MessageKind.REMINDER, Language.EN,
                new MailText("Reminder {evnt}", "Dear {name}, {linkk}")));
        assertThat(e.kind()).isEqualTo(ForumException.Kind.INVALID);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("subject", "body");
        assertThat(e.fieldErrors().get(0).message()).contains("{evnt}");
        assertThat(e.fieldErrors().get(1).message()).contains("{linkk}");

        ForumException empty = f.refusedStoringNothing(() -> templates.save(MessageKind.REMINDER, Language.EN,
                new MailText("two\nlines", " ")));
        assertThat(empty.fieldErrors()).extracting(FieldError::field).containsExactly("subject", "body");
    }

    @Test
    void theUnknownPlaceholdersAreNamedWithThePartTheyStandInAndOnlyAChangeNoticeFillsTheChanges() {
        assertThat(new MailText("Reminder {evnt}", "Dear {name}, {linkk} {evnt}").unknownPlaceholders())
                .containsExactly(java.util.Map.entry("evnt", "subject"), java.util.Map.entry("linkk", "body"));
        assertThat(new MailText("{event}", "{name}").unknownPlaceholders()).isEmpty();
        assertThat(MailText.placeholdersOf(MessageKind.INVITATION)).doesNotContain("changes").contains("name", "link");
        assertThat(MailText.placeholdersOf(MessageKind.PROGRAMME_CHANGED)).contains("changes");
    }
}
