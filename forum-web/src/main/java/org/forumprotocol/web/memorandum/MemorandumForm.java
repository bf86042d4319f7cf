package org.forumprotocol.web.memorandum;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumDraft;
import org.forumprotocol.core.memorandum.MemorandumParty;

/**
 * The draft form of a memorandum as typed: its languages (two to four, in the order the document presents them),
 * title and place per language, the parties in their signing order, and the numbered articles with a text per
 * language. Texts of a language that is unticked stay in the form, in case it is ticked again, but are not saved.
 * The rules are the service's ({@link Memoranda#validate}); this only shapes what was typed.
 */
public class MemorandumForm implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Every language a memorandum may be written in, in the fixed order in which the form lists their inputs. */
    public static final List<String> ALL = Arrays.stream(Language.values()).map(Language::code).toList();
    /** The scope of this form's field names in the bundle's refusals (see {@link PageFields}). */
    static final String SCOPE = "memorandum";

    /** One party as typed; the index in the list is its place in the signing order. */
    public static class PartyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LinkedHashMap<String, String> organisation = new LinkedHashMap<>();
        private String country;
        private final LinkedHashMap<String, String> signatoryName = new LinkedHashMap<>();
        private final LinkedHashMap<String, String> signatoryPosition = new LinkedHashMap<>();

        public Map<String, String> getOrganisation() {
            return organisation;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public Map<String, String> getSignatoryName() {
            return signatoryName;
        }

        public Map<String, String> getSignatoryPosition() {
            return signatoryPosition;
        }
    }

    /** One article: its text per language. Its number is its place in the list. */
    public static class ArticleForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LinkedHashMap<String, String> text = new LinkedHashMap<>();

        public Map<String, String> getText() {
            return text;
        }
    }

    private Long id;
    private long version;
    /** The languages in effect, in the document's order. */
    private ArrayList<String> languages = new ArrayList<>(List.of("kk", "ru"));
    /** The ticked boxes, taken into effect by {@link #applyLanguages()}. */
    private List<String> languageChoice = new ArrayList<>(languages);
    private final LinkedHashMap<String, String> title = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> place = new LinkedHashMap<>();
    private LocalDate signingDate;
    private Long eventId;
    /** Kept as saved over the API; the page does not offer it. */
    private Long agendaItemId;
    private final ArrayList<PartyForm> parties = new ArrayList<>();
    private final ArrayList<ArticleForm> articles = new ArrayList<>();

    /** A new draft: Kazakh and Russian, two parties and a first article to fill in. */
    public static MemorandumForm blank() {
        MemorandumForm f = new MemorandumForm();
        f.parties.add(new PartyForm());
        f.parties.add(new PartyForm());
        f.articles.add(new ArticleForm());
        return f;
    }

    /** The draft as saved, with the version read, so that saving over someone else's change is refused. */
    public static MemorandumForm of(Memorandum m) {
        MemorandumForm f = new MemorandumForm();
        f.id = m.getId();
        f.version = m.getVersion();
        MemorandumContent c = m.content();
        f.languages = new ArrayList<>(c.languages().stream().map(Language::code).toList());
        f.languageChoice = new ArrayList<>(f.languages);
        put(f.title, c.title());
        put(f.place, c.place());
        f.signingDate = c.signingDate();
        f.eventId = c.eventId();
        f.agendaItemId = c.agendaItemId();
        for (MemorandumParty p : c.parties()) {
            PartyForm party = new PartyForm();
            put(party.organisation, p.organisation());
            party.country = p.country();
            put(party.signatoryName, p.signatoryName());
            put(party.signatoryPosition, p.signatoryPosition());
            f.parties.add(party);
        }
        for (int i = 0; i < c.articleCount(); i++) {
            ArticleForm article = new ArticleForm();
            for (Language l : c.languages()) {
                List<String> list = c.articles(l);
                if (i < list.size()) {
                    article.text.put(l.code(), list.get(i));
                }
            }
            f.articles.add(article);
        }
        return f;
    }

    private static void put(Map<String, String> into, LocalizedText text) {
        text.asMap().forEach((l, v) -> into.put(l.code(), v));
    }

    /** Takes the ticked languages into effect: those kept stay in their order, newly ticked ones follow in the form's order. */
    public void applyLanguages() {
        List<String> previous = new ArrayList<>(languages);
        languages = new ArrayList<>((languageChoice == null ? List.<String>of() : languageChoice).stream()
                .filter(ALL::contains)
                .distinct()
                .sorted(Comparator.comparingInt((String code) -> previous.contains(code) ? previous.indexOf(code) : 10 + ALL.indexOf(code)))
                .toList());
        languageChoice = new ArrayList<>(languages);
    }

    /** Puts a language first: in a two-language document its text is the left column. */
    public void makeFirst(String code) {
        if (languages.remove(code)) {
            languages.add(0, code);
        }
        languageChoice = new ArrayList<>(languages);
    }

    public boolean uses(String code) {
        return languages.contains(code);
    }

    public boolean isFirst(String code) {
        return !languages.isEmpty() && languages.get(0).equals(code);
    }

    public void addParty() {
        parties.add(new PartyForm());
    }

    /** Removes a party; a memorandum keeps at least two, so the last two are never removed. */
    public void removeParty(int index) {
        if (index >= 0 && index < parties.size() && parties.size() > 2) {
            parties.remove(index);
        }
    }

    /** Moves a party one place earlier in the signing order. */
    public void moveParty(int index) {
        if (index > 0 && index < parties.size()) {
            parties.add(index - 1, parties.remove(index));
        }
    }

    public void addArticle() {
        articles.add(new ArticleForm());
    }

    /** Removes an article; the following ones move up a number. The first one stays, so there is always one to fill. */
    public void removeArticle(int index) {
        if (index >= 0 && index < articles.size() && articles.size() > 1) {
            articles.remove(index);
        }
    }

    /**
     * The draft as the service reads it: texts only in the chosen languages and not blank, so that a missing one is
     * named by the service as missing; an empty article in a language is sent as such, so that it is named with its
     * number.
     */
    public MemorandumDraft draft() {
        List<MemorandumDraft.Party> typedParties = parties.stream()
                .map(p -> new MemorandumDraft.Party(texts(p.organisation), p.country, texts(p.signatoryName), texts(p.signatoryPosition)))
                .toList();
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (String code : languages) {
            List<String> list = new ArrayList<>();
            for (ArticleForm a : articles) {
                String text = a.text.get(code);
                list.add(text == null || text.isBlank() ? null : text);
            }
            byLanguage.put(code, list);
        }
        return new MemorandumDraft(texts(title), List.copyOf(languages), typedParties, byLanguage, texts(place), signingDate,
                eventId, agendaItemId, id == null ? null : version);
    }

    private Map<String, String> texts(Map<String, String> typed) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String code : languages) {
            String v = typed.get(code);
            if (v != null && !v.isBlank()) {
                m.put(code, v);
            }
        }
        return m;
    }

    /**
     * Where each field the service may name is typed, as client ids of the form {@code form}: the messages go next
     * to them. Fields without an input of their own (the number of parties, the articles as a whole) are absent and
     * shown above the form.
     */
    public Map<String, String> clientIds(String form) {
        Map<String, String> m = new HashMap<>();
        String first = languages.isEmpty() ? ALL.get(0) : languages.get(0);
        m.put(field("languages"), form + ":languages");
        for (int i = 0; i < ALL.size(); i++) {
            m.put(field("languages[" + i + "]"), form + ":languages");
        }
        m.put(field("signingDate"), form + ":signingDate");
        m.put(field("title"), form + ":title_" + first);
        m.put(field("place"), form + ":place_" + first);
        for (int i = 0; i < parties.size(); i++) {
            String party = "parties[" + i + "]";
            String row = form + ":parties:" + i + ":";
            m.put(field(party + ".country"), row + "country");
            m.put(field(party + ".signatory"), row + "name_" + first);
            m.put(field(party + ".organisation"), row + "organisation_" + first);
            for (String code : ALL) {
                m.put(field(party + ".organisation." + code), row + "organisation_" + code);
                m.put(field(party + ".signatory.name." + code), row + "name_" + code);
                m.put(field(party + ".signatory.position." + code), row + "position_" + code);
            }
        }
        for (String code : ALL) {
            m.put(field("title." + code), form + ":title_" + code);
            m.put(field("place." + code), form + ":place_" + code);
            for (int i = 0; i < articles.size(); i++) {
                m.put(field("articles[" + i + "]." + code), form + ":articles:" + i + ":article_" + code);
            }
        }
        return m;
    }

    private static String field(String name) {
        return SCOPE + "." + name;
    }

    /** The title to name the draft by in messages: the page language's, else the first language's, else any. */
    public String titleIn(String page) {
        for (String code : new String[] {page, languages.isEmpty() ? null : languages.get(0)}) {
            String t = code == null ? null : title.get(code);
            if (t != null && !t.isBlank()) {
                return t.strip();
            }
        }
        return title.values().stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
    }

    // --- properties ---

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public List<String> getLanguageChoice() {
        return languageChoice;
    }

    public void setLanguageChoice(List<String> languageChoice) {
        this.languageChoice = languageChoice == null ? new ArrayList<>() : new ArrayList<>(languageChoice);
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public Map<String, String> getPlace() {
        return place;
    }

    public LocalDate getSigningDate() {
        return signingDate;
    }

    public void setSigningDate(LocalDate signingDate) {
        this.signingDate = signingDate;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public List<PartyForm> getParties() {
        return parties;
    }

    public List<ArticleForm> getArticles() {
        return articles;
    }
}
