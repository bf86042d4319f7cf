package org.forumprotocol.web.memorandum;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.memorandum.Classification;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumParty;
import org.forumprotocol.core.memorandum.MemorandumSignature;
import org.forumprotocol.core.memorandum.MemorandumState;
import org.forumprotocol.core.memorandum.SignatureMethod;
import org.forumprotocol.docs.memorandum.MemorandumPdf;
import org.forumprotocol.web.page.ShownText;

/**
 * One memorandum as its pages show it: texts in the page's language where the memorandum has one (else its first
 * language), each party with where it stands in the signing, the articles side by side, and the archive record.
 *
 * @param nextParty the index of the party whose turn it is to sign, or null when nobody's is
 */
public record MemorandumDetails(long id, long version, MemorandumState state, int amendment, Long amendsId, ShownText title,
                                List<LanguageText> titles, List<String> languages, ShownText place, LocalDate signingDate,
                                List<PartyStatus> parties, List<ArticleRow> articles, Instant createdAt, Instant updatedAt,
                                Instant agreedAt, String agreedSha256, Integer nextParty, ArchiveRecord archive)
        implements Serializable {

    /** A text in one language, with that language for the element's {@code lang}. */
    public record LanguageText(String lang, String text) implements Serializable {
    }

    /** An article's number and its text in each language of the memorandum, in their order. */
    public record ArticleRow(int number, List<LanguageText> texts) implements Serializable {
    }

    /** Where a party stands: signed, next (its turn), waiting for the parties before it, or not yet signing (a draft). */
    public enum Standing { SIGNED, NEXT, WAITING, NOT_YET, NEVER }

    /** What the record of a signature says, as the page needs it. */
    public record SignatureFacts(int party, String signerName, String signerSubject, Instant signedAt, SignatureMethod method,
                                 String recordedBy, String sha256) implements Serializable {
        static SignatureFacts of(MemorandumSignature s) {
            return new SignatureFacts(s.getPartyIndex(), s.getSignerName(), s.getSignerSubject(), s.getSignedAt(), s.getMethod(),
                    s.getRecordedBy(), s.getPdfSha256());
        }
    }

    /**
     * One party: its organisation, country, signatory with position, its signature field in the PDF, and its
     * standing; {@code signature} once it has signed.
     */
    public record PartyStatus(int index, String field, ShownText organisation, String country, ShownText signatoryName,
                              ShownText signatoryPosition, Standing standing, SignatureFacts signature) implements Serializable {
        /** The number officers count parties by: 1, 2, … */
        public int number() {
            return index + 1;
        }
    }

    /** What the archive keeps about an archived memorandum. */
    public record ArchiveRecord(Instant archivedAt, String archivedBy, String sha256, int retentionYears, LocalDate retainUntil,
                                Classification classification) implements Serializable {
    }

    public static MemorandumDetails of(Memorandum m, List<MemorandumSignature> signatures, Language page) {
        MemorandumContent c = m.content();
        List<SignatureFacts> facts = signatures.stream().map(SignatureFacts::of).toList();
        List<PartyStatus> parties = parties(c, m.getState(), facts, page);
        Integer next = parties.stream().filter(p -> p.standing() == Standing.NEXT).map(PartyStatus::index).findFirst().orElse(null);
        ArchiveRecord archive = m.getArchivedAt() == null ? null : new ArchiveRecord(m.getArchivedAt(), m.getArchivedBy(),
                m.getArchivedSha256(), m.getRetentionYears(), m.retainUntil(), m.getClassification());
        Language first = c.languages().get(0);
        return new MemorandumDetails(m.getId(), m.getVersion(), m.getState(), m.getAmendment(), m.getAmendsId(),
                ShownText.of(c.title(), page, first), inEach(c.title(), c.languages()), c.languages().stream().map(Language::code).toList(),
                ShownText.of(c.place(), page, first), c.signingDate(), parties, articles(c), m.getCreatedAt(), m.getUpdatedAt(),
                m.getAgreedAt(), m.getAgreedSha256(), next, archive);
    }

    /**
     * Each party with its standing: while signatures are collected (AGREED, SIGNING), the parties sign in their order,
     * so the first one without a signature is next and those after it wait; a draft's parties do not sign yet; a
     * withdrawn memorandum's unsigned parties never will.
     */
    static List<PartyStatus> parties(MemorandumContent c, MemorandumState state, List<SignatureFacts> signatures, Language page) {
        Language first = c.languages().get(0);
        boolean collecting = state == MemorandumState.AGREED || state == MemorandumState.SIGNING;
        List<PartyStatus> parties = new ArrayList<>();
        boolean nextGiven = false;
        for (int i = 0; i < c.parties().size(); i++) {
            MemorandumParty p = c.parties().get(i);
            int index = i;
            SignatureFacts signature = signatures.stream().filter(s -> s.party() == index).findFirst().orElse(null);
            Standing standing;
            if (signature != null) {
                standing = Standing.SIGNED;
            } else if (collecting && !nextGiven) {
                standing = Standing.NEXT;
                nextGiven = true;
            } else if (collecting) {
                standing = Standing.WAITING;
            } else if (state == MemorandumState.DRAFT) {
                standing = Standing.NOT_YET;
            } else {
                standing = Standing.NEVER;
            }
            parties.add(new PartyStatus(i, MemorandumPdf.fieldName(i), ShownText.of(p.organisation(), page, first), p.country(),
                    ShownText.of(p.signatoryName(), page, first), ShownText.of(p.signatoryPosition(), page, first), standing, signature));
        }
        return List.copyOf(parties);
    }

    static List<ArticleRow> articles(MemorandumContent c) {
        List<ArticleRow> rows = new ArrayList<>();
        for (int i = 0; i < c.articleCount(); i++) {
            List<LanguageText> texts = new ArrayList<>();
            for (Language l : c.languages()) {
                List<String> list = c.articles(l);
                texts.add(new LanguageText(l.code(), i < list.size() ? list.get(i) : ""));
            }
            rows.add(new ArticleRow(i + 1, List.copyOf(texts)));
        }
        return List.copyOf(rows);
    }

    private static List<LanguageText> inEach(LocalizedText text, List<Language> languages) {
        return languages.stream().map(l -> new LanguageText(l.code(), text.get(l).orElse(""))).toList();
    }

    /** Whether signatures are being collected: the sign and upload forms are offered. */
    public boolean isCollecting() {
        return nextParty != null;
    }

    public PartyStatus getNext() {
        return nextParty == null ? null : parties.get(nextParty);
    }

    public boolean isDraft() {
        return state == MemorandumState.DRAFT;
    }

    public boolean isWithdrawable() {
        return state.canMoveTo(MemorandumState.WITHDRAWN);
    }

    public boolean isArchivable() {
        return state == MemorandumState.SIGNED;
    }

    public boolean isAmendable() {
        return state.frozen();
    }

    /** From agreement on there is a stored PDF; before it, the document is rendered as a draft. */
    public boolean isAgreed() {
        return agreedSha256 != null;
    }

    public long signedCount() {
        return parties.stream().filter(p -> p.standing() == Standing.SIGNED).count();
    }
}
