package org.forumprotocol.web.memorandum;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumParty;
import org.forumprotocol.core.memorandum.MemorandumState;
import org.forumprotocol.web.page.ShownText;

/** A line of the officers' list of memoranda: no articles, the parties by country. */
public record MemorandumRow(long id, ShownText title, MemorandumState state, int amendment, List<String> languages,
                            List<String> countries, LocalDate signingDate, Instant updatedAt) implements Serializable {

    static MemorandumRow of(Memorandum m, Language page) {
        MemorandumContent c = m.content();
        return new MemorandumRow(m.getId(), ShownText.of(c.title(), page, c.languages().get(0)), m.getState(), m.getAmendment(),
                c.languages().stream().map(Language::code).toList(), c.parties().stream().map(MemorandumParty::country).toList(),
                c.signingDate(), m.getUpdatedAt());
    }
}
