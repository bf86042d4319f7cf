package org.forumprotocol.docs.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.font.FontInfo;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import com.itextpdf.layout.font.selectorstrategy.BestMatchFontSelectorStrategy;
import com.itextpdf.layout.font.selectorstrategy.IFontSelectorStrategy;
import com.itextpdf.layout.font.selectorstrategy.IFontSelectorStrategyFactory;

/**
 * The fonts every document embeds, chosen per character: Noto Sans (Latin, Cyrillic with all Kazakh letters)
 * first, Nanum Gothic for what Noto Sans has not (Hangul). The font files are read once per process; each
 * document gets a provider of its own, because a provider keeps the PDF font objects of one document.
 */
public final class DocumentFonts {
    /** The family names, in the order the selector tries them for each character. */
    public static final String[] FAMILIES = {"Noto Sans", "NanumGothic"};

    /** The font files, in the order of {@link #REGULAR}, {@link #BOLD} and {@link #HANGUL}. */
    private static final String[] FILES = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NanumGothic.ttf"};
    static final int REGULAR = 0;
    static final int BOLD = 1;
    static final int HANGUL = 2;

    private static final String DIR = "/org/forumprotocol/docs/fonts/";
    private static final List<FontProgram> PROGRAMS = new ArrayList<>();
    /** Per font, the characters of the Basic Multilingual Plane it has a glyph for: asked for every character set. */
    private static final List<BitSet> BMP = new ArrayList<>();
    private static final FontSet FONTS = load();
    /** Per font, its entry in {@link #FONTS}, by which a document's provider gives the PDF font of that document. */
    private static final List<FontInfo> INFOS = infos();
    /** Shown for a character none of the fonts has: the replacement character if a font has it, else '?'. */
    static final String SUBSTITUTE = covered(0xFFFD) ? "\uFFFD" : "?";
    private static final IFontSelectorStrategyFactory BEST_MATCH = new BestMatchFontSelectorStrategy.BestMatchFontSelectorStrategyFactory();

    private DocumentFonts() {
    }

    /** A provider for one document; text set with {@link #FAMILIES} falls back from font to font per character. */
    public static FontProvider provider() {
        FontProvider provider = new FontProvider(FONTS, FAMILIES[0]);
        // Every text a document sets passes here on its way to the font selector: the one place where a character
        // no font has (an Arabic or Georgian name, an emoji) can be replaced before PDF/A forbids the missing glyph.
        provider.setFontSelectorStrategyFactory((fonts, selector, set) -> {
            IFontSelectorStrategy inner = BEST_MATCH.createFontSelectorStrategy(fonts, selector, set);
            return text -> inner.getGlyphLines(printable(text));
        });
        return provider;
    }

    /** The text with every visible character that none of the fonts has replaced by a substitute. */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean keep = Character.isWhitespace(c) || Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT || covered(c);
            if (!keep && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(keep ? text.substring(i, next) : SUBSTITUTE);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean covered(int codePoint) {
        for (int font = 0; font < PROGRAMS.size(); font++) {
            if (has(font, codePoint)) {
                return true;
            }
        }
        return false;
    }

    /** Whether font {@code font} ({@link #REGULAR}, {@link #BOLD}, {@link #HANGUL}) has a glyph for the character. */
    static boolean has(int font, int codePoint) {
        return codePoint <= Character.MAX_VALUE ? BMP.get(font).get(codePoint) : PROGRAMS.get(font).getGlyph(codePoint) != null;
    }

    /** The PDF font of {@code font} in the document whose provider is {@code provider}: one object per document. */
    static PdfFont pdfFont(FontProvider provider, int font) {
        return provider.getPdfFont(INFOS.get(font));
    }

    private static FontSet load() {
        FontSet set = new FontSet();
        for (String file : FILES) {
            try {
                FontProgram program = FontProgramFactory.createFont(bytes(file));
                PROGRAMS.add(program);
                BitSet glyphs = new BitSet(Character.MAX_VALUE + 1);
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    if (program.getGlyph(c) != null) {
                        glyphs.set(c);
                    }
                }
                BMP.add(glyphs);
                set.addFont(program, PdfEncodings.IDENTITY_H);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + file, e);
            }
        }
        return set;
    }

    /** The set's entries in the order of {@link #FILES}, found by the font name each program declares. */
    private static List<FontInfo> infos() {
        List<FontInfo> infos = new ArrayList<>();
        for (FontProgram program : PROGRAMS) {
            String name = program.getFontNames().getFontName().toLowerCase(Locale.ROOT);
            infos.add(FONTS.getFonts().stream().filter(f -> f.getDescriptor().getFontNameLowerCase().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("font not in the set: " + name)));
        }
        return infos;
    }

    private static byte[] bytes(String file) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }
}
