package org.forumprotocol.docs.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class BadgeTokensTest {
    private static byte[] secret() {
        byte[] s = new byte[32];
        new SecureRandom().nextBytes(s);
        return s;
    }

    @Test
    void aTokenVerifiesToItsEventAndDelegate() {
        BadgeTokens tokens = new BadgeTokens(secret());
        String token = tokens.issue(7, 4242);
        assertThat(token).matches("FPB1\\.7\\.4242\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens.verify(token)).contains(new BadgeTokens.Badge(7, 4242));
        assertThat(tokens.verify(" " + token + "\n")).as("a scanner's trailing newline").contains(new BadgeTokens.Badge(7, 4242));
    }

    @Test
    void aChangedIdAChangedMacAnotherSecretOrGarbageAreRefused() {
        byte[] secret = secret();
        BadgeTokens tokens = new BadgeTokens(secret);
        String token = tokens.issue(7, 4242);
        assertThat(tokens.verify(token.replace(".4242.", ".4243."))).isEmpty();
        assertThat(tokens.verify(token.replace("FPB1.7.", "FPB1.8."))).isEmpty();
        char last = token.charAt(token.length() - 1);
        assertThat(tokens.verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(new BadgeTokens(secret()).verify(token)).isEmpty();
        assertThat(new BadgeTokens(secret.clone()).verify(token)).as("the same secret elsewhere").isPresent();
        for (String garbage : new String[] {null, "", "FPB1.7.4242", "FPB2" + token.substring(4), token + "x", "FPB1.-1.2." + "A".repeat(43)}) {
            assertThat(tokens.verify(garbage)).as(String.valueOf(garbage)).isEmpty();
        }
    }

    @Test
    void aShortSecretIsRefusedAndNeverShown() {
        assertThatThrownBy(() -> new BadgeTokens(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        byte[] s = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(new BadgeTokens(s).toString()).doesNotContain("0123456789");
    }
}
