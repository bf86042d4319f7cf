package org.forumprotocol.core.memorandum;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.i18n.TextRules;

/**
 * Memoranda from the first draft to the archive: drafts are edited and every save is a revision; agreeing
 * freezes the text together with its rendered PDF/A; then the parties' signatures in their order, each an
 * incremental update of the document before it; archiving (with retention and classification, searchable), or
 * withdrawal. Rendering and signing happen in forum-docs: this service keeps the bytes it is given with their
 * SHA-256, checks them against it whenever it hands them out, and raises an {@link ArchiveAlarm} when they no
 * longer match. Such a refusal ({@link ChecksumMismatchException}) does not roll the transaction back, so that the
 * alarm and its audit entry are kept.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ChecksumMismatchException.class)
public class Memoranda {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Memoranda.class.getName());
    static final String ENTITY = "Memorandum";
    static final int MIN_LANGUAGES = 2;
    static final int MAX_LANGUAGES = 4;
    static final int MIN_PARTIES = 2;
    /** More parties do not fit a signature page; multilateral treaties are not what this office signs. */
    static final int MAX_PARTIES = 12;
    static final int MAX_ARTICLES = 200;
    /** Longer than any retention schedule asks of a memorandum; "permanent" is not a period this field expresses. */
    public static final int MAX_RETENTION_YEARS = 100;

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected Memoranda() {
    }

    @Inject
    public Memoranda(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Memorandum> list() {
        return em.createNamedQuery("Memorandum.all", Memorandum.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Memorandum get(long id) {
        Memorandum m = em.find(Memorandum.class, id);
        if (m == null) {
            throw ForumException.notFound("Memorandum " + id);
        }
        return m;
    }

    public Memorandum create(MemorandumDraft draft) {
        MemorandumContent content = validate(draft);
        Memorandum m = new Memorandum(content, 1, null, clock.instant());
        em.persist(m);
        em.flush();
        saveRevision(m);
        audit.record(ENTITY, m.getId(), "CREATE", summary(m, content));
        return m;
    }

    /**
     * Saves a changed draft as its next revision. Saving the same text again is no change and makes no revision.
     */
    public Memorandum update(long id, MemorandumDraft draft) {
        Memorandum m = get(id);
        if (draft.expectedVersion() != null && draft.expectedVersion() != m.getVersion()) {
            throw ForumException.stale("Memorandum " + id);
        }
        requireDraft(m, "changed");
        MemorandumContent content = validate(draft);
        String json = MemorandumJson.write(content);
        if (json.equals(m.contentJson())) {
            return m;
        }
        int articlesBefore = m.content().articleCount();
        m.setContent(content, clock.instant());
        em.flush();
        MemorandumRevision revision = saveRevision(m);
        audit.record(ENTITY, m.getId(), "UPDATE", "revision " + revision.getNumber() + " of " + summary(m, content)
                + (articlesBefore != content.articleCount() ? "; articles " + articlesBefore + " → " + content.articleCount() : ""));
        return m;
    }

    /**
     * Freezes the text: the PDF/A rendered from the current draft is stored with its SHA-256, and from now on
     * neither changes. The caller renders it from {@link Memorandum#content()} of the same version, which it
     * passes as {@code expectedVersion} so that a draft saved meanwhile is not agreed with an older PDF.
     */
    public Memorandum agree(long id, long expectedVersion, byte[] pdf) {
        Memorandum m = get(id);
        em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (expectedVersion != m.getVersion()) {
            throw ForumException.stale("Memorandum " + id);
        }
        requireDraft(m, "agreed again");
        if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw ForumException.invalid("pdf", "the agreed document must be a PDF");
        }
        String sha = MemorandumContent.sha256(pdf);
        m.agree(pdf, sha, clock.instant());
        em.flush();
        audit.record(ENTITY, m.getId(), "AGREE", "agreed " + summary(m, m.content()) + "; PDF SHA-256 " + sha);
        return m;
    }

    /**
     * The party whose turn it is must be {@code partyIndex}: the memorandum is agreed or being signed, the index names
     * one of its parties, and every party before it has signed and it has not. Checked before anyone goes to the
     * trouble of signing; {@link #recordSignature} checks again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Memorandum requireTurn(long id, int partyIndex) {
        Memorandum m = get(id);
        requireTurn(m, partyIndex, signatures(id).size());
        return m;
    }

    private static void requireTurn(Memorandum m, int partyIndex, int signed) {
        List<MemorandumParty> parties = m.content().parties();
        if (partyIndex < 0 || partyIndex >= parties.size()) {
            throw ForumException.invalid("party", "the memorandum has the parties 0 to " + (parties.size() - 1)
                    + " (their order in the list of parties); there is no party " + partyIndex);
        }
        if (m.getState() != MemorandumState.AGREED && m.getState() != MemorandumState.SIGNING) {
            throw new ForumException(Kind.CONFLICT, "Memorandum " + m.getId() + " is " + m.getState() + "; "
                    + (m.getState() == MemorandumState.DRAFT ? "it is signed only once its text is agreed"
                    : "signatures are collected only while it is AGREED or SIGNING"));
        }
        if (partyIndex < signed) {
            throw new ForumException(Kind.CONFLICT, partyName(m, partyIndex) + " has signed memorandum " + m.getId() + " already");
        }
        if (partyIndex > signed) {
            throw new ForumException(Kind.CONFLICT, "The parties sign in their order: " + partyName(m, partyIndex)
                    + " signs after " + partyName(m, signed) + ", which has not signed yet");
        }
    }

    /** "Kongju National University (party 1)": the organisation in the memorandum's first language and its index. */
    private static String partyName(Memorandum m, int index) {
        MemorandumContent c = m.content();
        return c.parties().get(index).organisation().in(c.languages().get(0)) + " (party " + index + ")";
    }

    /**
     * Records the signature of the party whose turn it is. {@code signedPdf} must be the current document (the agreed
     * PDF, or the PDF after the latest signature) with that signature appended as an incremental update: it begins
     * with exactly the current bytes. The first signature moves the memorandum to {@code SIGNING}, the last one
     * to {@code SIGNED}. Two parties recording at once: one of them gets a 409 (the memorandum's version).
     *
     * @param signerName    who signed, as the certificate names them (its common name)
     * @param signerSubject the certificate's whole subject, or null
     */
    public MemorandumSignature recordSignature(long id, int partyIndex, byte[] signedPdf, String signerName, String signerSubject,
                                               SignatureMethod how) {
        Memorandum m = get(id);
        em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<MemorandumSignature> earlier = signatures(id);
        requireTurn(m, partyIndex, earlier.size());
        FieldChecks checks = new FieldChecks();
        String name = checks.text("signerName", signerName, 500);
        if (name == null && !checks.has("signerName")) {
            checks.add("signerName", "is required: the signer as their certificate names them");
        }
        String subject = signerSubject == null || signerSubject.isBlank() ? null : checks.text("signerSubject", signerSubject, 1000);
        checks.required("how", how);
        checks.throwIfAny("The signature cannot be recorded");
        byte[] current = earlier.isEmpty() ? checked(m, m.storedAgreedPdf(), m.getAgreedSha256(), "agreed PDF")
                : checked(m, earlier.get(earlier.size() - 1).pdf(), earlier.get(earlier.size() - 1).getPdfSha256(),
                "PDF after signature " + earlier.size());
        requireAppendedTo(current, signedPdf);
        String sha = MemorandumContent.sha256(signedPdf);
        MemorandumSignature signature = new MemorandumSignature(id, partyIndex, name, subject, clock.instant(), how,
                audit.currentActor(), signedPdf, sha);
        em.persist(signature);
        MemorandumState before = m.getState();
        if (before == MemorandumState.AGREED) {
            m.moveTo(MemorandumState.SIGNING, clock.instant());
        }
        if (earlier.size() + 1 == m.content().parties().size()) {
            m.moveTo(MemorandumState.SIGNED, clock.instant());
        }
        em.flush();
        audit.record(ENTITY, id, how == SignatureMethod.UPLOADED ? "SIGNED_UPLOAD" : "SIGN", partyName(m, partyIndex)
                + " signed by " + name + (subject == null ? "" : " (" + subject + ")")
                + (how == SignatureMethod.UPLOADED ? ", signed elsewhere and uploaded" : ", signed here")
                + "; document " + signedPdf.length + " bytes, SHA-256 " + sha
                + (before != m.getState() ? "; " + before + " → " + m.getState() : ""));
        return signature;
    }

    /**
     * An incremental update keeps every byte of the document before it and appends to it: {@code signed} must begin
     * with exactly {@code current} and be longer. Otherwise a 400 on the field {@code file} that says where they part.
     */
    public static void requireAppendedTo(byte[] current, byte[] signed) {
        if (signed == null || signed.length <= current.length) {
            throw ForumException.invalid("file", "the signed document must be the current document (" + current.length
                    + " bytes) with the signature appended, so it must be longer; it has "
                    + (signed == null ? 0 : signed.length) + " bytes");
        }
        int differs = java.util.Arrays.mismatch(current, 0, current.length, signed, 0, current.length);
        if (differs >= 0) {
            throw ForumException.invalid("file", "the signed document must begin with exactly the bytes of the current document ("
                    + current.length + " bytes, SHA-256 " + MemorandumContent.sha256(current) + "), with the signature appended "
                    + "as an incremental update; it differs from byte " + differs + " on, so it is another document or was "
                    + "saved anew rather than signed incrementally");
        }
    }

    /** Every signature recorded so far, in the parties' order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemorandumSignature> signatures(long id) {
        return em.createNamedQuery("MemorandumSignature.of", MemorandumSignature.class).setParameter("memorandum", id)
                .getResultList();
    }

    /**
     * The document as it stands: null for a draft (the caller renders it from the text), the agreed PDF until the
     * first signature, then the PDF after the latest signature (also once signed, archived or withdrawn). The bytes
     * are checked against their SHA-256 first; a mismatch is an alarm ({@link ChecksumMismatchException}).
     */
    public byte[] currentPdf(long id) {
        Memorandum m = get(id);
        List<MemorandumSignature> signed = signatures(id);
        if (!signed.isEmpty()) {
            MemorandumSignature last = signed.get(signed.size() - 1);
            return checked(m, last.pdf(), last.getPdfSha256(), "PDF after signature " + signed.size()).clone();
        }
        if (m.getAgreedSha256() == null) {
            return null;
        }
        return checked(m, m.storedAgreedPdf(), m.getAgreedSha256(), "agreed PDF").clone();
    }

    /**
     * Archives a memorandum that every party has signed: the final signed bytes are copied into the archive with
     * their SHA-256, the retention period (1 to {@value #MAX_RETENTION_YEARS} years) and the classification
     * (PUBLIC, INTERNAL, RESTRICTED), and the memorandum becomes searchable in the archive.
     */
    public Memorandum archive(long id, Integer retentionYears, String classification) {
        FieldChecks checks = new FieldChecks();
        if (retentionYears == null) {
            checks.add("retentionYears", "is required: how many years the archive keeps the memorandum (1 to " + MAX_RETENTION_YEARS + ")");
        } else if (retentionYears < 1 || retentionYears > MAX_RETENTION_YEARS) {
            checks.add("retentionYears", "must be 1 to " + MAX_RETENTION_YEARS + " years, not " + retentionYears);
        }
        Classification level = checks.choice("classification", classification, Classification.class);
        if (level == null && !checks.has("classification")) {
            checks.add("classification", "is required: one of " + java.util.Arrays.toString(Classification.values()));
        }
        checks.throwIfAny("The memorandum cannot be archived");
        Memorandum m = get(id);
        em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (m.getState() != MemorandumState.SIGNED) {
            throw new ForumException(Kind.CONFLICT, "Memorandum " + id + " is " + m.getState()
                    + "; only a memorandum that every party has signed (SIGNED) is archived");
        }
        List<MemorandumSignature> signed = signatures(id);
        MemorandumSignature last = signed.get(signed.size() - 1);
        byte[] pdf = checked(m, last.pdf(), last.getPdfSha256(), "PDF after signature " + signed.size());
        m.archive(pdf, last.getPdfSha256(), retentionYears, level, audit.currentActor(), clock.instant());
        em.flush();
        audit.record(ENTITY, id, "ARCHIVE", "SIGNED → ARCHIVED: " + m.getTitle() + "; " + pdf.length + " bytes, SHA-256 "
                + last.getPdfSha256() + "; kept " + retentionYears + " years (until " + m.retainUntil() + "), " + level);
        return m;
    }

    public Memorandum withdraw(long id) {
        return move(id, MemorandumState.WITHDRAWN, "WITHDRAW");
    }

    /** Why an archived copy is read; each read is in the audit trail under this action. */
    public enum ArchiveAccess { DOWNLOAD, VERIFICATION }

    /**
     * The archived PDF, byte for byte as signed, after checking it against the SHA-256 stored when it was archived.
     * Every read is recorded in the audit trail (who, when, why). A mismatch is refused with
     * {@link ChecksumMismatchException}, logged and kept as an {@link ArchiveAlarm} for the administrators.
     */
    public byte[] archivedPdf(long id, ArchiveAccess access) {
        Memorandum m = get(id);
        if (m.getState() != MemorandumState.ARCHIVED) {
            throw ForumException.notFound("Memorandum " + id + " in the archive");
        }
        byte[] pdf = checked(m, m.storedArchivedPdf(), m.getArchivedSha256(), "archived PDF");
        audit.record(ENTITY, id, access == ArchiveAccess.DOWNLOAD ? "DOWNLOAD" : "VERIFY_ARCHIVED",
                "archived PDF read for " + access.name().toLowerCase(java.util.Locale.ROOT) + " (" + pdf.length
                        + " bytes, SHA-256 verified)");
        return pdf.clone();
    }

    /** One memorandum of the archive, for its details page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Memorandum archived(long id) {
        Memorandum m = get(id);
        if (m.getState() != MemorandumState.ARCHIVED) {
            throw ForumException.notFound("Memorandum " + id + " in the archive");
        }
        return m;
    }

    /** Searches archived memoranda; every bad condition is named. See {@link ArchiveQuery}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArchivePage search(ArchiveQuery q) {
        FieldChecks checks = new FieldChecks();
        String country = q.country() == null || q.country().isBlank() ? null : q.country().strip().toUpperCase(java.util.Locale.ROOT);
        if (country != null && !Countries.isKnown(country)) {
            checks.add("country", "'" + q.country() + "' is not an ISO 3166 country code such as KZ or KR");
        }
        Language language = q.language() == null || q.language().isBlank() ? null : checks.language("language", q.language());
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            checks.add("to", "must not be before from (" + q.from() + ")");
        }
        if (q.limit() < 1 || q.limit() > ArchiveQuery.MAX_LIMIT) {
            checks.add("limit", "must be 1 to " + ArchiveQuery.MAX_LIMIT + ", not " + q.limit());
        }
        if (q.offset() < 0) {
            checks.add("offset", "must not be negative");
        }
        checks.throwIfAny("The archive cannot be searched");

        Map<String, Object> params = new java.util.LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where m.state = :archived");
        params.put("archived", MemorandumState.ARCHIVED);
        words(where, params, "m.searchText", "text", q.text());
        words(where, params, "m.searchParties", "party", q.party());
        words(where, params, "m.searchSignatories", "signatory", q.signatory());
        if (country != null) {
            where.append(" and m.searchCountries like :country");
            params.put("country", "% " + country + " %");
        }
        if (language != null) {
            where.append(" and m.searchLanguages like :language");
            params.put("language", "% " + language.code() + " %");
        }
        if (q.from() != null) {
            where.append(" and m.signingDate >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and m.signingDate <= :to");
            params.put("to", q.to());
        }
        jakarta.persistence.TypedQuery<Memorandum> query = em.createQuery("select m from Memorandum m" + where
                + " order by m.signingDate desc, m.id desc", Memorandum.class);
        jakarta.persistence.TypedQuery<Long> count = em.createQuery("select count(m) from Memorandum m" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new ArchivePage(query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList(), count.getSingleResult());
    }

    /** Each word typed must occur in the column (folded as {@link ArchiveIndex} folds the stored text). */
    private static void words(StringBuilder where, Map<String, Object> params, String column, String name, String typed) {
        List<String> patterns = ArchiveIndex.patterns(typed);
        for (int i = 0; i < patterns.size(); i++) {
            where.append(" and ").append(column).append(" like :").append(name).append(i).append(" escape '\\'");
            params.put(name + i, patterns.get(i));
        }
    }

    /** The stored copies found damaged, newest first, for the administrators' page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArchiveAlarm> alarms() {
        return em.createNamedQuery("ArchiveAlarm.all", ArchiveAlarm.class).setMaxResults(500).getResultList();
    }

    /**
     * The stored bytes if they still have the SHA-256 recorded for them. Otherwise: an error in the log (ids and
     * hashes only), an {@link ArchiveAlarm} and an audit entry, then the refusal; the transaction commits anyway
     * (see the class's {@code dontRollbackOn}), so the alarm stays.
     */
    private byte[] checked(Memorandum m, byte[] stored, String expected, String copy) {
        String actual = MemorandumContent.sha256(stored == null ? new byte[0] : stored);
        if (actual.equals(expected)) {
            return stored;
        }
        String who = audit.currentActor();
        LOG.severe("Integrity alarm: the " + copy + " of memorandum " + m.getId() + " no longer has its recorded SHA-256 "
                + expected + " but " + actual + "; it was refused to '" + who + "'. Restore the copy from a backup.");
        em.persist(new ArchiveAlarm(m.getId(), copy, clock.instant(), who, expected, actual));
        audit.record(ENTITY, m.getId(), "INTEGRITY_ALARM", "the " + copy + " fails its check: SHA-256 " + actual
                + " instead of " + expected + "; refused");
        em.flush();
        throw new ChecksumMismatchException("The " + copy + " of memorandum " + m.getId() + " fails its integrity check: its "
                + "SHA-256 is no longer the one recorded when it was stored, so it is not handed out. The administrators "
                + "have been alarmed; the copy must be restored from a backup.");
    }

    /**
     * Starts an amendment: a new draft with the next amendment number, its text a copy of the frozen one, which
     * stays as it is.
     */
    public Memorandum amend(long id) {
        Memorandum base = get(id);
        if (!base.getState().frozen()) {
            throw new ForumException(Kind.CONFLICT, "Memorandum " + id + " is " + base.getState()
                    + "; only an agreed, signed or archived text is amended, a draft is simply edited");
        }
        Number newest = (Number) em.createQuery("select max(m.amendment) from Memorandum m where m.id = :id or m.amendsId = :id")
                .setParameter("id", rootOf(base)).getSingleResult();
        MemorandumContent content = base.content();
        Memorandum m = new Memorandum(content, newest.intValue() + 1, rootOf(base), clock.instant());
        em.persist(m);
        em.flush();
        saveRevision(m);
        audit.record(ENTITY, m.getId(), "AMEND", "amendment " + m.getAmendment() + " of memorandum " + rootOf(base)
                + " from " + id + ": " + summary(m, content));
        return m;
    }

    private static long rootOf(Memorandum m) {
        return m.getAmendsId() == null ? m.getId() : m.getAmendsId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemorandumRevision> revisions(long id) {
        get(id);
        return em.createNamedQuery("MemorandumRevision.of", MemorandumRevision.class).setParameter("memorandum", id).getResultList();
    }

    /** Which parts and which articles (per language) differ between two revisions of a memorandum. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionComparison compare(long id, int from, int to) {
        List<MemorandumRevision> all = revisions(id);
        MemorandumContent a = revision(all, from, "from").content();
        MemorandumContent b = revision(all, to, "to").content();
        return compare(from, to, a, b);
    }

    static RevisionComparison compare(int from, int to, MemorandumContent a, MemorandumContent b) {
        Map<Language, List<Integer>> changed = new EnumMap<>(Language.class);
        Set<Language> languages = new LinkedHashSet<>(a.languages());
        languages.addAll(b.languages());
        for (Language l : languages) {
            List<String> x = a.articles(l);
            List<String> y = b.articles(l);
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                if (i >= x.size() || i >= y.size() || !x.get(i).equals(y.get(i))) {
                    numbers.add(i + 1);
                }
            }
            if (!numbers.isEmpty()) {
                changed.put(l, List.copyOf(numbers));
            }
        }
        return new RevisionComparison(from, to, changed, !a.title().equals(b.title()), !a.parties().equals(b.parties()),
                !a.place().equals(b.place()) || !Objects.equals(a.signingDate(), b.signingDate()),
                !a.languages().equals(b.languages()));
    }

    private static MemorandumRevision revision(List<MemorandumRevision> all, int number, String field) {
        return all.stream().filter(r -> r.getNumber() == number).findFirst()
                .orElseThrow(() -> ForumException.invalid(field, "there is no revision " + number + "; there are 1 to " + all.size()));
    }

    private MemorandumRevision saveRevision(Memorandum m) {
        Number last = (Number) em.createQuery("select max(r.number) from MemorandumRevision r where r.memorandumId = :m")
                .setParameter("m", m.getId()).getSingleResult();
        MemorandumRevision r = new MemorandumRevision(m.getId(), last == null ? 1 : last.intValue() + 1,
                audit.currentActor(), clock.instant(), m.contentJson());
        em.persist(r);
        return r;
    }

    private Memorandum move(long id, MemorandumState next, String action) {
        Memorandum m = get(id);
        if (!m.getState().canMoveTo(next)) {
            throw new ForumException(Kind.CONFLICT, "Memorandum " + id + " is " + m.getState() + " and cannot become " + next);
        }
        MemorandumState before = m.getState();
        m.moveTo(next, clock.instant());
        em.flush();
        audit.record(ENTITY, id, action, before + " → " + next + ": " + m.getTitle());
        return m;
    }

    private static void requireDraft(Memorandum m, String what) {
        if (m.getState() != MemorandumState.DRAFT) {
            throw new ForumException(Kind.CONFLICT, "Memorandum " + m.getId() + " is " + m.getState()
                    + " and its text cannot be " + what + "; start an amendment instead");
        }
    }

    private static String summary(Memorandum m, MemorandumContent c) {
        return "'" + m.getTitle() + "' (" + c.languages().stream().map(Language::code).toList() + ", "
                + c.parties().size() + " parties, " + c.articleCount() + " articles)";
    }

    /**
     * Checks a draft and names every problem: two to four distinct languages; a title, place, every party's
     * organisation and every signatory's name and position in each of them; the same number of articles in
     * every language; no text in a language the memorandum is not written in.
     */
    public static MemorandumContent validate(MemorandumDraft d) {
        FieldChecks checks = new FieldChecks();
        List<Language> languages = new ArrayList<>();
        if (d.languages() == null || d.languages().isEmpty()) {
            checks.add("languages", "is required: two to four of kk, ru, en, ko");
        } else {
            for (int i = 0; i < d.languages().size(); i++) {
                Language l = checks.language("languages[" + i + "]", d.languages().get(i));
                if (l != null && languages.contains(l)) {
                    checks.add("languages[" + i + "]", "'" + l.code() + "' is listed twice");
                } else if (l != null) {
                    languages.add(l);
                }
            }
            if (!checks.has("languages") && (languages.size() < MIN_LANGUAGES || languages.size() > MAX_LANGUAGES)
                    && checks.errors().stream().noneMatch(e -> e.field().startsWith("languages["))) {
                checks.add("languages", "a memorandum is written in " + MIN_LANGUAGES + " to " + MAX_LANGUAGES
                        + " languages, not " + languages.size());
            }
        }
        LocalizedText title = inEvery(checks, "title", d.title(), TextRules.TEXT_MAX, languages);
        LocalizedText place = inEvery(checks, "place", d.place(), TextRules.NAME_MAX, languages);
        checks.required("signingDate", d.signingDate());

        List<MemorandumParty> parties = new ArrayList<>();
        List<MemorandumDraft.Party> input = d.parties() == null ? List.of() : d.parties();
        if (input.size() < MIN_PARTIES || input.size() > MAX_PARTIES) {
            checks.add("parties", "a memorandum has " + MIN_PARTIES + " to " + MAX_PARTIES + " parties, not " + input.size());
        }
        for (int i = 0; i < input.size(); i++) {
            String f = "parties[" + i + "]";
            MemorandumDraft.Party p = input.get(i);
            if (p == null) {
                checks.add(f, "is required");
                continue;
            }
            LocalizedText organisation = inEvery(checks, f + ".organisation", p.organisation(), TextRules.TEXT_MAX, languages);
            String country = p.country() == null ? null : p.country().strip().toUpperCase(java.util.Locale.ROOT);
            if (country == null || country.isEmpty()) {
                checks.add(f + ".country", "is required");
            } else if (!Countries.isKnown(country)) {
                checks.add(f + ".country", "'" + p.country() + "' is not an ISO 3166 country code such as KZ or KR");
            }
            boolean noSignatory = (p.signatoryName() == null || p.signatoryName().values().stream().allMatch(v -> v == null || v.isBlank()));
            if (noSignatory) {
                checks.add(f + ".signatory", "every party needs the person who signs for it");
            }
            LocalizedText name = noSignatory ? LocalizedText.empty()
                    : inEvery(checks, f + ".signatory.name", p.signatoryName(), TextRules.NAME_MAX, languages);
            LocalizedText position = noSignatory ? LocalizedText.empty()
                    : inEvery(checks, f + ".signatory.position", p.signatoryPosition(), TextRules.TEXT_MAX, languages);
            parties.add(new MemorandumParty(organisation, country, name, position));
        }

        Map<Language, List<String>> articles = new EnumMap<>(Language.class);
        Map<String, List<String>> rawArticles = d.articles() == null ? Map.of() : d.articles();
        rawArticles.forEach((code, list) -> {
            Language l = checks.language("articles." + code, code);
            if (l != null && !languages.isEmpty() && !languages.contains(l)) {
                checks.add("articles." + code, "the memorandum is not written in '" + code + "'");
            } else if (l != null) {
                List<String> clean = new ArrayList<>();
                List<String> raw = list == null ? List.of() : list;
                for (int i = 0; i < raw.size(); i++) {
                    String field = "articles." + code + "[" + i + "]";
                    String text = checks.text(field, raw.get(i), TextRules.NOTES_MAX);
                    if (text == null && !checks.has(field)) {
                        checks.add(field, "article " + (i + 1) + " is empty");
                    }
                    clean.add(text);
                }
                if (clean.size() > MAX_ARTICLES) {
                    checks.add("articles." + code, "at most " + MAX_ARTICLES + " articles");
                }
                articles.put(l, clean);
            }
        });
        Set<Integer> counts = new TreeSet<>();
        for (Language l : languages) {
            List<String> list = articles.get(l);
            if (list == null || list.isEmpty()) {
                checks.add("articles." + l.code(), "the text in '" + l.code() + "' has no articles");
            } else {
                counts.add(list.size());
            }
        }
        if (counts.size() > 1) {
            StringBuilder which = new StringBuilder();
            for (Language l : languages) {
                if (articles.get(l) != null) {
                    which.append(which.isEmpty() ? "" : ", ").append(l.code()).append(": ").append(articles.get(l).size());
                }
            }
            checks.add("articles", "every language needs the same number of articles, so that article n of one is the "
                    + "translation of article n of another (" + which + ")");
        }
        checks.throwIfAny("The memorandum");
        return new MemorandumContent(title, languages, parties, articles, place, d.signingDate(), d.eventId(), d.agendaItemId());
    }

    /** A text required in every language of the memorandum and refused in any other. */
    private static LocalizedText inEvery(FieldChecks checks, String field, Map<String, String> values, int max,
                                         List<Language> languages) {
        LocalizedText text = checks.localized(field, values, max, false);
        if (languages.isEmpty()) {
            return text;
        }
        for (Language l : languages) {
            if (text.get(l).isEmpty() && !checks.has(field + "." + l.code())) {
                checks.add(field + "." + l.code(), "is required in every language of the memorandum");
            }
        }
        for (Language l : text.asMap().keySet()) {
            if (!languages.contains(l)) {
                checks.add(field + "." + l.code(), "the memorandum is not written in '" + l.code() + "'");
            }
        }
        return text;
    }
}
