package org.forumprotocol.docs.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.docs.DocumentSamples;
import org.forumprotocol.docs.DocumentSamples.Forum;
import org.forumprotocol.docs.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BadgesPdfTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();
    private static final byte[] SECRET = new SecureRandom().generateSeed(32);

    private ForumFixture f;
    private Forum forum;
    private final BadgeTokens tokens = new BadgeTokens(SECRET);

    @BeforeEach
    void forum() {
        f = new ForumFixture(DB);
        forum = DocumentSamples.turkestan(f);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private byte[] badges(Event event, List<Delegate> delegates, BadgeFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BadgesPdf.write(event, delegates, format, tokens, out);
        return out.toByteArray();
    }

    /** Every QR code on the page, decoded by ZXing from the page as PDFBox renders it. */
    private static List<String> qrCodes(byte[] pdf, int page) throws Exception {
        BufferedImage image = PdfChecks.render(pdf, page, 200);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return Arrays.stream(results).map(Result::getText).toList();
    }

    @Test
    void cardsShowTheNativeAndHostNamesAndArePdfA() {
        List<Delegate> all = f.delegations.delegatesOf(forum.event().getId());
        byte[] pdf = PdfChecks.keep("badges-90x55.pdf", badges(forum.event(), all, BadgeFormat.CARD));
        PdfChecks.assertPdfA2u(pdf, "kk");
        assertThat(PdfChecks.pages(pdf)).isEqualTo(1);
        String words = PdfChecks.words(pdf);
        // Own script large, the host language (Kazakh) below; delegation, country and role in Kazakh.
        assertThat(words).contains("조태익", "Чжо Тэ Ик", "Әбілқайыров Ғалымжан", "Усенова Улжан", "Үсенова Ұлжан Іңкәрқызы",
                "박지민", "Margaret Wilson", "Уилсон", "Касымов Нурлан", "Қасымов Нұрлан",
                "Делегация басшысы", "Баспасөз", "Түркістан облысының делегациясы", "Канада");
    }

    @Test
    void everyQrCodeDecodesToATokenTheServerVerifiesForThatDelegate() throws Exception {
        List<Delegate> all = f.delegations.delegatesOf(forum.event().getId());
        byte[] pdf = badges(forum.event(), all, BadgeFormat.CARD);
        List<String> codes = qrCodes(pdf, 0);
        assertThat(codes).hasSize(all.size());
        Set<Long> verified = codes.stream().map(tokens::verify).map(b -> {
            assertThat(b).as("a token on the sheet").isPresent();
            assertThat(b.get().eventId()).isEqualTo(forum.event().getId());
            return b.get().delegateId();
        }).collect(Collectors.toSet());
        assertThat(verified).isEqualTo(all.stream().map(Delegate::getId).collect(Collectors.toSet()));

        String token = codes.get(0);
        long delegate = tokens.verify(token).orElseThrow().delegateId();
        assertThat(tokens.verify(token.replace("." + delegate + ".", "." + (delegate + 1) + "."))).as("tampered id").isEmpty();
        assertThat(new BadgeTokens(new SecureRandom().generateSeed(32)).verify(token)).as("another server's secret").isEmpty();
    }

    @Test
    void a6BadgesGoFourToASheetAndOneDelegateGetsOneBadge() throws Exception {
        List<Delegate> all = f.delegations.delegatesOf(forum.event().getId());
        byte[] pdf = PdfChecks.keep("badges-a6.pdf", badges(forum.event(), all, BadgeFormat.A6));
        PdfChecks.assertPdfA2u(pdf, "kk");
        assertThat(PdfChecks.pages(pdf)).isEqualTo(2);
        assertThat(qrCodes(pdf, 1)).hasSize(all.size() - 4);

        byte[] one = badges(forum.event(), List.of(forum.ambassador()), BadgeFormat.A6);
        assertThat(PdfChecks.pages(one)).isEqualTo(1);
        assertThat(qrCodes(one, 0)).singleElement()
                .satisfies(t -> assertThat(tokens.verify(t)).contains(new BadgeTokens.Badge(forum.event().getId(), forum.ambassador().getId())));
        assertThat(PdfChecks.words(one)).contains("조태익").doesNotContain("Әбілқайыров");
    }

    @Test
    void fourHundredBadgesFillFortySheetsAndTheLastOnesStillScan() throws Exception {
        Event large = DocumentSamples.large(f, 20, 20);
        List<Delegate> all = f.delegations.delegatesOf(large.getId());
        byte[] pdf = badges(large, all, BadgeFormat.CARD);
        assertThat(PdfChecks.pages(pdf)).isEqualTo(40);
        PdfChecks.assertPdfA2u(pdf, "kk");
        assertThat(qrCodes(pdf, 39)).hasSize(10).allSatisfy(t -> assertThat(tokens.verify(t)).isPresent());
    }

    @Test
    void formatsAreNamedAsTheApiNamesThem() {
        assertThat(BadgeFormat.of("90x55")).contains(BadgeFormat.CARD);
        assertThat(BadgeFormat.of(" A6 ")).contains(BadgeFormat.A6);
        assertThat(BadgeFormat.of("a4")).isEmpty();
        assertThat(BadgesPdf.fileName(forum.event())).isEqualTo("Орталық Азия – Корея ІІ ынтымақтастық форумы – Бейджтер.pdf");
    }
}
