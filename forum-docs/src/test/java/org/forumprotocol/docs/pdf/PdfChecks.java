package org.forumprotocol.docs.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Looks at a PDF with tools that share no code with iText, which wrote it: PDFBox reads the text, the fonts
 * and renders pages; veraPDF (the PDF Association's reference validator) judges PDF/A-2u conformance.
 */
public final class PdfChecks {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** All text of the document, as a reader's copy and paste would get it. */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new AssertionError("PDFBox cannot read the document", e);
        }
    }

    /** Keeps a copy under target/documents for a person to look at; the build deletes it with target. */
    public static byte[] keep(String name, byte[] pdf) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pdf;
    }

    /** The text with every run of white space (line breaks of wrapped cells too) as one space. */
    public static String words(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    /** veraPDF's failed rules for PDF/A-2u; empty when the document conforms. */
    public static List<String> pdfA2uViolations(byte[] pdf) {
        return pdfAViolations(pdf, PDFAFlavour.PDFA_2_U);
    }

    /** veraPDF's failed rules for the given PDF/A part and conformance; empty when the document conforms. */
    public static List<String> pdfAViolations(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.toList());
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant");
            }
            return failed;
        } catch (Exception e) {
            throw new AssertionError("veraPDF cannot validate the document", e);
        }
    }

    /**
     * Every check a PDF/A-2u document of this project must pass: veraPDF compliant, the XMP says part 2
     * conformance U, an sRGB output intent, every font embedded with a ToUnicode map, a language, and not a
     * single glyph drawn as .notdef.
     */
    public static void assertPdfA2u(byte[] pdf, String language) {
        assertThat(pdfA2uViolations(pdf)).as("veraPDF PDF/A-2u").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            assertThat(metadata).as("XMP metadata").isNotNull();
            String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")U");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).contains("sRGB"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).as(font.getName() + " ToUnicode").isTrue();
                PDFontDescriptor descriptor = font.getFontDescriptor();
                assertThat(descriptor).as(font.getName() + " descriptor").isNotNull();
            }
            assertThat(missingGlyphs(doc)).as("glyphs drawn as .notdef").isEmpty();
        } catch (IOException e) {
            throw new AssertionError("PDFBox cannot read the document", e);
        }
    }

    /** The base names of the fonts the pages use, e.g. ABCDEF+NotoSans-Regular. */
    public static List<String> fontNames(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return fonts(doc).stream().map(PDFont::getName).distinct().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static BufferedImage render(byte[] pdf, int page, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), fonts, 0);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, depth + 1);
            }
        }
    }

    /**
     * Glyphs drawn as glyph 0 (.notdef), which a reader sees as empty boxes: every page is rendered to an
     * image by PDFBox, and each glyph its renderer draws is checked on the way.
     */
    private static List<String> missingGlyphs(PDDocument doc) throws IOException {
        List<String> missing = new ArrayList<>();
        PDFRenderer renderer = new PDFRenderer(doc) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                return new PageDrawer(parameters) {
                    @Override
                    protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                            throws IOException {
                        if (font instanceof PDType0Font type0 && type0.codeToGID(code) == 0) {
                            missing.add(font.getName() + " code " + code + " (" + font.toUnicode(code) + ")");
                        }
                        super.showFontGlyph(textRenderingMatrix, font, code, displacement);
                    }
                };
            }
        };
        for (int page = 0; page < doc.getNumberOfPages(); page++) {
            renderer.renderImageWithDPI(page, 36, ImageType.RGB);
        }
        return missing;
    }

    /**
     * What iText reports at level SEVERE (its errors) while {@code work} runs: iText logs through SLF4J to
     * java.util.logging, where a document it wrote only partly as asked shows up as an error, not an exception.
     */
    public static List<String> itextErrors(Runnable work) {
        java.util.logging.Logger itext = java.util.logging.Logger.getLogger("com.itextpdf");
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        itext.addHandler(handler);
        try {
            work.run();
        } finally {
            itext.removeHandler(handler);
        }
        return List.copyOf(errors);
    }

    /**
     * Text on the pages that is neither part of the document's structure (inside marked content with an MCID, which
     * the structure tree refers to) nor marked as an artifact (running headers and footers): what a screen reader
     * would skip or read out of place. Empty for a well-tagged document; one entry per page that has some.
     */
    public static List<String> untaggedText(byte[] pdf) {
        List<String> untagged = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                MarkedText engine = new MarkedText();
                engine.processPage(page);
                if (!engine.outside.toString().isBlank()) {
                    untagged.add("page " + number + ": " + engine.outside);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("PDFBox cannot read the document", e);
        }
        return untagged;
    }

    /** Follows the marked-content sequences of a page and keeps the text drawn outside tagged content and artifacts. */
    private static final class MarkedText extends PDFStreamEngine {
        private final java.util.Deque<Boolean> marked = new java.util.ArrayDeque<>();
        private final StringBuilder outside = new StringBuilder();

        MarkedText() {
            addOperator(new org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.BeginText(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.EndText(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.SetFontAndSize(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.ShowText(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.ShowTextLine(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.MoveText(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.NextLine(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.text.SetTextLeading(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.DrawObject(this));
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, org.apache.pdfbox.cos.COSDictionary properties) {
            boolean tagged = COSName.ARTIFACT.equals(tag) || (properties != null && properties.containsKey(COSName.MCID))
                    || (!marked.isEmpty() && marked.peek());
            marked.push(tagged);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!marked.isEmpty()) {
                marked.pop();
            }
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            if (marked.isEmpty() || !marked.peek()) {
                String unicode = font.toUnicode(code);
                outside.append(unicode == null ? "?" : unicode);
            }
        }
    }
}
