package org.forumprotocol.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

import org.forumprotocol.core.ForumException.Kind;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static final ResourceBundle BUNDLE = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"error.INVALID.title", "t"}, {"error.INVALID.names.family", "f"},
                    {"error.INVALID.languages", "l"}, {"error.INVALID.title.kk", "special"}};
        }
    };

    @Test
    void perLanguageAndIndexedFieldsShareTheRuleOfTheirField() {
        assertThat(Texts.messageKey(BUNDLE, Kind.INVALID, "title.ru")).isEqualTo("error.INVALID.title");
        assertThat(Texts.messageKey(BUNDLE, Kind.INVALID, "names.ko.family")).isEqualTo("error.INVALID.names.family");
        assertThat(Texts.messageKey(BUNDLE, Kind.INVALID, "languages[2]")).isEqualTo("error.INVALID.languages");
    }

    @Test
    void anExactKeyWins() {
        assertThat(Texts.messageKey(BUNDLE, Kind.INVALID, "title.kk")).isEqualTo("error.INVALID.title.kk");
    }

    @Test
    void unknownFieldsHaveNoKey() {
        assertThat(Texts.messageKey(BUNDLE, Kind.INVALID, "hotel")).isNull();
        assertThat(Texts.messageKey(BUNDLE, Kind.CONFLICT, "title")).isNull();
        // "kkk" is not a language code: nothing is dropped.
        assertThat(Texts.messageKey(BUNDLE, Kind.INVALID, "title.kkk")).isNull();
    }
}
