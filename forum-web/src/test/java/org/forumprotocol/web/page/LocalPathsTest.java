package org.forumprotocol.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/accounts.xhtml", "/audit.xhtml?actor=admin&from=2025-01-01", "/"})
    void pathsInsideTheApplicationAreSafe(String path) {
        assertThat(LocalPaths.isSafe(path)).isTrue();
        assertThat(LocalPaths.orStart(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "index.xhtml",
            "javascript:alert(1)", "/index.xhtml\r\nSet-Cookie: x=y", "/a b", "\\\\evil.example"})
    void everythingElseGoesToTheStartPage(String path) {
        assertThat(LocalPaths.isSafe(path)).isFalse();
        assertThat(LocalPaths.orStart(path)).isEqualTo(LocalPaths.START);
    }

    @Test
    void veryLongPathsAreRefused() {
        assertThat(LocalPaths.isSafe("/" + "a".repeat(3000))).isFalse();
    }
}
