package org.forumprotocol.web.memorandum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumState;
import org.forumprotocol.docs.memorandum.MemorandumPdf;

/**
 * A memorandum's document between the web and the services, for the API and the pages alike: agreeing renders the
 * PDF/A from the draft as it stands and freezes both; the working document is the stored one from agreement on and
 * the draft rendered now before it. Rendering lives in forum-docs, which the core service does not know.
 */
@ApplicationScoped
public class MemorandumDocuments {
    private Memoranda memoranda;

    protected MemorandumDocuments() {
    }

    @Inject
    public MemorandumDocuments(Memoranda memoranda) {
        this.memoranda = memoranda;
    }

    /**
     * Agrees the text: renders the draft of the version read and freezes text and PDF. {@code expectedVersion} (the
     * version the officer saw, or null for "whatever it is now") makes a draft saved meanwhile a stale refusal rather
     * than agreeing to text nobody read. A memorandum that is no longer a draft is refused by the service (409).
     */
    public Memorandum agree(long id, Long expectedVersion) {
        Memorandum m = memoranda.get(id);
        if (expectedVersion != null && expectedVersion != m.getVersion()) {
            throw ForumException.stale("Memorandum " + id);
        }
        byte[] pdf = m.getState() == MemorandumState.DRAFT ? MemorandumPdf.render(m.content()) : null;
        return memoranda.agree(id, m.getVersion(), pdf);
    }

    /**
     * The document as it stands: a draft rendered from its text now, watermarked as a draft and without signature
     * fields so that nobody signs it; from agreement on the stored PDF with every signature so far.
     */
    public byte[] current(long id) {
        byte[] pdf = memoranda.currentPdf(id);
        return pdf != null ? pdf : MemorandumPdf.renderDraft(memoranda.get(id).content());
    }

    /** "Меморандум о взаимопонимании.pdf": the title in the memorandum's first language, safe as a file name. */
    public static String fileName(Memorandum m) {
        String title = m.getTitle().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        if (title.length() > 120) {
            title = title.substring(0, 120).strip();
        }
        return (title.isEmpty() ? "memorandum-" + m.getId() : title) + ".pdf";
    }
}
