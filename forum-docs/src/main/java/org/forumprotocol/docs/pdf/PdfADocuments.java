package org.forumprotocol.docs.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.xmp.PdfConst;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.pdfa.PdfADocument;

/**
 * Opens a PDF/A-2u document: sRGB output intent, metadata, language, tagged structure. PDF/A-2u makes every
 * text extractable (ToUnicode) and every font embedded; iText's PDF/A checker refuses to write a document
 * that breaks these rules rather than producing a file that only looks right.
 */
public final class PdfADocuments {
    /**
     * The sRGB profile of the Java runtime: ICC data every JDK carries, so no profile file needs to be
     * shipped or downloaded.
     */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String PRODUCER_APPLICATION = "Forum Protocol";

    private PdfADocuments() {
    }

    /** A PDF/A-2u document writing to {@code out}; closing it (or its layout {@link Document}) finishes the file. */
    public static PdfADocument open(OutputStream out, DocumentInfo info) {
        return open(out, info, PdfAConformance.PDF_A_2U);
    }

    /**
     * A PDF/A document of the given conformance: PDF/A-3u for documents that carry a machine-readable file of
     * their own content as an associated file, which PDF/A-2 does not allow.
     */
    public static PdfADocument open(OutputStream out, DocumentInfo info, PdfAConformance conformance) {
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        PdfOutputIntent intent = new PdfOutputIntent("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB));
        PdfADocument pdf = new PdfADocument(writer, conformance, intent);
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(info.language().code()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo meta = pdf.getDocumentInfo();
        meta.setTitle(info.title());
        meta.setAuthor(info.author());
        meta.setSubject(info.subject());
        meta.setCreator(PRODUCER_APPLICATION);
        startXmp(pdf);
        return pdf;
    }

    /**
     * The XMP packet the document starts with, as iText would make it. Set here, iText fills it from the Info
     * dictionary at close as usual; left to iText, it serialises an empty packet and parses it back first, which
     * was a third of the cost of closing a one-page letter.
     */
    private static void startXmp(PdfDocument pdf) {
        XMPMeta xmp = XMPMetaFactory.create();
        try {
            xmp.setProperty(XMPConst.NS_DC, PdfConst.Format, "application/pdf");
            pdf.setXmpMetadata(xmp);
        } catch (XMPException e) {
            throw new IllegalStateException("cannot start the document's XMP metadata", e);
        }
    }

    /** A layout document on {@code pdf} whose text falls back per character over the project's fonts. */
    public static Document layout(PdfDocument pdf, com.itextpdf.kernel.geom.PageSize size) {
        Document document = new Document(pdf, size);
        document.setProperty(Property.FONT_PROVIDER, DocumentFonts.provider());
        document.setFontFamily(DocumentFonts.FAMILIES);
        return document;
    }
}
