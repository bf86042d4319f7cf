package org.forumprotocol.docs.memorandum;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.xmp.XMPMeta;

/**
 * A PDF opened only to read its objects, form and signatures, as the verifier does (the whole file and each earlier
 * revision of it). It skips what iText otherwise parses on opening and the verifier never uses: the tag structure
 * (its parent tree is read in full, about a quarter of verifying a tagged ten-page memorandum) and the XMP metadata
 * (read to learn the PDF/A conformance). The objects themselves, the structure tree's and the metadata stream's
 * included, are read and compared as in any other document.
 */
final class ReadingDocument extends PdfDocument {
    ReadingDocument(PdfReader reader) {
        super(reader);
    }

    @Override
    protected void tryInitTagStructure(PdfDictionary structTreeRoot) {
        // Not needed for reading objects and signatures; see the class comment.
    }

    @Override
    public XMPMeta getXmpMetadata() {
        // Asked only by the reader, for the PDF/A conformance, which verification does not depend on.
        return null;
    }
}
