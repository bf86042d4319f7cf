package org.forumprotocol.web.event;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.Language;
import org.forumprotocol.web.page.Texts;
import org.primefaces.PrimeFaces;

/** Officers list, find, create and change events; the rules live in {@link Events}. */
@Named
@ViewScoped
public class EventsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "eventForm";
    /** Time zones offered: every IANA region zone, sorted, the office's own first. */
    private static final List<String> ZONES = zones();

    @Inject
    Events events;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private List<EventRow> rows = List.of();
    /** The rows the filter lets through; the table sorts this list itself. */
    private ArrayList<EventRow> shown = new ArrayList<>();
    private String filter;
    /** The open form, or null. */
    private EventForm form;

    @PostConstruct
    void init() {
        if (currentUser.isOfficer()) {
            load();
        }
    }

    private void load() {
        org.forumprotocol.core.i18n.Language page = language.getDomain();
        rows = events.list().stream()
                .map(e -> EventRow.of(e, page, kindLabel(e.getKind())))
                .toList();
        applyFilter();
    }

    /** The kind as the page names it, so that the filter finds "форум" as well as "Forum". */
    private static String kindLabel(EventKind kind) {
        String key = "eventKind." + kind.name();
        return Texts.get(key);
    }

    public void applyFilter() {
        shown = new ArrayList<>(rows.stream().filter(r -> r.matches(filter)).toList());
    }

    public void clearFilter() {
        filter = null;
        applyFilter();
    }

    public void newEvent() {
        if (currentUser.requireOfficer()) {
            form = EventForm.blank();
        }
    }

    /** Opens the form with the event as it is now, version included, so that a later save can tell if it changed. */
    public void edit(long id) {
        if (!currentUser.requireOfficer()) {
            return;
        }
        try {
            form = EventForm.of(events.get(id));
        } catch (ForumException e) {
            load();
            Texts.refusal(e, Map.of());
        }
    }

    public void cancel() {
        form = null;
    }

    /** After the host or the other languages were changed: shows the inputs of the new set. */
    public void languagesChanged() {
        if (form != null) {
            form.applyLanguages();
        }
    }

    public void save() {
        if (!currentUser.requireOfficer() || form == null) {
            return;
        }
        form.applyLanguages();
        Texts.save(() -> {
            Event saved = form.isNew() ? events.create(form.details()) : events.update(form.getId(), form.details());
            String title = saved.getTitle().in(language.getDomain(), saved.hostLanguage());
            Texts.info(null, form.isNew() ? "events.created" : "events.saved", title);
            form = null;
            load();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(":messages", ":events:table", ":events:count");
        }, fields(), this::load, ":events:table");
    }

    /** The domain's field names and the inputs they belong to, for messages next to the field. */
    private Map<String, String> fields() {
        Map<String, String> m = new HashMap<>();
        m.put("kind", FORM + ":kind");
        m.put("startsOn", FORM + ":startsOn");
        m.put("endsOn", FORM + ":endsOn");
        m.put("timeZone", FORM + ":timeZone");
        m.put("languages", FORM + ":hostLanguage");
        for (int i = 0; i < EventForm.ALL.size(); i++) {
            m.put("languages[" + i + "]", FORM + ":hostLanguage");
        }
        for (String code : EventForm.ALL) {
            m.put("title." + code, FORM + ":title_" + code);
            m.put("city." + code, FORM + ":city_" + code);
            m.put("hostOrganisation." + code, FORM + ":hostOrganisation_" + code);
        }
        String host = form.getLanguages().isEmpty() ? "kk" : form.getLanguages().get(0);
        m.put("title", FORM + ":title_" + host);
        m.put("city", FORM + ":city_" + host);
        m.put("hostOrganisation", FORM + ":hostOrganisation_" + host);
        return m;
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public List<String> getAllLanguages() {
        return EventForm.ALL;
    }

    /** The languages that can be added beside the host language. */
    public List<String> getOtherLanguageOptions() {
        String host = form == null ? null : form.getHostChoice();
        return EventForm.ALL.stream().filter(code -> !code.equals(host)).toList();
    }

    public List<String> getTimeZones() {
        return ZONES;
    }

    private static List<String> zones() {
        List<String> all = new ArrayList<>(ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted().toList());
        all.remove(Event.DEFAULT_TIME_ZONE);
        all.add(0, Event.DEFAULT_TIME_ZONE);
        return List.copyOf(all);
    }

    public List<EventRow> getShown() {
        return shown;
    }

    public int getTotal() {
        return rows.size();
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public EventForm getForm() {
        return form;
    }
}
