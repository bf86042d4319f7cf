package org.forumprotocol.docs.pdf;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;

import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/** Small things every document does the same way. */
public final class Styles {
    private Styles() {
    }

    /**
     * The text in bold: Noto Sans Bold for Latin and Cyrillic, and for Hangul, whose font has one weight only,
     * simulated bold (the outline stroked as well as filled). The font selector would otherwise set the Hangul
     * of a bold line in the regular weight.
     */
    public static Paragraph bold(String text) {
        Paragraph paragraph = new Paragraph();
        boldRuns(text).forEach(paragraph::add);
        return paragraph;
    }

    /** The runs of {@link #bold(String)}, to put bold words into a paragraph of regular ones. */
    public static java.util.List<Text> boldRuns(String text) {
        java.util.List<Text> runs = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean hangul = isHangul(text.codePointAt(start));
            int end = start;
            while (end < text.length() && (isHangul(text.codePointAt(end)) == hangul || Character.isWhitespace(text.codePointAt(end)))) {
                end += Character.charCount(text.codePointAt(end));
            }
            Text run = new Text(text.substring(start, end));
            run.setProperty(Property.FONT_WEIGHT, "bold");
            runs.add(hangul ? run.simulateBold() : run);
            start = end;
        }
        return runs;
    }

    private static boolean isHangul(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    /**
     * A text in the document's language, else the host language, else Russian for a Kazakh reader (the
     * other Cyrillic working language), else English, else any.
     */
    public static String in(LocalizedText text, Language language, Event event) {
        if (text == null) {
            return "";
        }
        return text.in(language, event.hostLanguage(), language.cyrillic() ? Language.RU : Language.EN, Language.EN);
    }
}
