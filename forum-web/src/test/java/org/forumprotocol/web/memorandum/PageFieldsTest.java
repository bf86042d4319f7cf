package org.forumprotocol.web.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.junit.jupiter.api.Test;

class PageFieldsTest {

    @Test
    void fieldsGetTheFormsScopeAndAnArticlesLanguageComesLast() {
        ForumException e = new ForumException(ForumException.Kind.INVALID, "The memorandum", List.of(
                new FieldError("articles.ko[2]", "article 3 is empty"), new FieldError("title.ru", "is required"),
                new FieldError("password", "the password does not open this key file")));

        assertThat(PageFields.within("memorandum", e).fieldErrors()).extracting(FieldError::field)
                .containsExactly("memorandum.articles[2].ko", "memorandum.title.ru", "memorandum.password");
        assertThat(PageFields.within("sign", e).kind()).isEqualTo(ForumException.Kind.INVALID);
    }

    @Test
    void aRefusalWithoutFieldsIsLeftAsItIs() {
        ForumException conflict = new ForumException(ForumException.Kind.CONFLICT, "signs after the other party");
        assertThat(PageFields.within("sign", conflict)).isSameAs(conflict);
    }
}
