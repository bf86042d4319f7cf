package org.forumprotocol.docs.seating;

import java.io.OutputStream;
import java.util.List;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.pdf.DocumentFonts;
import org.forumprotocol.docs.pdf.DocumentInfo;
import org.forumprotocol.docs.pdf.FontRuns;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.Names;
import org.forumprotocol.docs.pdf.PdfADocuments;
import org.forumprotocol.docs.pdf.Styles;

/**
 * Tent cards, one per A4 sheet in landscape, folded along the middle: the lower half shows the name in the
 * seat holder's own script, the upper half, upside down so that it stands upright once folded, the name in
 * the event's host language; the delegation under each name.
 */
public final class PlaceCardsPdf {
    private PlaceCardsPdf() {
    }

    public static void write(Event event, List<Delegate> seatHolders, OutputStream out) {
        Language host = event.hostLanguage();
        Labels labels = Labels.of(host);
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo(Styles.in(event.getTitle(), host, event) + " – "
                + labels.get("placecards.title"), Styles.in(event.getHostOrganisation(), host, event), labels.get("placecards.title"), host));
        FontProvider fonts = DocumentFonts.provider();
        FontRuns text = FontRuns.of(fonts);
        PageSize size = PageSize.A4.rotate();
        try {
            for (Delegate d : seatHolders) {
                PdfPage page = pdf.addNewPage(size);
                PdfCanvas canvas = new PdfCanvas(page);
                float half = size.getHeight() / 2;
                canvas.openTag(new CanvasArtifact());
                canvas.saveState().setStrokeColor(ColorConstants.LIGHT_GRAY).setLineWidth(0.5f).setLineDash(4, 4)
                        .moveTo(0, half).lineTo(size.getWidth(), half).stroke().restoreState();
                canvas.closeTag();
                Rectangle lower = new Rectangle(30, 20, size.getWidth() - 60, half - 40);
                Language own = d.getLanguage().orElse(host);
                side(page, canvas, fonts, text, lower, Names.own(d), Styles.in(d.getDelegation().getName(), own, event));
                // The upper half turned half a circle about the page's centre: it stands upright once folded.
                canvas.saveState().concatMatrix(-1, 0, 0, -1, size.getWidth(), size.getHeight());
                side(page, canvas, fonts, text, lower, d.displayName(host), Styles.in(d.getDelegation().getName(), host, event));
                canvas.restoreState();
            }
            if (seatHolders.isEmpty()) {
                pdf.addNewPage(size);
            }
        } finally {
            pdf.close();
        }
    }

    /** "‹item title› – Отырғызу карточкалары.pdf" in the host language. */
    public static String fileName(Event event, String itemTitle) {
        Language host = event.hostLanguage();
        String title = itemTitle.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return (title.isEmpty() ? "event " + event.getId() : title) + " – " + Labels.of(host).get("placecards.title") + ".pdf";
    }

    private static void side(PdfPage page, PdfCanvas pdfCanvas, FontProvider fonts, FontRuns text, Rectangle box, String name,
                             String delegation) {
        try (Canvas canvas = new Canvas(pdfCanvas, box)) {
            canvas.enableAutoTagging(page);
            canvas.setProperty(Property.FONT_PROVIDER, fonts);
            canvas.setFontFamily(DocumentFonts.FAMILIES);
            Paragraph written = text.bold(name).setFontSize(fit(name)).setTextAlignment(TextAlignment.CENTER).setMargin(0)
                    .setMultipliedLeading(1.05f);
            Paragraph from = text.paragraph(delegation).setFontSize(14).setTextAlignment(TextAlignment.CENTER)
                    .setFontColor(ColorConstants.DARK_GRAY).setMarginTop(8);
            canvas.add(new com.itextpdf.layout.element.Div().add(written).add(from).setHeight(box.getHeight())
                    .setVerticalAlignment(VerticalAlignment.MIDDLE));
        }
    }

    private static float fit(String name) {
        double width = name.codePoints().mapToDouble(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 1.8 : 1).sum();
        return width <= 20 ? 48 : (float) Math.max(26, 48 * 20 / width);
    }
}
