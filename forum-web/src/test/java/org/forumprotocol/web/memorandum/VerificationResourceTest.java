package org.forumprotocol.web.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.Test;

class VerificationResourceTest {

    @Test
    void theReportIsInTheLanguageAskedForElseTheFirstOfOursTheReaderAcceptsElseEnglish() {
        assertThat(VerificationResource.reportLanguage(" KK ", List.of(Locale.KOREAN))).isEqualTo(Language.KK);
        assertThat(VerificationResource.reportLanguage(null, List.of(Locale.GERMAN, Locale.forLanguageTag("ru-KZ"), Locale.KOREAN)))
                .isEqualTo(Language.RU);
        assertThat(VerificationResource.reportLanguage("", List.of(Locale.GERMAN))).isEqualTo(Language.EN);
        ForumException e = catchThrowableOfType(ForumException.class, () -> VerificationResource.reportLanguage("de", List.of()));
        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("lang");
    }
}
