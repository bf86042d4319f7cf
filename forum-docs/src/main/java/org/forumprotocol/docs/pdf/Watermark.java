package org.forumprotocol.docs.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * Words such as "DRAFT" drawn large and light grey from the lower left to the upper right corner of every page,
 * behind the page's content (so the text stays readable without any transparency, which PDF/A would have to
 * account for), one line per word. Marked as an artifact: not part of the document's logical structure.
 */
public final class Watermark extends AbstractPdfDocumentEventHandler {
    private static final DeviceRgb LIGHT_GREY = new DeviceRgb(0.84f, 0.84f, 0.84f);

    private final FontProvider fonts;
    private final List<String> words;
    private final Set<Integer> marked = new HashSet<>();

    private Watermark(FontProvider fonts, List<String> words) {
        this.fonts = fonts;
        this.words = List.copyOf(words);
        addType(PdfDocumentEvent.END_PAGE);
    }

    /** Marks every page of {@code document} from now on with {@code words}, one per line. */
    public static void install(Document document, List<String> words) {
        PdfDocument pdf = document.getPdfDocument();
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new Watermark(document.getProperty(Property.FONT_PROVIDER), words));
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfDocument pdf = event.getDocument();
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        if (!marked.add(pdf.getPageNumber(page))) {
            return;
        }
        Rectangle box = page.getPageSize();
        double angle = Math.atan2(box.getHeight(), box.getWidth());
        // The longest line fits along the diagonal with a margin; more lines make the letters smaller.
        int longest = words.stream().mapToInt(String::length).max().orElse(1);
        float diagonal = (float) Math.hypot(box.getWidth(), box.getHeight());
        float size = Math.min(110f / (float) Math.sqrt(words.size()), 0.7f * diagonal / Math.max(longest, 4) / 0.75f);
        PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf);
        pdfCanvas.openTag(new CanvasArtifact());
        try (Canvas canvas = new Canvas(pdfCanvas, box)) {
            canvas.setProperty(Property.FONT_PROVIDER, fonts);
            canvas.setFontFamily(DocumentFonts.FAMILIES).setFontColor(LIGHT_GREY);
            Paragraph lines = new Paragraph(String.join("\n", words)).setFontSize(size).setMultipliedLeading(1.0f)
                    .setTextAlignment(TextAlignment.CENTER).setMargin(0).setWidth(0.9f * diagonal);
            canvas.showTextAligned(lines, box.getWidth() / 2, box.getHeight() / 2, pdf.getPageNumber(page), TextAlignment.CENTER,
                    VerticalAlignment.MIDDLE,
                    (float) angle);
        }
        pdfCanvas.closeTag();
    }
}
