package org.forumprotocol.web.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EventFormTest {

    @Test
    void aNewEventWorksInKazakhAndRussian() {
        EventForm form = EventForm.blank();
        assertThat(form.getLanguages()).containsExactly("kk", "ru");
        assertThat(form.getTimeZone()).isEqualTo("Asia/Almaty");
    }

    @Test
    void theHostComesFirstAndOthersKeepTheirOrder() {
        EventForm form = EventForm.blank();
        form.setOtherChoice(List.of("ko", "ru"));
        form.applyLanguages();
        // ru was there before ko was added: it keeps its place.
        assertThat(form.getLanguages()).containsExactly("kk", "ru", "ko");

        form.setHostChoice("ru");
        form.setOtherChoice(List.of("ru", "ko", "kk"));
        form.applyLanguages();
        assertThat(form.getLanguages()).containsExactly("ru", "kk", "ko");
        assertThat(form.getOtherChoice()).containsExactly("kk", "ko");
    }

    @Test
    void textsOfDroppedLanguagesAreNotSavedButKept() {
        EventForm form = EventForm.blank();
        form.getTitle().put("kk", "Форум");
        form.getTitle().put("ru", "Форум");
        form.setOtherChoice(List.of());
        form.applyLanguages();
        assertThat(form.details().title()).containsOnlyKeys("kk");
        assertThat(form.getTitle()).containsKey("ru");
        assertThat(form.details().expectedVersion()).isNull();
    }
}
