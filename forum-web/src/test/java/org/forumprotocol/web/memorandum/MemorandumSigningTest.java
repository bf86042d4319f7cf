package org.forumprotocol.web.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import com.itextpdf.signatures.TSAClientBouncyCastle;

import org.forumprotocol.core.config.ForumSettings;
import org.junit.jupiter.api.Test;

/** The signing settings come from the one configuration place. */
class MemorandumSigningTest {

    @Test
    void aConfiguredTimestampAuthorityMakesSignaturesBTAndNoneLeavesThemBB() {
        MemorandumSigning plain = new MemorandumSigning(null, ForumSettings.of(Map.of()), Clock.systemUTC());
        assertThat(plain.timestampAuthority()).isNull();
        MemorandumSigning stamped = new MemorandumSigning(null, ForumSettings.of(Map.of("FORUM_TSA_URL", "http://tsa.example.kz/tsp")),
                Clock.systemUTC());
        assertThat(stamped.timestampAuthority()).isInstanceOf(TSAClientBouncyCastle.class);
    }
}
