package org.forumprotocol.core.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.forumprotocol.core.i18n.Language;

/** An officer's wording of one message kind in one language, replacing the shipped default. */
@Entity
@Table(name = "mail_template")
public class MailTemplate {
    @Id
    private String id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false, length = 32)
    private String kind;

    @Column(nullable = false, updatable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 2000)
    private String subject;

    @Column(nullable = false, length = 20_000)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailTemplate() {
    }

    MailTemplate(MessageKind kind, Language language, MailText text, Instant at) {
        this.id = idOf(kind, language);
        this.kind = kind.name();
        this.language = language.code();
        change(text, at);
    }

    static String idOf(MessageKind kind, Language language) {
        return kind.name() + "/" + language.code();
    }

    void change(MailText text, Instant at) {
        this.subject = text.subject();
        this.body = text.body();
        this.updatedAt = at;
    }

    public MailText text() {
        return new MailText(subject, body);
    }

    public MessageKind getKind() {
        return MessageKind.valueOf(kind);
    }

    public Language getLanguage() {
        return Language.of(language).orElseThrow();
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
