package org.forumprotocol.docs.memorandum;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.ListFormatter;
import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.memorandum.MemorandumContent;
import org.forumprotocol.core.memorandum.MemorandumParty;
import org.forumprotocol.docs.pdf.DocumentInfo;
import org.forumprotocol.docs.pdf.FontRuns;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.PageFrame;
import org.forumprotocol.docs.pdf.PdfADocuments;
import org.forumprotocol.docs.pdf.Watermark;

/**
 * A memorandum as a PDF/A-3u ready for signing. Two languages stand side by side, one row per article so that
 * article n of one language is level with article n of the other; three or four follow one another. Each
 * language closes with the place, date and the clause that every text is equally authentic; then each party's
 * signature block in every language with an empty signature field ({@link #fieldName(int)}) for its signature.
 * The content as JSON ({@value #JSON_NAME}: parties, signatories, languages and the SHA-256 of each language's
 * text) is embedded as an associated file, so that an archive can read what was signed without reading the page.
 */
public final class MemorandumPdf {
    /** The name of the embedded machine-readable memorandum. */
    public static final String JSON_NAME = "memorandum.json";
    /** Format of {@value #JSON_NAME}, for readers that check what they read. */
    public static final String JSON_FORMAT = "forum-protocol/memorandum/1";
    private static final float MM = 72f / 25.4f;
    private static final float SIGNATURE_HEIGHT = 22 * MM;
    private static final JsonProvider JSON = JsonProvider.provider();

    private MemorandumPdf() {
    }

    /** The signature field of the party at {@code index} (0-based): party-1, party-2, … */
    public static String fieldName(int index) {
        return "party-" + (index + 1);
    }

