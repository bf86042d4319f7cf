package org.forumprotocol.docs.pdf;

import java.util.ArrayList;
import java.util.List;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Property;

/**
 * Text cut once into runs of one font each, with the font fixed on every run: the per-character fallback of
 * {@link DocumentFonts} (Noto Sans for what it has, else Nanum Gothic, else a substitute), decided in one pass
 * when the text is added instead of by iText's font selector each time a line is laid out. Every character takes
 * the first font that has it, as with the selector, so digits and punctuation in Korean text are Noto Sans's
 * and its lines keep the height of the Kazakh beside them; spaces stay in the run they stand in.
 * <p>
 * Two reasons to prefer it to a family name on a paragraph: it is cheaper for documents that set much text (the
 * programme booklet), and no text element ever mixes two fonts. iText 9 splits such an element into one renderer
 * per font and, when a line happens to break exactly between two of them, finishes the element's tag too early
 * and drops the tag of the rest ("Attempt to create a tag for a hint which is already marked as finished").
 * <p>
 * A run carries no tag of its own: its text belongs to its paragraph's tag (a P holding the text), rather than
 * each run adding an empty Span to the structure tree. One instance per document, because PDF fonts are.
 */
public final class FontRuns {
    private final PdfFont[] fonts = new PdfFont[3];

    private FontRuns(FontProvider provider) {
        fonts[DocumentFonts.REGULAR] = DocumentFonts.pdfFont(provider, DocumentFonts.REGULAR);
        fonts[DocumentFonts.BOLD] = DocumentFonts.pdfFont(provider, DocumentFonts.BOLD);
        fonts[DocumentFonts.HANGUL] = DocumentFonts.pdfFont(provider, DocumentFonts.HANGUL);
    }

    /** The runs of a document laid out with {@link PdfADocuments#layout}: the PDF fonts are that document's. */
    public static FontRuns of(Document document) {
        FontProvider provider = document.getProperty(Property.FONT_PROVIDER);
        if (provider == null) {
            throw new IllegalStateException("the document has no font provider: open it with PdfADocuments.layout");
        }
        return new FontRuns(provider);
    }

    /** The runs of the document whose fonts {@code provider} (from {@link DocumentFonts#provider()}) holds. */
    public static FontRuns of(FontProvider provider) {
        return new FontRuns(provider);
    }

    /** A paragraph of {@code text} in the regular weight. */
    public Paragraph paragraph(String text) {
        return new Paragraph().addAll(regular(text));
    }

    /** A paragraph of {@code text} in bold. */
    public Paragraph bold(String text) {
        return new Paragraph().addAll(boldRuns(text));
    }

    /** The runs of {@code text} in the regular weight, to add to a paragraph. */
    public List<Text> regular(String text) {
        return runs(text, false);
    }

    /**
     * The runs of {@code text} in bold: Noto Sans Bold, and Hangul, whose font has one weight only, in simulated
     * bold (the outline stroked as well as filled).
     */
    public List<Text> boldRuns(String text) {
        return runs(text, true);
    }

    /** The width of {@code text} in the regular weight at {@code size}, in points: for text placed by hand. */
    public float width(String text, float size) {
        float width = 0;
        for (Text run : regular(text)) {
            width += run.<PdfFont>getProperty(Property.FONT).getWidth(run.getText(), size);
        }
        return width;
    }

    /** Shows {@code text} in the regular weight at {@code size} on {@code canvas}, its baseline starting at (x, y). */
    public void show(PdfCanvas canvas, String text, float size, float x, float y) {
        canvas.beginText().moveText(x, y);
        for (Text run : regular(text)) {
            canvas.setFontAndSize(run.<PdfFont>getProperty(Property.FONT), size).showText(run.getText());
        }
        canvas.endText();
    }

    private List<Text> runs(String text, boolean bold) {
        List<Text> runs = new ArrayList<>(2);
        int first = bold ? DocumentFonts.BOLD : DocumentFonts.REGULAR;
        StringBuilder run = new StringBuilder(text.length());
        int runFont = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int font = font(c, first, runFont);
            if (font < 0) {
                // No font has it: the substitute, in the first font that has the substitute.
                String substitute = DocumentFonts.SUBSTITUTE;
                c = substitute.codePointAt(0);
                font = font(c, first, runFont);
            }
            if (font != runFont && run.length() > 0) {
                runs.add(run(run.toString(), runFont, bold));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(c);
        }
        if (run.length() > 0) {
            runs.add(run(run.toString(), runFont, bold));
        }
        return runs;
    }

    /**
     * The font for character {@code c}: the first font that has it, the weight's own before Hangul's; a space stays
     * in the current run. -1 when none has it.
     */
    private static int font(int c, int first, int current) {
        boolean invisible = Character.isWhitespace(c) || Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT;
        if (current >= 0 && invisible) {
            return current;
        }
        if (DocumentFonts.has(first, c)) {
            return first;
        }
        if (DocumentFonts.has(DocumentFonts.HANGUL, c)) {
            return DocumentFonts.HANGUL;
        }
        if (DocumentFonts.has(DocumentFonts.REGULAR, c)) {
            return DocumentFonts.REGULAR;
        }
        // A space or control character none of the fonts draws: iText leaves it out, as the font selector did.
        return invisible ? first : -1;
    }

    private Text run(String text, int font, boolean bold) {
        Text run = new Text(text);
        run.setFont(fonts[font]);
        if (bold && font == DocumentFonts.HANGUL) {
            run.simulateBold();
        }
        run.getAccessibilityProperties().setRole(null);
        return run;
    }
}
