package org.forumprotocol.docs.badge;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;

import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateRole;
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
 * Badges on A4 sheets with cut marks: the name large in the delegate's own script, below it in the event's
 * host language, the delegation and country, a band in the colour of the role, and a QR code with the signed
 * token the check-in desk verifies ({@link BadgeTokens}).
 */
public final class BadgesPdf {
    private static final float MM = 72f / 25.4f;
    private static final float MARK = 5 * MM;
    private static final Map<DelegateRole, Color> BANDS = new EnumMap<>(Map.of(
            DelegateRole.HEAD, new DeviceRgb(0xB7, 0x1C, 0x1C),
            DelegateRole.MEMBER, new DeviceRgb(0x15, 0x65, 0xC0),
            DelegateRole.INTERPRETER, new DeviceRgb(0x2E, 0x7D, 0x32),
            DelegateRole.SECURITY, new DeviceRgb(0x37, 0x47, 0x4F),
            DelegateRole.PRESS, new DeviceRgb(0xEF, 0x6C, 0x00),
            DelegateRole.STAFF, new DeviceRgb(0x6A, 0x1B, 0x9A)));

    private BadgesPdf() {
    }

    /** Writes one badge per delegate, in the order given, as many to a sheet as the format allows. */
    public static void write(Event event, List<Delegate> delegates, BadgeFormat format, BadgeTokens tokens, OutputStream out) {
        Language host = event.hostLanguage();
        Labels labels = Labels.of(host);
        String title = Styles.in(event.getTitle(), host, event);
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo(title + " – " + labels.get("badges.title"),
                Styles.in(event.getHostOrganisation(), host, event), labels.get("badges.title"), host));
        FontProvider fonts = DocumentFonts.provider();
        FontRuns text = FontRuns.of(fonts);
        Sheet sheet = new Sheet(format);
        try {
            PdfPage page = null;
            PdfCanvas canvas = null;
            for (int i = 0; i < delegates.size(); i++) {
                int slot = i % sheet.perPage();
                if (slot == 0) {
                    page = pdf.addNewPage(PageSize.A4);
                    // One content stream a sheet: a canvas per badge would add ten streams to every page.
                    canvas = new PdfCanvas(page);
                    cutMarks(canvas, page, sheet);
                }
                badge(canvas, page, sheet.slot(slot), format, event, delegates.get(i), tokens, fonts, text, labels, title);
            }
            if (delegates.isEmpty()) {
                pdf.addNewPage(PageSize.A4);
            }
        } finally {
            pdf.close();
        }
    }

    /** "‹event title› – badges.pdf" in the host language. */
    public static String fileName(Event event) {
        Language host = event.hostLanguage();
        String title = Styles.in(event.getTitle(), host, event).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return (title.isEmpty() ? "event " + event.getId() : title) + " – " + Labels.of(host).get("badges.title") + ".pdf";
    }

    private static void badge(PdfCanvas pdfCanvas, PdfPage page, Rectangle box, BadgeFormat format, Event event, Delegate delegate,
                              BadgeTokens tokens, FontProvider fonts, FontRuns text, Labels labels, String title) {
        boolean card = format == BadgeFormat.CARD;
        float pad = (card ? 4 : 6) * MM;
        float band = (card ? 8 : 13) * MM;
        float qrSize = (card ? 22 : 34) * MM;
        Language host = event.hostLanguage();
        DelegateRole role = delegate.getRole() == null ? DelegateRole.MEMBER : delegate.getRole();

        pdfCanvas.openTag(new CanvasArtifact());
        pdfCanvas.saveState().setFillColor(BANDS.get(role))
                .rectangle(box.getLeft(), box.getBottom(), box.getWidth(), band).fill().restoreState();
        PdfFormXObject qr = qr(tokens.issue(event.getId(), delegate.getId()), page.getDocument());
        Rectangle qrBox = card
                ? new Rectangle(box.getRight() - pad - qrSize, box.getBottom() + band + pad * 0.75f, qrSize, qrSize)
                : new Rectangle(box.getLeft() + (box.getWidth() - qrSize) / 2, box.getBottom() + band + pad, qrSize, qrSize);
        pdfCanvas.addXObjectFittedIntoRectangle(qr, qrBox);
        pdfCanvas.closeTag();

        float textWidth = card ? box.getWidth() - 3 * pad - qrSize : box.getWidth() - 2 * pad;
        Rectangle textBox = card
                ? new Rectangle(box.getLeft() + pad, box.getBottom() + band + pad / 2, textWidth, box.getHeight() - band - pad * 1.5f)
                : new Rectangle(box.getLeft() + pad, qrBox.getTop() + pad / 2, textWidth, box.getTop() - pad - qrBox.getTop() - pad / 2);
        String ownName = Names.own(delegate);
        String hostName = delegate.displayName(host);
        String delegation = Styles.in(delegate.getDelegation().getName(), host, event);
        String country = Countries.name(delegate.getDelegation().getCountry(), host);
        float scale = card ? 1 : 1.5f;
        try (Canvas canvas = new Canvas(pdfCanvas, textBox)) {
            canvas.enableAutoTagging(page);
            canvas.setProperty(Property.FONT_PROVIDER, fonts);
            canvas.setFontFamily(DocumentFonts.FAMILIES);
            canvas.add(text.paragraph(title).setFontSize(6.5f * scale).setFontColor(ColorConstants.GRAY).setMargin(0)
                    .setMultipliedLeading(1.1f));
            canvas.add(text.bold(ownName).setFontSize(fit(ownName, 15 * scale)).setMarginTop(4 * scale).setMarginBottom(0)
                    .setMultipliedLeading(1.05f));
            if (!hostName.isEmpty() && !hostName.equals(ownName)) {
                canvas.add(text.paragraph(hostName).setFontSize(9 * scale).setMargin(0).setMarginTop(1));
            }
            String from = delegation.isEmpty() || delegation.contains(country) ? (delegation.isEmpty() ? country : delegation)
                    : delegation + " · " + country;
            canvas.add(text.paragraph(from).setFontSize(7 * scale).setMarginTop(3 * scale).setMarginBottom(0)
                    .setMultipliedLeading(1.1f).setFontColor(ColorConstants.DARK_GRAY));
        }
        Rectangle bandBox = new Rectangle(box.getLeft() + pad, box.getBottom(), box.getWidth() - 2 * pad, band);
        try (Canvas canvas = new Canvas(pdfCanvas, bandBox)) {
            canvas.enableAutoTagging(page);
            canvas.setProperty(Property.FONT_PROVIDER, fonts);
            canvas.setFontFamily(DocumentFonts.FAMILIES);
            float size = 8 * scale;
            canvas.add(text.bold(labels.get("role." + role.name())).setFontSize(size).setFontColor(ColorConstants.WHITE)
                    .setTextAlignment(card ? TextAlignment.LEFT : TextAlignment.CENTER).setMargin(0)
                    .setFixedPosition(bandBox.getLeft(), bandBox.getBottom() + (band - size) / 2 - 1, bandBox.getWidth()));
        }
    }

    /** Smaller type for long names, so that most fit in two lines; Hangul counts wider than Latin or Cyrillic. */
    private static float fit(String name, float size) {
        double width = name.codePoints().mapToDouble(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 1.8 : 1).sum();
        return width <= 16 ? size : (float) Math.max(size * 0.6, size * 16 / width);
    }

    private static PdfFormXObject qr(String token, PdfDocument pdf) {
        BarcodeQRCode code = new BarcodeQRCode(token, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        return code.createFormXObject(ColorConstants.BLACK, pdf);
    }

    /** Short lines on the sheet's margins along every cutting line of the grid, outside the badges. */
    private static void cutMarks(PdfCanvas canvas, PdfPage page, Sheet sheet) {
        canvas.openTag(new CanvasArtifact());
        canvas.saveState().setStrokeColor(ColorConstants.GRAY).setLineWidth(0.3f);
        Rectangle grid = sheet.grid();
        Rectangle paper = page.getPageSize();
        for (float x : sheet.verticalCuts()) {
            canvas.moveTo(x, paper.getTop()).lineTo(x, Math.max(grid.getTop() + 1, paper.getTop() - MARK));
            canvas.moveTo(x, paper.getBottom()).lineTo(x, Math.min(grid.getBottom() - 1, paper.getBottom() + MARK));
        }
        for (float y : sheet.horizontalCuts()) {
            canvas.moveTo(paper.getLeft(), y).lineTo(Math.min(grid.getLeft() - 1, paper.getLeft() + MARK), y);
            canvas.moveTo(paper.getRight(), y).lineTo(Math.max(grid.getRight() + 1, paper.getRight() - MARK), y);
        }
        canvas.stroke().restoreState();
        canvas.closeTag();
    }

    /** Where the badges of one format sit on an A4 sheet: a grid centred on the page. */
    private record Sheet(BadgeFormat format, int columns, int rows, Rectangle grid) {
        Sheet(BadgeFormat format) {
            this(format, (int) (210 / format.widthMm()), (int) (297 / format.heightMm()), grid(format));
        }

        private static Rectangle grid(BadgeFormat format) {
            int columns = (int) (210 / format.widthMm());
            int rows = (int) (297 / format.heightMm());
            float w = columns * format.widthMm() * MM;
            float h = rows * format.heightMm() * MM;
            Rectangle a4 = PageSize.A4;
            return new Rectangle((a4.getWidth() - w) / 2, (a4.getHeight() - h) / 2, w, h);
        }

        int perPage() {
            return columns * rows;
        }

        /** Slots fill the sheet row by row from the top left. */
        Rectangle slot(int index) {
            float w = format.widthMm() * MM;
            float h = format.heightMm() * MM;
            int column = index % columns;
            int row = index / columns;
            return new Rectangle(grid.getLeft() + column * w, grid.getTop() - (row + 1) * h, w, h);
        }

        float[] verticalCuts() {
            float[] cuts = new float[columns + 1];
            for (int i = 0; i <= columns; i++) {
                cuts[i] = grid.getLeft() + i * format.widthMm() * MM;
            }
            return cuts;
        }

        float[] horizontalCuts() {
            float[] cuts = new float[rows + 1];
            for (int i = 0; i <= rows; i++) {
                cuts[i] = grid.getBottom() + i * format.heightMm() * MM;
            }
            return cuts;
        }
    }
}
