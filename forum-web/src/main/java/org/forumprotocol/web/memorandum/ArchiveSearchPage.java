package org.forumprotocol.web.memorandum;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.memorandum.ArchivePage;
import org.forumprotocol.core.memorandum.ArchiveQuery;
import org.forumprotocol.core.memorandum.ChecksumMismatchException;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.Memoranda.ArchiveAccess;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.web.delegation.CountryOptions;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.DatabaseRows;
import org.forumprotocol.web.page.Language;
import org.forumprotocol.web.page.Texts;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * The archive of signed memoranda (archive.xhtml): archivists search it, open one memorandum with its parties,
 * signatories, hashes and archive record, read the verification report of the archived copy and download the
 * exact bytes (from the API, where each download is audited). Every account may have any signed PDF verified on the
 * same page; the file is checked and forgotten, never stored.
 */
@Named("archivePage")
@ViewScoped
public class ArchiveSearchPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TABLE = "archive:results";
    static final String SEARCH_FORM = "archive";
    static final String VERIFY_FORM = "verify";

    @Inject
    Memoranda memoranda;

    @Inject
    MemorandumSigning signing;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    MemorandumUploads uploads;

    /** The search as typed; {@link #applied} is what the results show until the next search. */
    private Criteria typed = new Criteria();
    private Criteria applied = new Criteria();
    private final DatabaseRows<ArchiveRow> results = new DatabaseRows<>(() -> currentUser.isArchivist(), (offset, limit) -> {
        ArchivePage page = search(offset, limit);
        org.forumprotocol.core.i18n.Language shown = language.getDomain();
        return new DatabaseRows.Slice<>(page.memoranda().stream().map(m -> ArchiveRow.of(m, shown)).toList(), page.total());
    }, ArchiveQuery.MAX_LIMIT, row -> String.valueOf(row.id()));
    private MemorandumDetails selected;
    private ReportView selectedReport;
    /** The report of a PDF uploaded for verification, or null. */
    private ReportView uploadedReport;

    static final class Criteria implements Serializable {
        private static final long serialVersionUID = 1L;
        String text;
        String country;
        String party;
        String signatory;
        String language;
        LocalDate from;
        LocalDate to;

        Criteria copy() {
            Criteria c = new Criteria();
            c.text = text;
            c.country = country;
            c.party = party;
            c.signatory = signatory;
            c.language = language;
            c.from = from;
            c.to = to;
            return c;
        }

        ArchiveQuery query(int offset, int limit) {
            return new ArchiveQuery(text, country, party, signatory, language, from, to, offset, limit);
        }
    }

    /** The applied search was checked when it was applied (see {@link #search()}); should it fail now, it finds nothing. */
    private ArchivePage search(int offset, int limit) {
        try {
            return memoranda.search(applied.query(offset, limit));
        } catch (ForumException e) {
            return new ArchivePage(List.of(), 0);
        }
    }

    private static Map<String, String> searchFields() {
        return Map.of(SEARCH_FORM + ".country", SEARCH_FORM + ":country", SEARCH_FORM + ".language", SEARCH_FORM + ":language",
                SEARCH_FORM + ".from", SEARCH_FORM + ":from", SEARCH_FORM + ".to", SEARCH_FORM + ":to");
    }

    /**
     * Applies the search as typed, once the service accepts it; a search it refuses (a date range the wrong way round,
     * an unknown country) leaves the results as they were and says why next to the field.
     */
    public void search() {
        if (!currentUser.requireArchivist()) {
            return;
        }
        Criteria next = typed.copy();
        try {
            memoranda.search(next.query(0, 1));
        } catch (ForumException e) {
            Texts.refusal(PageFields.within(SEARCH_FORM, e), searchFields());
            return;
        }
        applied = next;
        firstPage();
    }

    public void clear() {
        if (!currentUser.requireArchivist()) {
            return;
        }
        typed = new Criteria();
        applied = new Criteria();
        firstPage();
    }

    private static void firstPage() {
        DatabaseRows.firstPage(TABLE);
    }

    /**
     * Opens an archived memorandum with the verification report of its archived copy. Reading the copy checks its
     * SHA-256 and is audited; a copy that fails the check is refused (the administrators see the alarm), and the
     * details are shown without a report.
     */
    public void open(long id) {
        if (!currentUser.requireArchivist()) {
            return;
        }
        selectedReport = null;
        Memorandum m;
        try {
            m = memoranda.archived(id);
            selected = MemorandumDetails.of(m, memoranda.signatures(id), language.getDomain());
        } catch (ForumException e) {
            close();
            Texts.refusal(e, Map.of());
            return;
        }
        try {
            selectedReport = ReportView.of(MemorandumDocuments.fileName(m), signing.verify(memoranda.archivedPdf(id, ArchiveAccess.VERIFICATION)));
        } catch (ChecksumMismatchException e) {
            Texts.error(null, "archive.integrityAlarm");
        } catch (ForumException e) {
            Texts.refusal(e, Map.of());
        }
        PrimeFaces.current().executeScript("ForumProtocol.reveal('details-heading')");
    }

    public void close() {
        selected = null;
        selectedReport = null;
    }

    /** Verifies an uploaded PDF for any account; nothing of it is kept but the report. */
    public void verifyUpload() {
        if (!currentUser.isSignedIn()) {
            return;
        }
        uploadedReport = null;
        try {
            String name = MemorandumUploads.name(uploads.getPdf());
            byte[] pdf = MemorandumUploads.bytes(uploads.getPdf(), "file");
            uploadedReport = ReportView.of(name, signing.verify(pdf));
        } catch (ForumException e) {
            Texts.refusal(PageFields.within(VERIFY_FORM, e), Map.of(VERIFY_FORM + ".file", VERIFY_FORM + ":pdf"));
        }
    }

    // --- choices and properties ---

    public LazyDataModel<ArchiveRow> getResults() {
        return results;
    }

    public List<CountryOptions.Country> getCountries() {
        return CountryOptions.in(language.getDomain());
    }

    public List<String> getAllLanguages() {
        return MemorandumForm.ALL;
    }

    public MemorandumDetails getSelected() {
        return selected;
    }

    public ReportView getSelectedReport() {
        return selectedReport;
    }

    public ReportView getUploadedReport() {
        return uploadedReport;
    }

    public String getText() {
        return typed.text;
    }

    public void setText(String text) {
        typed.text = text;
    }

    public String getCountry() {
        return typed.country;
    }

    public void setCountry(String country) {
        typed.country = country;
    }

    public String getParty() {
        return typed.party;
    }

    public void setParty(String party) {
        typed.party = party;
    }

    public String getSignatory() {
        return typed.signatory;
    }

    public void setSignatory(String signatory) {
        typed.signatory = signatory;
    }

    public String getLanguage() {
        return typed.language;
    }

    public void setLanguage(String language) {
        typed.language = language;
    }

    public LocalDate getFrom() {
        return typed.from;
    }

    public void setFrom(LocalDate from) {
        typed.from = from;
    }

    public LocalDate getTo() {
        return typed.to;
    }

    public void setTo(LocalDate to) {
        typed.to = to;
    }
}
