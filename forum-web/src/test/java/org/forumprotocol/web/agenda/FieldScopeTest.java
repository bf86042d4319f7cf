package org.forumprotocol.web.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.junit.jupiter.api.Test;

class FieldScopeTest {

    @Test
    void fieldsAreNamedWithinTheFormAndListEntriesAsTheirList() {
        ForumException refused = new ForumException(Kind.INVALID, "The agenda item cannot be saved", List.of(
                new FieldError("kind", "is required"),
                new FieldError("title.kk", "is required in the host language (kk)"),
                new FieldError("speakers[0]", "no delegate 9 in this event"),
                new FieldError("speakers[2]", "is listed twice"),
                new FieldError("interpretation.to[1]", "is the language interpreted from")));

        ForumException scoped = FieldScope.within("agenda", refused);

        assertThat(scoped.kind()).isEqualTo(Kind.INVALID);
        assertThat(scoped.getMessage()).isEqualTo(refused.getMessage());
        assertThat(scoped.fieldErrors()).extracting(FieldError::field)
                .as("one message per input: the second speaker's is dropped")
                .containsExactly("agenda.kind", "agenda.title.kk", "agenda.speakers", "agenda.interpretation.to");
        assertThat(scoped.fieldErrors().get(2).message()).isEqualTo("no delegate 9 in this event");
    }

    @Test
    void aRefusalWithoutFieldsStaysAsItIs() {
        ForumException stale = ForumException.stale("Agenda item 5");
        assertThat(FieldScope.within("agenda", stale)).isSameAs(stale);
    }
}
