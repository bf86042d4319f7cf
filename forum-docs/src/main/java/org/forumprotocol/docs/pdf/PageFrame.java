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
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * The running header and footer of every page: a header line (the event and the document), and in the footer
 * "page X of Y". Y is known only when the document closes, so each page shows a small form XObject that is
 * filled with the page count then. Both are marked as artifacts: they are not part of the document's
 * logical structure, and a screen reader skips them.
 */
public final class PageFrame extends AbstractPdfDocumentEventHandler {
    private static final float FONT_SIZE = 8;
    private static final float TOTAL_WIDTH = 30;

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
        // As high as the digits, from the baseline up: an inline image stands on the baseline of its line.
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
        Rectangle box = page.getPageSize();
        PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        pdfCanvas.openTag(new CanvasArtifact());
        try (Canvas canvas = new Canvas(pdfCanvas, box)) {
            canvas.setProperty(Property.FONT_PROVIDER, fonts);
            canvas.setFontFamily(DocumentFonts.FAMILIES).setFontSize(FONT_SIZE).setFontColor(ColorConstants.DARK_GRAY);
            float left = 36;
            float width = box.getWidth() - 72;
            if (!header.isEmpty()) {
                canvas.add(text.paragraph(header).setFixedPosition(left, box.getTop() - 28, width).setMargin(0));
            }
            Paragraph footer = text.paragraph(pageOf.replace("{0}", String.valueOf(number)) + " ").setMargin(0)
                    .setTextAlignment(TextAlignment.RIGHT).add(new Image(total).setWidth(TOTAL_WIDTH));
            canvas.add(footer.setFixedPosition(left, 18, width));
        }
        pdfCanvas.closeTag();
    }

    private void writeTotal(PdfDocument pdf) {
        // Digits are in the first family; its regular face is the one the footer's words use, so no font is added.
        PdfFont font = DocumentFonts.pdfFont(fonts, DocumentFonts.REGULAR);
        new PdfCanvas(total, pdf).beginText().setFontAndSize(font, FONT_SIZE).setFillColor(ColorConstants.DARK_GRAY)
                .moveText(0, 0).showText(String.valueOf(pdf.getNumberOfPages())).endText();
    }
}
