package org.forumprotocol.core.memorandum;

import java.time.LocalDate;

/**
 * A search of the archive as an archivist typed it; every part may be null (no condition). All given conditions
 * must hold.
 *
 * @param text      words that must all occur somewhere in the memorandum: title, place, parties, signatories and
 *                  their positions, articles, in any of its languages; case and ё/е do not matter
 * @param country   ISO code of a party's country (KZ)
 * @param party     words of a party's name, in any language
 * @param signatory words of a signatory's name, in any script
 * @param language  a language the memorandum is written in (kk, ru, en, ko)
 * @param from      signed on or after this day (the date of signing the text states)
 * @param to        signed on or before this day
 * @param offset    how many results to skip, for pages
 * @param limit     at most this many results (1 to {@link #MAX_LIMIT})
 */
public record ArchiveQuery(String text, String country, String party, String signatory, String language, LocalDate from,
                           LocalDate to, int offset, int limit) {
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    /** Everything archived, first page. */
    public static ArchiveQuery all() {
        return new ArchiveQuery(null, null, null, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    public ArchiveQuery withText(String words) {
        return new ArchiveQuery(words, country, party, signatory, language, from, to, offset, limit);
    }
}
