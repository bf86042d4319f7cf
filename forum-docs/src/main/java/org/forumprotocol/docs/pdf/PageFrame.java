package org.forumprotocol.docs.pdf;

import java.util.HashSet;
import java.util.Set;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Property;

/**
 * The running header and footer of every page: a header line (the event and the document), and in the footer
 * "page X of Y". Y is known only when the document closes, so each page shows a small form XObject that is
 * filled with the page count then. Both are marked as artifacts: they are not part of the document's
 * logical structure, and a screen reader skips them.
 */
public final class PageFrame extends AbstractPdfDocumentEventHandler {
    private static final float FONT_SIZE = 8;
    private static final float MIN_FONT_SIZE = 5;
    private static final float TOTAL_WIDTH = 30;
    /** Left and right of the header and footer lines. */
    private static final float MARGIN = 36;
    /** The baseline above the lines' bottom edges, where the earlier laid-out lines had it. */
    private static final float BASELINE = 5.2f;

    private final FontProvider fonts;
    private final FontRuns text;
    private final String header;
    private final String pageOf;
    private final PdfFormXObject total;
    private final Set<Integer> framed = new HashSet<>();

    private PageFrame(PdfDocument pdf, FontProvider fonts, String header, String pageOf) {
        this.fonts = fonts;
        this.text = FontRuns.of(fonts);
        this.header = header;
        this.pageOf = pageOf;
        // As high as the digits, from the baseline up: it is placed with its origin on the footer's baseline.
        this.total = new PdfFormXObject(new Rectangle(TOTAL_WIDTH, FONT_SIZE));
        addType(PdfDocumentEvent.END_PAGE);
        addType(PdfDocumentEvent.START_DOCUMENT_CLOSING);
    }

    /**
     * Frames every page of {@code document} from now on. {@code pageOf} is the footer's words with {0} for
     * the page number, e.g. "Page {0} of", followed by the page count.
     */
    public static void install(Document document, String header, String pageOf) {
        PdfDocument pdf = document.getPdfDocument();
        FontProvider fonts = document.getProperty(Property.FONT_PROVIDER);
        PageFrame frame = new PageFrame(pdf, fonts, header, pageOf);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, frame);
        pdf.addEventHandler(PdfDocumentEvent.START_DOCUMENT_CLOSING, frame);
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfDocument pdf = event.getDocument();
        if (PdfDocumentEvent.START_DOCUMENT_CLOSING.equals(event.getType())) {
            writeTotal(pdf);
            return;
        }
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        int number = pdf.getPageNumber(page);
        if (!framed.add(number)) {
            return;
        }
        // Drawn straight onto the page rather than laid out: two lines a page, and the layout engine's paragraph
        // machinery cost the booklet as much as a tenth of its time.
        Rectangle box = page.getPageSize();
        float left = MARGIN;
        float right = box.getWidth() - MARGIN;
        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        canvas.openTag(new CanvasArtifact()).saveState().setFillColor(ColorConstants.DARK_GRAY);
        if (!header.isEmpty()) {
            // A header too long for the line is set smaller rather than cut.
            float width = text.width(header, FONT_SIZE);
            float size = width <= right - left ? FONT_SIZE : Math.max(MIN_FONT_SIZE, FONT_SIZE * (right - left) / width);
            text.show(canvas, header, size, left, box.getTop() - 28 + BASELINE);
        }
        String words = pageOf.replace("{0}", String.valueOf(number)) + " ";
        text.show(canvas, words, FONT_SIZE, right - TOTAL_WIDTH - text.width(words, FONT_SIZE), 18 + BASELINE);
        canvas.addXObjectAt(total, right - TOTAL_WIDTH, 18 + BASELINE);
        canvas.restoreState().closeTag();
    }

    private void writeTotal(PdfDocument pdf) {
        // Digits are in the first family; its regular face is the one the footer's words use, so no font is added.
        PdfFont font = DocumentFonts.pdfFont(fonts, DocumentFonts.REGULAR);
        new PdfCanvas(total, pdf).beginText().setFontAndSize(font, FONT_SIZE).setFillColor(ColorConstants.DARK_GRAY)
                .moveText(0, 0).showText(String.valueOf(pdf.getNumberOfPages())).endText();
    }
}
