package org.forumprotocol.docs.pdf;

import org.forumprotocol.core.i18n.Language;

/** What a document says about itself in its metadata (Info dictionary and XMP) and its language. */
public record DocumentInfo(String title, String author, String subject, Language language) {
    public DocumentInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        if (language == null) {
            throw new IllegalArgumentException("a document needs a language");
        }
    }
}
