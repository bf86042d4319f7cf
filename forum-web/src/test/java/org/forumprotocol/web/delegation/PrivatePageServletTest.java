package org.forumprotocol.web.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivatePageServletTest {

    @Test
    void theTokenIsTheOneSegmentAfterD() {
        assertThat(PrivatePageServlet.token("/abcDEF-_123")).isEqualTo("abcDEF-_123");
    }

    @Test
    void anythingElseHasNoToken() {
        assertThat(PrivatePageServlet.token(null)).isNull();
        assertThat(PrivatePageServlet.token("/")).isNull();
        assertThat(PrivatePageServlet.token("/abc/def")).isNull();
    }
}
