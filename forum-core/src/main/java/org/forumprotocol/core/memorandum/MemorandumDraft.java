package org.forumprotocol.core.memorandum;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A memorandum as an officer typed it, not yet checked: texts per language code, the way the API and the pages
 * send them. {@link Memoranda#validate} turns it into {@link MemorandumContent} or names every problem.
 *
 * @param articles        per language code, the articles in order
 * @param expectedVersion the version the editor started from, to refuse overwriting someone else's change
 */
public record MemorandumDraft(Map<String, String> title, List<String> languages, List<Party> parties,
                              Map<String, List<String>> articles, Map<String, String> place, LocalDate signingDate,
                              Long eventId, Long agendaItemId, Long expectedVersion) {

    /** One party as typed: texts per language code. */
    public record Party(Map<String, String> organisation, String country, Map<String, String> signatoryName,
                        Map<String, String> signatoryPosition) {
    }

    public MemorandumDraft withExpectedVersion(Long version) {
        return new MemorandumDraft(title, languages, parties, articles, place, signingDate, eventId, agendaItemId, version);
    }
}