    /** The document the parties agree and sign, with a signature field per party. */
    public static byte[] render(MemorandumContent memorandum) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(memorandum, out);
        return out.toByteArray();
    }

    /**
     * The same document as a draft: "ЖОБА", "ПРОЕКТ", "DRAFT", "초안" (the memorandum's languages) drawn diagonally
     * behind the text of every page, and no signature fields (their boxes are drawn), so that nobody signs a
     * draft by mistake. Still PDF/A-3u.
     */
    public static byte[] renderDraft(MemorandumContent memorandum) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeDraft(memorandum, out);
        return out.toByteArray();
    }

    public static void write(MemorandumContent m, OutputStream out) {
        write(m, out, false);
    }

    /** {@link #renderDraft}, written to {@code out}. */
    public static void writeDraft(MemorandumContent m, OutputStream out) {
        write(m, out, true);
    }

    private static void write(MemorandumContent m, OutputStream out, boolean draft) {
        Language first = m.languages().get(0);
        List<String> organisations = m.parties().stream().map(p -> p.organisation().in(first)).toList();
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo(m.title().in(first), String.join("; ", organisations),
                String.join(" / ", m.languages().stream().map(l -> m.title().in(l)).toList()), first), PdfAConformance.PDF_A_3U);
        embedJson(pdf, m);
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            document.setMargins(20 * MM, 18 * MM, 20 * MM, 18 * MM);
            PageFrame.install(document, String.join(" / ", m.languages().stream().map(l -> m.title().in(l)).toList()),
                    Labels.of(first).get("page.of"));
            if (draft) {
                Watermark.install(document, distinct(m.languages().stream().map(l -> Labels.of(l).get("memorandum.draft")).toList()));
            }
            // Parallel texts mix scripts in justified paragraphs: fonts fixed per run (see FontRuns).
            FontRuns text = FontRuns.of(document);
            if (m.languages().size() == 2) {
                sideBySide(document, text, m);
            } else {
                oneAfterAnother(document, text, m);
            }
            signatures(document, text, m, !draft);
        }
    }

    private static void sideBySide(Document document, FontRuns text, MemorandumContent m) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {50, 50})).useAllAvailableWidth();
        for (Language l : m.languages()) {
            table.addCell(plain().setPaddingRight(4 * MM).add(title(text, m.title().in(l))));
        }
        for (int i = 0; i < m.articleCount(); i++) {
            for (Language l : m.languages()) {
                table.addCell(plain().setPaddingRight(4 * MM).add(article(text, l, i + 1, m.articles(l).get(i))));
            }
        }
        for (Language l : m.languages()) {
            table.addCell(plain().setPaddingRight(4 * MM).add(done(text, l, m)));
        }
        document.add(table);
    }

    private static void oneAfterAnother(Document document, FontRuns text, MemorandumContent m) {
        boolean firstLanguage = true;
        for (Language l : m.languages()) {
            Div section = new Div().setMarginTop(firstLanguage ? 0 : 8 * MM);
            section.add(title(text, m.title().in(l)));
            for (int i = 0; i < m.articleCount(); i++) {
                section.add(article(text, l, i + 1, m.articles(l).get(i)));
            }
            section.add(done(text, l, m));
            document.add(section);
            firstLanguage = false;
        }
    }

    /** Per party a row: its block in every language, then the field it signs in, across the row. */
    private static void signatures(Document document, FontRuns text, MemorandumContent m, boolean fields) {
        int columns = m.languages().size();
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1);
        for (int p = 0; p < m.parties().size(); p++) {
            MemorandumParty party = m.parties().get(p);
            Table block = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setMarginTop(8 * MM)
                    .setKeepTogether(true);
            for (Language l : m.languages()) {
                Cell cell = plain().setPaddingRight(3 * MM);
                cell.add(text.bold(party.organisation().in(l)).setFontSize(9).setMargin(0));
                cell.add(text.paragraph(party.signatoryPosition().in(l)).setFontSize(9).setMargin(0).setMarginTop(1 * MM));
                cell.add(text.paragraph(party.signatoryName().in(l)).setFontSize(9).setMargin(0));
                block.addCell(cell);
            }
            Div field = new Div().setHeight(SIGNATURE_HEIGHT).setMarginTop(2 * MM)
                    .setBorderBottom(new SolidBorder(ColorConstants.BLACK, 0.5f));
            if (fields) {
                field.setNextRenderer(new SignatureFieldRenderer(field, fieldName(p)));
            }
            // A row of its own across all columns: one signature per party, whatever the number of languages.
            block.addCell(new Cell(1, columns).setBorder(null).setPadding(0).add(field));
            List<String> words = new ArrayList<>();
            m.languages().forEach(l -> words.add(Labels.of(l).get("memorandum.signature")));
            block.addCell(new Cell(1, columns).setBorder(null).setPadding(0).add(text.paragraph(String.join(" / ", distinct(words)))
                    .setFontSize(7).setFontColor(ColorConstants.DARK_GRAY).setMargin(0)));
            document.add(block);
        }
    }

    private static List<String> distinct(List<String> words) {
        return words.stream().distinct().toList();
    }

    private static Cell plain() {
        return new Cell().setBorder(null).setPadding(0);
    }

    private static Paragraph title(FontRuns text, String title) {
        return text.bold(title).setFontSize(13).setTextAlignment(TextAlignment.CENTER).setMarginBottom(4 * MM);
    }

    private static Div article(FontRuns text, Language l, int number, String article) {
        Div div = new Div().setMarginBottom(2 * MM);
        div.add(text.bold(Labels.of(l).format("memorandum.article", String.valueOf(number))).setFontSize(10).setMargin(0));
        div.add(text.paragraph(article).setFontSize(10).setMargin(0).setTextAlignment(TextAlignment.JUSTIFIED).setMultipliedLeading(1.2f));
        return div;
    }

    private static Paragraph done(FontRuns text, Language l, MemorandumContent m) {
        Labels labels = Labels.of(l);
        List<String> names = m.languages().stream()
                .map(x -> x.locale().getDisplayLanguage(l.locale()))
                .toList();
        String languages = ListFormatter.getInstance(l.locale()).format(names);
        return text.paragraph(labels.format("memorandum.done", m.place().in(l),
                m.signingDate() == null ? "" : labels.date(m.signingDate()), languages))
                .setFontSize(10).setMarginTop(4 * MM).setTextAlignment(TextAlignment.JUSTIFIED);
    }

    /** The machine-readable memorandum, embedded as the document's associated file with relationship Data. */
    private static void embedJson(PdfDocument pdf, MemorandumContent m) {
        byte[] json = json(m).getBytes(StandardCharsets.UTF_8);
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.ModDate, new PdfDate().getPdfObject());
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, json, "The memorandum's parties, signatories, languages and text hashes",
                JSON_NAME, new PdfName("application/json"), params, PdfName.Data);
        pdf.addAssociatedFile(JSON_NAME, spec);
    }

    /** {@value #JSON_NAME}: what the document says, for machines; the SHA-256 of each language's text. */
    public static String json(MemorandumContent m) {
        JsonArrayBuilder languages = JSON.createArrayBuilder();
        m.languages().forEach(l -> languages.add(l.code()));
        JsonArrayBuilder parties = JSON.createArrayBuilder();
        for (int i = 0; i < m.parties().size(); i++) {
            MemorandumParty p = m.parties().get(i);
            parties.add(JSON.createObjectBuilder()
                    .add("signatureField", fieldName(i))
                    .add("organisation", texts(p.organisation()))
                    .add("country", p.country())
                    .add("signatory", JSON.createObjectBuilder()
                            .add("name", texts(p.signatoryName()))
                            .add("position", texts(p.signatoryPosition()))));
        }
        JsonObjectBuilder texts = JSON.createObjectBuilder();
        for (Language l : m.languages()) {
            texts.add(l.code(), JSON.createObjectBuilder().add("articles", m.articles(l).size()).add("sha256", m.textSha256(l)));
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("format", JSON_FORMAT)
                .add("title", texts(m.title()))
                .add("languages", languages)
                .add("parties", parties)
                .add("texts", texts)
                .add("place", texts(m.place()));
        if (m.signingDate() != null) {
            json.add("signingDate", m.signingDate().toString());
        }
        return json.build().toString();
    }

    private static JsonObjectBuilder texts(LocalizedText text) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        text.asMap().forEach((l, t) -> b.add(l.code(), t));
        return b;
    }

    /**
     * Draws the box a party signs in and puts an empty signature field of the same size there: the field's
     * place is known only when the layout has put the box on a page.
     */
    private static final class SignatureFieldRenderer extends DivRenderer {
        private final String name;

        SignatureFieldRenderer(Div div, String name) {
            super(div);
            this.name = name;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new SignatureFieldRenderer((Div) modelElement, name);
        }

        @Override
        public void draw(DrawContext context) {
            super.draw(context);
            PdfDocument pdf = context.getDocument();
            Rectangle box = getOccupiedAreaBBox();
            PdfPage page = pdf.getPage(getOccupiedArea().getPageNumber());
            PdfSignatureFormField field = new SignatureFormFieldBuilder(pdf, name)
                    .setWidgetRectangle(box).setPage(page).createSignature();
            // PDF/A wants an appearance for every annotation; an unsigned field shows nothing beyond the drawn box.
            PdfFormXObject empty = new PdfFormXObject(new Rectangle(box.getWidth(), box.getHeight()));
            field.getFirstFormAnnotation().getWidget().setFlags(PdfAnnotation.PRINT).setNormalAppearance(empty.getPdfObject());
            PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, true);
            form.addField(field, page);
        }
    }
}
