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
 * freezes the text together with its rendered PDF/A; then signing, archiving or withdrawal. Rendering and
 * signing happen in forum-docs: this service only keeps the bytes it is given and their SHA-256.
 */
@ApplicationScoped
@Transactional
public class Memoranda {
    static final String ENTITY = "Memorandum";
    static final int MIN_LANGUAGES = 2;
    static final int MAX_LANGUAGES = 4;
    static final int MIN_PARTIES = 2;
    /** More parties do not fit a signature page; multilateral treaties are not what this office signs. */
    static final int MAX_PARTIES = 12;
    static final int MAX_ARTICLES = 200;

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

    /** The first party signs: collecting signatures has begun. */
    public Memorandum startSigning(long id) {
        return move(id, MemorandumState.SIGNING, "START_SIGNING");
    }

    /** Every party has signed. */
    public Memorandum signed(long id) {
        return move(id, MemorandumState.SIGNED, "SIGNED");
    }

    public Memorandum archive(long id) {
        return move(id, MemorandumState.ARCHIVED, "ARCHIVE");
    }

    public Memorandum withdraw(long id) {
        return move(id, MemorandumState.WITHDRAWN, "WITHDRAW");
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
