package org.forumprotocol.docs.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.Test;

/** The documents benchmark writes what its figures claim, so that they keep measuring that (benchmarks never run here). */
class DocumentsBenchmarkTest {
    /** A tenth of the benchmark's badges: 2,000 delegates take too long to store for every build. */
    private static final int BADGES = 200;

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

            // The baseline prints the same strings, just without the booklet's layout.
            byte[] bareBytes = DocumentsBenchmark.bare(forum);
            String bare = PdfChecks.words(bareBytes);
            assertThat(forum.lines).hasSizeGreaterThan(56 * 8);
            assertThat(bare).contains("Бағдарлама", "3-күн", "Пленарлық отырыс №59", "Қызметкер");
            assertThat(PdfChecks.pages(bareBytes)).isGreaterThan(10);

            byte[] badges = DocumentsBenchmark.badges(forum.badgeEvent, forum.badgeDelegates, forum.tokens);
            assertThat(forum.badgeDelegates).hasSize(BADGES);
            assertThat(PdfChecks.pages(badges)).isEqualTo(BADGES / 10);

            long[] heap = DocumentsBenchmark.peakHeap(() -> DocumentsBenchmark.booklet(forum));
            assertThat(heap[0]).isGreaterThan(0);
        } finally {
            forum.f.close();
            forum.db.close();
        }
    }
}
