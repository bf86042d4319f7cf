package org.forumprotocol.web.memorandum;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.Classification;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.web.page.ShownText;

/** A search result of the archive: enough to recognise the memorandum without its articles. */
public record ArchiveRow(long id, ShownText title, List<Party> parties, List<String> languages, LocalDate signingDate,
                         Instant archivedAt, Classification classification) implements Serializable {

    /** A party by organisation and country. */
    public record Party(ShownText organisation, String country) implements Serializable {
    }

    static ArchiveRow of(Memorandum m, Language page) {
        MemorandumContent c = m.content();
        Language first = c.languages().get(0);
        return new ArchiveRow(m.getId(), ShownText.of(c.title(), page, first),
                c.parties().stream().map(p -> new Party(ShownText.of(p.organisation(), page, first), p.country())).toList(),
                c.languages().stream().map(Language::code).toList(), c.signingDate(), m.getArchivedAt(), m.getClassification());
    }
}
