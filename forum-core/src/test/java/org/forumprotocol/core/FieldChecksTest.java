package org.forumprotocol.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.forumprotocol.core.ForumException.FieldError;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void aWholeNumberIsReadWithinItsBoundsAndABlankOneTakesTheDefault() {
        FieldChecks checks = new FieldChecks();

        assertThat(checks.whole("limit", " 25 ", 1, 100, 10)).isEqualTo(25);
        assertThat(checks.whole("limit", null, 1, 100, 10)).isEqualTo(10);
        assertThat(checks.whole("limit", "  ", 1, 100, 10)).isEqualTo(10);
        assertThat(checks.ok()).isTrue();
    }

    @Test
    void aNumberOutOfBoundsOrNoNumberAtAllIsAnErrorNamingTheField() {
        FieldChecks checks = new FieldChecks();

        assertThat(checks.whole("limit", "5000", 1, 100, 10)).isEqualTo(100);
        assertThat(checks.whole("offset", "-3", 0, 100, 0)).isEqualTo(0);
        assertThat(checks.whole("event", "семь", 1, Long.MAX_VALUE, 1)).isEqualTo(1);

        assertThat(checks.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
                tuple("limit", "must be between 1 and 100"),
                tuple("offset", "must be between 0 and 100"),
                tuple("event", "must be a whole number, not 'семь'"));
    }
}
