package org.forumprotocol.web.memorandum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.memorandum.Classification;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumRevision;
import org.forumprotocol.core.memorandum.MemorandumSignature;
import org.forumprotocol.web.delegation.CountryOptions;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.ErrorResponses;
import org.forumprotocol.web.page.Language;
import org.forumprotocol.web.page.PageIds;
import org.forumprotocol.web.event.EventOption;
import org.forumprotocol.web.page.Texts;
import org.primefaces.PrimeFaces;

/**
 * Memoranda for officers (memoranda.xhtml, memoranda.xhtml?id=…): the list with each one's state; the draft form;
 * one memorandum with its revisions and their comparison, agreement, each party's standing in the signing, the
 * forms that sign for the party whose turn it is or take its document signed elsewhere, archiving and withdrawal.
 * The work is the services' and the control classes' the API uses too ({@link Memoranda}, {@link MemorandumDocuments},
 * {@link MemorandumSigning}); this bean shapes the page and says the outcome.
 */
@Named("memorandaPage")
@ViewScoped
public class MemorandaPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "draft";
    static final String SIGN_FORM = "sign";
    static final String UPLOAD_FORM = "upload";
    static final String ARCHIVE_FORM = "archiving";
    static final String LIST = ":list";
    static final String DETAILS = ":details";

    /** An event a memorandum may be signed at, as the draft form's menu offers it. */

    @Inject
    Memoranda memoranda;

    @Inject
    MemorandumDocuments documents;

    @Inject
    MemorandumSigning signing;

    @Inject
    Events events;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    MemorandumUploads uploads;

    private String idParam;
    private ArrayList<MemorandumRow> rows = new ArrayList<>();
    /** The memorandum opened, or null. */
    private MemorandumDetails selected;
    private ArrayList<RevisionsView.Row> revisions = new ArrayList<>();
    private Integer compareFrom;
    private Integer compareTo;
    private RevisionsView.Comparison comparison;
    /** The open draft form, or null. */
    private MemorandumForm form;
    private ArrayList<EventOption> eventOptions = new ArrayList<>();
    private Integer retentionYears;
    private Classification classification;

    /** For {@code f:viewAction}: the list, and the memorandum of {@code ?id=} if given (404 if there is none such). */
    public void open() {
        if (!currentUser.requireOfficer()) {
            return;
        }
        load();
        if (idParam != null && !idParam.isBlank()) {
            Long id = PageIds.parse(idParam);
            if (id == null) {
                ErrorResponses.notFound();
                return;
            }
            try {
                select(id);
            } catch (ForumException e) {
                ErrorResponses.notFound();
            }
        }
    }

    private void load() {
        org.forumprotocol.core.i18n.Language page = language.getDomain();
        rows = new ArrayList<>(memoranda.list().stream().map(m -> MemorandumRow.of(m, page)).toList());
    }

    private void select(long id) {
        Memorandum m = memoranda.get(id);
        List<MemorandumSignature> signatures = memoranda.signatures(id);
        boolean other = selected == null || selected.id() != id;
        int known = revisions.size();
        selected = MemorandumDetails.of(m, signatures, language.getDomain());
        revisions = new ArrayList<>(memoranda.revisions(id).stream().map(RevisionsView.Row::of).toList());
        if (other || comparison == null || revisions.size() != known) {
            comparison = null;
            // The newest change is what an officer compares first.
            compareTo = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1).number();
            compareFrom = revisions.size() < 2 ? compareTo : revisions.get(revisions.size() - 2).number();
        }
        if (other) {
            retentionYears = null;
            classification = null;
        }
    }

    /** Opens a memorandum from the list. */
    public void show(long id) {
        if (!currentUser.requireOfficer()) {
            return;
        }
        try {
            form = null;
            select(id);
            PrimeFaces.current().executeScript("ForumProtocol.reveal('details-heading')");
        } catch (ForumException e) {
            close();
            load();
            Texts.refusal(e, Map.of());
        }
    }

    public void close() {
        selected = null;
        revisions = new ArrayList<>();
        comparison = null;
    }

    /** After an action: the memorandum and the list as they are now. */
    private void refresh() {
        load();
        if (selected != null) {
            try {
                select(selected.id());
            } catch (ForumException e) {
                close();
            }
        }
    }

    // --- the draft form ---

    public void newDraft() {
        if (!currentUser.requireOfficer()) {
            return;
        }
        close();
        loadEventOptions();
        form = MemorandumForm.blank();
    }

    /** Opens the selected draft in the form, as saved now, with the version read. */
    public void edit() {
        if (!currentUser.requireOfficer() || selected == null) {
            return;
        }
        try {
            Memorandum m = memoranda.get(selected.id());
            select(m.getId());
            if (!selected.isDraft()) {
                Texts.error(null, "memoranda.notDraft");
                return;
            }
            loadEventOptions();
            form = MemorandumForm.of(m);
        } catch (ForumException e) {
            refresh();
            Texts.refusal(e, Map.of());
        }
    }

    public void cancelForm() {
        form = null;
    }

    private void loadEventOptions() {
        eventOptions = EventOption.newestFirst(events, language.getDomain());
    }

    /** After languages were ticked or unticked: shows the inputs of the new set. */
    public void languagesChanged() {
        if (form != null) {
            form.applyLanguages();
        }
    }

    public void makeFirst(String code) {
        if (form != null) {
            form.applyLanguages();
            form.makeFirst(code);
        }
    }

    public void addParty() {
        if (form != null) {
            form.applyLanguages();
            form.addParty();
        }
    }

    public void removeParty(int index) {
        if (form != null) {
            form.applyLanguages();
            form.removeParty(index);
        }
    }

    public void moveParty(int index) {
        if (form != null) {
            form.applyLanguages();
            form.moveParty(index);
        }
    }

    public void addArticle() {
        if (form != null) {
            form.applyLanguages();
            form.addArticle();
            PrimeFaces.current().executeScript("ForumProtocol.focus('" + FORM + ":articles:" + (form.getArticles().size() - 1)
                    + ":article_" + form.getLanguages().get(0) + "')");
        }
    }

    public void removeArticle(int index) {
        if (form != null) {
            form.applyLanguages();
            form.removeArticle(index);
        }
    }

    /** Saves the draft: a new memorandum, or the next revision of the one edited. */
    public void save() {
        if (!currentUser.requireOfficer() || form == null) {
            return;
        }
        form.applyLanguages();
        Texts.save(() -> {
            boolean created = form.isNew();
            Memorandum saved;
            try {
                saved = created ? memoranda.create(form.draft()) : memoranda.update(form.getId(), form.draft());
            } catch (ForumException e) {
                throw PageFields.within(MemorandumForm.SCOPE, e);
            }
            String title = form.titleIn(language.getCode());
            form = null;
            load();
            select(saved.getId());
            Texts.info(null, created ? "memoranda.created" : "memoranda.saved", title);
            PrimeFaces.current().ajax().update(":messages", LIST, DETAILS);
            PrimeFaces.current().executeScript("ForumProtocol.reveal('details-heading')");
        }, form.clientIds(FORM), this::load, LIST);
    }

    // --- revisions ---

    public void compare() {
        if (!currentUser.requireOfficer() || selected == null) {
            return;
        }
        if (compareFrom == null || compareTo == null) {
            Texts.error(null, "memoranda.compare.choose");
            return;
        }
        try {
            List<MemorandumRevision> all = memoranda.revisions(selected.id());
            comparison = RevisionsView.Comparison.of(memoranda.compare(selected.id(), compareFrom, compareTo),
                    revision(all, compareFrom).content(), revision(all, compareTo).content());
        } catch (ForumException e) {
            comparison = null;
            refresh();
            Texts.refusal(e, Map.of());
        }
    }

    private static MemorandumRevision revision(List<MemorandumRevision> all, int number) {
        return all.stream().filter(r -> r.getNumber() == number).findFirst()
                .orElseThrow(() -> ForumException.notFound("Revision " + number));
    }

    // --- the workflow ---

    /** Agrees the text as the officer read it (the version shown): the PDF/A is rendered and frozen. */
    public void agree() {
        act(() -> documents.agree(selected.id(), selected.version()), "memoranda.agreed");
    }

    public void withdraw() {
        act(() -> memoranda.withdraw(selected.id()), "memoranda.withdrawn");
    }

    /** Starts an amendment of a frozen text and opens the new draft. */
    public void amend() {
        if (!currentUser.requireOfficer() || selected == null) {
            return;
        }
        try {
            Memorandum draft = memoranda.amend(selected.id());
            load();
            select(draft.getId());
            Texts.info(null, "memoranda.amended", draft.getAmendment());
        } catch (ForumException e) {
            refresh();
            Texts.refusal(e, Map.of());
        }
    }

    public void archive() {
        if (!currentUser.requireOfficer() || selected == null) {
            return;
        }
        try {
            memoranda.archive(selected.id(), retentionYears, classification == null ? null : classification.name());
            Texts.info(null, "memoranda.archived", selected.title().text());
        } catch (ForumException e) {
            Texts.refusal(PageFields.within(ARCHIVE_FORM, e), Map.of(
                    ARCHIVE_FORM + ".retentionYears", ARCHIVE_FORM + ":retentionYears",
                    ARCHIVE_FORM + ".classification", ARCHIVE_FORM + ":classification"));
        }
        refresh();
    }

    private void act(Runnable action, String done) {
        if (!currentUser.requireOfficer() || selected == null) {
            return;
        }
        String title = selected.title().text();
        try {
            action.run();
            Texts.info(null, done, title);
        } catch (ForumException e) {
            Texts.refusal(e, Map.of());
        } catch (jakarta.persistence.OptimisticLockException e) {
            Texts.error(null, "error.kind.STALE");
        }
        refresh();
    }

    // --- signatures ---

    /**
     * Signs for the party whose turn the page showed, with the uploaded key file and password. Both exist only in
     * this request ({@link MemorandumUploads}); the signer wipes the key's bytes and the password, and this wipes them
     * again whatever happens. A party that signed meanwhile makes this a refusal, never a signature for someone else.
     */
    public void sign() {
        if (!currentUser.requireOfficer() || selected == null) {
            return;
        }
        char[] password = uploads.takePassword();
        byte[] key = null;
        try {
            if (selected.nextParty() == null) {
                throw new ForumException(ForumException.Kind.CONFLICT, "Memorandum " + selected.id() + " is " + selected.state()
                        + "; signatures are collected only while it is AGREED or SIGNING");
            }
            int party = selected.nextParty();
            key = MemorandumUploads.bytes(uploads.getKeystore(), "keystore");
            if (password == null) {
                throw ForumException.invalid("password", "the password of the key file is required");
            }
            MemorandumSignature s = signing.sign(selected.id(), party, key, password, uploads.getAlias());
            Texts.info(null, "memoranda.signed", selected.parties().get(party).organisation().text(), s.getSignerName());
        } catch (ForumException e) {
            Texts.refusal(PageFields.within(SIGN_FORM, e), signFields());
        } catch (jakarta.persistence.OptimisticLockException e) {
            Texts.error(null, "error.kind.STALE");
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
        refresh();
    }

    private static Map<String, String> signFields() {
        Map<String, String> m = new HashMap<>();
        m.put(SIGN_FORM + ".keystore", SIGN_FORM + ":keystore");
        m.put(SIGN_FORM + ".certificate", SIGN_FORM + ":keystore");
        m.put(SIGN_FORM + ".password", SIGN_FORM + ":password");
        m.put(SIGN_FORM + ".alias", SIGN_FORM + ":alias");
        return m;
    }

    /** Takes the document as the party whose turn it is signed it elsewhere; it is checked before it counts. */
    public void uploadSigned() {
        if (!currentUser.requireOfficer() || selected == null) {
            return;
        }
        try {
            byte[] pdf = MemorandumUploads.bytes(uploads.getSignedFile(), "file");
            MemorandumSignature s = signing.acceptCountersigned(selected.id(), pdf);
            Texts.info(null, "memoranda.signedUpload", selected.parties().get(s.getPartyIndex()).organisation().text(), s.getSignerName());
        } catch (ForumException e) {
            Texts.refusal(PageFields.within(UPLOAD_FORM, e), Map.of(UPLOAD_FORM + ".file", UPLOAD_FORM + ":signedFile"));
        } catch (jakarta.persistence.OptimisticLockException e) {
            Texts.error(null, "error.kind.STALE");
        }
        refresh();
    }

    // --- choices and properties ---

    public List<String> getAllLanguages() {
        return MemorandumForm.ALL;
    }

    public List<CountryOptions.Country> getCountries() {
        return CountryOptions.in(language.getDomain());
    }

    public List<Classification> getClassifications() {
        return List.of(Classification.values());
    }

    public List<EventOption> getEventOptions() {
        return eventOptions;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public List<MemorandumRow> getRows() {
        return rows;
    }

    public MemorandumDetails getSelected() {
        return selected;
    }

    public List<RevisionsView.Row> getRevisions() {
        return revisions;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    public RevisionsView.Comparison getComparison() {
        return comparison;
    }

    public MemorandumForm getForm() {
        return form;
    }

    public Integer getRetentionYears() {
        return retentionYears;
    }

    public void setRetentionYears(Integer retentionYears) {
        this.retentionYears = retentionYears;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    /** The question of the confirmation before agreeing. */
    public String getAgreeQuestion() {
        return selected == null ? "" : Texts.get("memoranda.agree.confirm", selected.title().text());
    }

    public String getWithdrawQuestion() {
        return selected == null ? "" : Texts.get("memoranda.withdraw.confirm", selected.title().text());
    }
}
