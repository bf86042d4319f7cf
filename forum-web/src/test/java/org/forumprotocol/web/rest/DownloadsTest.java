package org.forumprotocol.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void theFileNameTravelsInUtf8WithAnAsciiFallback() {
        String name = "Орталық Азия – Корея II форумы – қатысушылар.xlsx";
        String header = Downloads.attachment(name);
        assertThat(header).startsWith("attachment; filename=\"Ortalyk Azia - Korea II forumy - katysusylar.xlsx\"; filename*=UTF-8''")
                .matches("[\\x20-\\x7E]+");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(encoded).doesNotContain(" ", "\"", ";", "'").isNotEmpty()
                .satisfies(e -> assertThat(URLDecoder.decode(e.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(name));
    }

    @Test
    void quotesAndSeparatorsNeverReachTheHeader() {
        assertThat(Downloads.ascii("a\"b;c\\d/참가자.csv")).isEqualTo("a_b_c_d_chamgaja.csv");
        assertThat(Downloads.encode("a b+c.csv")).isEqualTo("a%20b+c.csv");
    }
}
