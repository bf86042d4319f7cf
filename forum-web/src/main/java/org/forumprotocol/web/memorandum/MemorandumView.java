package org.forumprotocol.web.memorandum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumParty;
import org.forumprotocol.core.memorandum.MemorandumSignature;
import org.forumprotocol.core.memorandum.MemorandumState;
import org.forumprotocol.docs.memorandum.MemorandumPdf;
import org.forumprotocol.web.rest.Texts;

/**
 * A memorandum as the API shows it: the text in the shape it is sent ({@link MemorandumBody}; signatories' names
 * as written), its state, each party with its signature field and whether it has signed, whose turn it is, the
 * agreed PDF's hash, and once archived the archive record.
 *
 * @param nextParty the index of the party whose turn it is to sign, or null when nobody's is
 */
public record MemorandumView(long id, long version, String state, int amendment, Long amendsId, Map<String, String> title,
                             List<String> languages, List<PartyView> parties, List<Map<String, String>> articles,
                             Map<String, String> place, LocalDate signingDate, Long eventId, Long agendaItemId,
                             Instant createdAt, Instant updatedAt, Instant agreedAt, String agreedSha256, Integer nextParty,
                             List<SignatureView> signatures, ArchiveView archive) {

    public record SignatoryView(Map<String, String> name, Map<String, String> position) {
    }

    /** A party; {@code field} is its signature field in the PDF. */
    public record PartyView(int index, String field, Map<String, String> organization, String country, SignatoryView signatory,
                            boolean signed) {
    }

    /** A recorded signature: {@code method} SIGNED_HERE or UPLOADED; {@code sha256} of the whole PDF after it. */
    public record SignatureView(int party, String field, String signerName, String signerSubject, Instant signedAt, String method,
                                String recordedBy, String sha256) {
        static SignatureView of(MemorandumSignature s) {
            return new SignatureView(s.getPartyIndex(), MemorandumPdf.fieldName(s.getPartyIndex()), s.getSignerName(),
                    s.getSignerSubject(), s.getSignedAt(), s.getMethod().name(), s.getRecordedBy(), s.getPdfSha256());
        }
    }

    public record ArchiveView(Instant archivedAt, String archivedBy, String sha256, int retentionYears, LocalDate retainUntil,
                              String classification) {
        static ArchiveView of(Memorandum m) {
            return m.getArchivedAt() == null ? null : new ArchiveView(m.getArchivedAt(), m.getArchivedBy(), m.getArchivedSha256(),
                    m.getRetentionYears(), m.retainUntil(), m.getClassification().name());
        }
    }

    public static MemorandumView of(Memorandum m, List<MemorandumSignature> signatures) {
        MemorandumContent c = m.content();
        List<PartyView> parties = new ArrayList<>();
        for (int i = 0; i < c.parties().size(); i++) {
            MemorandumParty p = c.parties().get(i);
            int index = i;
            parties.add(new PartyView(i, MemorandumPdf.fieldName(i), Texts.json(p.organisation()), p.country(),
                    new SignatoryView(Texts.json(p.signatoryName()), Texts.json(p.signatoryPosition())),
                    signatures.stream().anyMatch(s -> s.getPartyIndex() == index)));
        }
        List<Map<String, String>> articles = new ArrayList<>();
        for (int i = 0; i < c.articleCount(); i++) {
            Map<String, String> article = new LinkedHashMap<>();
            for (Language l : c.languages()) {
                List<String> list = c.articles(l);
                if (i < list.size()) {
                    article.put(l.code(), list.get(i));
                }
            }
            articles.add(article);
        }
        boolean collecting = m.getState() == MemorandumState.AGREED || m.getState() == MemorandumState.SIGNING;
        return new MemorandumView(m.getId(), m.getVersion(), m.getState().name(), m.getAmendment(), m.getAmendsId(),
                Texts.json(c.title()), c.languages().stream().map(Language::code).toList(), parties, articles, Texts.json(c.place()),
                c.signingDate(), c.eventId(), c.agendaItemId(), m.getCreatedAt(), m.getUpdatedAt(), m.getAgreedAt(),
                m.getAgreedSha256(), collecting && signatures.size() < c.parties().size() ? signatures.size() : null,
                signatures.stream().map(SignatureView::of).toList(), ArchiveView.of(m));
    }

    /** A line of a list: no articles. */
    public record Summary(long id, long version, String state, int amendment, String title, List<String> languages,
                          List<String> countries, LocalDate signingDate, Instant updatedAt) {
        public static Summary of(Memorandum m) {
            MemorandumContent c = m.content();
            return new Summary(m.getId(), m.getVersion(), m.getState().name(), m.getAmendment(), m.getTitle(),
                    c.languages().stream().map(Language::code).toList(), c.parties().stream().map(MemorandumParty::country).toList(),
                    c.signingDate(), m.getUpdatedAt());
        }
    }
}
