package org.forumprotocol.docs.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.List;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
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

    private static final String DIR = "/org/forumprotocol/docs/fonts/";
    private static final List<FontProgram> PROGRAMS = new ArrayList<>();
    private static final FontSet FONTS = load();
    /** Shown for a character none of the fonts has: the replacement character if a font has it, else '?'. */
    private static final String SUBSTITUTE = covered(0xFFFD) ? "\uFFFD" : "?";
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
        for (FontProgram program : PROGRAMS) {
            if (program.getGlyph(codePoint) != null) {
                return true;
            }
        }
        return false;
    }

    private static FontSet load() {
        FontSet set = new FontSet();
        for (String file : new String[] {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NanumGothic.ttf"}) {
            try {
                FontProgram program = FontProgramFactory.createFont(bytes(file));
                PROGRAMS.add(program);
                set.addFont(program, PdfEncodings.IDENTITY_H);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + file, e);
            }
        }
        return set;
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
