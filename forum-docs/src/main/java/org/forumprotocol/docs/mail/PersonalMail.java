package org.forumprotocol.docs.mail;

import java.util.HashMap;
import java.util.Map;

import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.MailText;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.Styles;

/**
 * A template filled in for one delegate: plain text as written, and the HTML alternative made from that text
 * with every value escaped ({@link MailHtml}) and web addresses as links.
 */
public record PersonalMail(Language language, String subject, String text, String html) {

    /** The placeholder values of {@code delegate} in {@code language}; {@code changes} may be null. */
    public static Map<String, String> values(Delegate delegate, Language language, String link, String changes) {
        Event event = delegate.getDelegation().getEvent();
        Map<String, String> values = new HashMap<>();
        values.put("formOfAddress", delegate.getFormOfAddress() == null ? "" : delegate.getFormOfAddress().get(language).orElse(""));
        values.put("name", delegate.displayName(language));
        values.put("position", delegate.getPosition() == null ? "" : delegate.getPosition().get(language).orElse(""));
        values.put("event", Styles.in(event.getTitle(), language, event));
        values.put("dates", Labels.of(language).dates(event.getStartsOn(), event.getEndsOn()));
        values.put("city", Styles.in(event.getCity(), language, event));
        values.put("link", link == null ? "" : link);
        values.put("changes", changes == null ? "" : changes);
        return values;
    }

    public static PersonalMail of(MailText template, Delegate delegate, Language language, String link, String changes) {
        MailText filled = template.fill(values(delegate, language, link, changes));
        return new PersonalMail(language, filled.subject(), filled.body(),
                MailHtml.document(language, filled.subject(), MailHtml.linkedParagraphs(filled.body())));
    }
}
