package org.forumprotocol.docs.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.Test;

/** The documents benchmark writes what its figures claim, so that they keep measuring that (benchmarks never run here). */
class DocumentsBenchmarkTest {
    /** A tenth of the benchmark's badges: 2,000 delegates take too long to store for every build. */
    private static final int BADGES = 200;

    /**
     * Each word of the document's pages and how often it occurs, after checking that every page carries the header
     * and its "page X of Y" and taking those off: what remains is the document's own text, whatever its layout.
     */
    private static Map<String, Integer> pageWords(byte[] pdf, DocumentsBenchmark.Forum forum) throws IOException {
        Map<String, Integer> words = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = " " + stripper.getText(doc).replaceAll("\\s+", " ") + " ";
                String header = " " + forum.header + " ";
                String footer = " " + forum.pageOf.replace("{0}", String.valueOf(page)) + " " + pages + " ";
                assertThat(text).as("page %d", page).contains(header, footer);
                text = text.replaceFirst(Pattern.quote(header), " ").replaceFirst(Pattern.quote(footer), " ");
                for (String word : text.strip().split(" ")) {
                    if (!word.isEmpty()) {
                        words.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        return words;
    }

    @Test
    void theBenchmarkPrintsTheThreeDayProgrammeWithRealSpeakersAndOneBadgePerDelegate() throws Exception {
        DocumentsBenchmark.Forum forum = new DocumentsBenchmark.Forum();
        forum.build(BADGES);
        try {
            assertThat(forum.delegates).hasSize(DocumentsBenchmark.DELEGATES);
            assertThat(forum.items).hasSize(60);
            assertThat(ProgrammeBookletPdf.printable(forum.items)).hasSize(56);
            // Every speaker and moderator is one of the event's delegates, so the booklet prints their names.
            assertThat(forum.items.stream().flatMap(i -> java.util.stream.Stream.concat(i.speakers().stream(), i.moderators().stream())))
                    .allMatch(id -> forum.delegates.stream().map(Delegate::getId).anyMatch(id::equals));

            byte[] booklet = DocumentsBenchmark.booklet(forum);
            // PDF/A validity is ProgrammeBookletPdfTest's and BadgesPdfTest's to check; here: what is printed.
            String words = PdfChecks.words(booklet);
            assertThat(words).contains("Бағдарлама", "1-күн", "2-күн", "3-күн", "Пленарлық отырыс №0", "Пленарлық отырыс №59",
                    "Қызметкер", forum.delegates.get(0).displayName(DocumentsBenchmark.LANGUAGE).split(" ")[0]);
            assertThat(PdfChecks.pages(booklet)).isGreaterThan(10);

            // The baseline prints the same text, just without the booklet's layout: word for word the same on the
            // pages, every page with the same header and page X of Y, about as many pages, as PDF/A-2u.
            assertThat(forum.lines).hasSizeGreaterThan(56 * 8);
            byte[] bare = DocumentsBenchmark.bare(forum, true);
            assertThat(PdfChecks.pdfA2uViolations(bare)).as("veraPDF PDF/A-2u of the baseline").isEmpty();
            assertThat(PdfChecks.fontNames(bare)).hasSameSizeAs(PdfChecks.fontNames(booklet))
                    .allMatch(name -> name.matches("[A-Z]{6}\\+.*"), "subset");
            assertThat(PdfChecks.pages(bare)).isBetween(PdfChecks.pages(booklet) * 85 / 100, PdfChecks.pages(booklet) * 115 / 100);
            assertThat(pageWords(bare, forum)).isEqualTo(pageWords(booklet, forum));
            assertThat(pageWords(DocumentsBenchmark.bare(forum, false), forum)).isEqualTo(pageWords(booklet, forum));

            byte[] badges = DocumentsBenchmark.badges(forum.badgeEvent, forum.badgeDelegates, forum.tokens);
            assertThat(forum.badgeDelegates).hasSize(BADGES);
            assertThat(PdfChecks.pages(badges)).isEqualTo(BADGES / 10);

            long[] heap = DocumentsBenchmark.peakHeap(() -> DocumentsBenchmark.booklet(forum));
            assertThat(heap[0]).isGreaterThan(0);

            // The in-turn measurement gives a ratio against each baseline (no warm-up here: only its shape is checked).
            assertThat(DocumentsBenchmark.interleavedRows(forum, 0, 1, "test machine"))
                    .satisfiesExactly(r -> assertThat(r).contains("both PDF/A-2u").containsPattern("\\| \\d+\\.\\d\\d× \\(\\d+\\.\\d\\d×\\) \\| ≤ 2× \\| (pass|FAIL) \\|"),
                            r -> assertThat(r).contains("plain PDF").contains("ms CPU"));
        } finally {
            forum.f.close();
            forum.db.close();
        }
    }
}
