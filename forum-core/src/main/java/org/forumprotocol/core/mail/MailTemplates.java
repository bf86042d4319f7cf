package org.forumprotocol.core.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.i18n.Language;

/**
 * The wording of every message kind in every language: the officers' own where they wrote one, else the
 * default shipped with the application (resources {@code templates/KIND.lang.txt} next to this class: the
 * subject on the first line, a blank line, then the body). Changes are audited.
 */
@ApplicationScoped
@Transactional
public class MailTemplates {
    static final String ENTITY = "MailTemplate";

    /** One template as officers see it: whether it is their own, or the default. */
    public record Entry(MessageKind kind, Language language, MailText text, boolean custom) {
    }

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected MailTemplates() {
    }

    @Inject
    public MailTemplates(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** The shipped wording, which every kind has in every language. */
    public static MailText defaultText(MessageKind kind, Language language) {
        String name = "templates/" + kind.name() + "." + language.code() + ".txt";
        try (InputStream in = MailTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no default mail template " + name);
            }
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int end = all.indexOf('\n');
            return new MailText(all.substring(0, end).strip(), all.substring(end + 1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Entry get(MessageKind kind, Language language) {
        MailTemplate own = em.find(MailTemplate.class, MailTemplate.idOf(kind, language));
        return own == null ? new Entry(kind, language, defaultText(kind, language), false)
                : new Entry(kind, language, own.text(), true);
    }

    /** The wording to send: the officers' or the default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MailText text(MessageKind kind, Language language) {
        return get(kind, language).text();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        for (MessageKind kind : MessageKind.values()) {
            for (Language language : Language.values()) {
                entries.add(get(kind, language));
            }
        }
        return entries;
    }

    /** Stores the officers' wording; an unknown placeholder is refused, naming it. */
    public Entry save(MessageKind kind, Language language, MailText text) {
        FieldChecks checks = new FieldChecks();
        checks.required("kind", kind);
        checks.required("language", language);
        MailText checked = text == null ? new MailText(null, null).checked(checks) : text.checked(checks);
        checks.throwIfAny("The template cannot be saved");
        MailTemplate own = em.find(MailTemplate.class, MailTemplate.idOf(kind, language));
        if (own == null) {
            own = new MailTemplate(kind, language, checked, clock.instant());
            em.persist(own);
        } else {
            own.change(checked, clock.instant());
        }
        em.flush();
        audit.record(ENTITY, MailTemplate.idOf(kind, language), "SAVE", kind + " " + language.code() + ": " + checked.subject());
        return new Entry(kind, language, checked, true);
    }

    /** Goes back to the shipped wording. */
    public Entry reset(MessageKind kind, Language language) {
        MailTemplate own = em.find(MailTemplate.class, MailTemplate.idOf(kind, language));
        if (own != null) {
            em.remove(own);
            audit.record(ENTITY, MailTemplate.idOf(kind, language), "RESET", kind + " " + language.code() + " back to the default");
        }
        return new Entry(kind, language, defaultText(kind, language), false);
    }
}
