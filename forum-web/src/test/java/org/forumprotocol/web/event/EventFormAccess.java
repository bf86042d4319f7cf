package org.forumprotocol.web.event;

import java.time.LocalDate;
import java.util.List;

/** Test access to the package-private factory of {@link EventForm}. */
public final class EventFormAccess {
    private EventFormAccess() {
    }

    public static EventForm filled() {
        EventForm form = EventForm.blank();
        form.getTitle().put("kk", "Орталық Азия – Корея II");
        form.setOtherChoice(List.of("ru", "ko"));
        form.applyLanguages();
        form.setStartsOn(LocalDate.of(2025, 9, 18));
        return form;
    }
}
