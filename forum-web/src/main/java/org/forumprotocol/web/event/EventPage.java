package org.forumprotocol.web.event;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.minutes.Minutes;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.DelegationStatus;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.web.delegation.CountryOptions;
import org.forumprotocol.web.delegation.DelegationForm;
import org.forumprotocol.web.delegation.DelegationRow;
import org.forumprotocol.web.page.PageIds;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.Language;
import org.forumprotocol.web.page.Texts;
import org.primefaces.PrimeFaces;

/** One event (event.xhtml?id=…): its delegations, found, added and changed by officers. */
@Named
@ViewScoped
public class EventPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "delegationForm";
    private static final List<String> FIELDS = List.of("country", "status", "arrivalFlight", "arrivalAt", "arrivalAirport",
            "departureFlight", "departureAt", "departureAirport", "hotel", "notes");

    @Inject
    Events events;

    @Inject
    Delegations delegations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    AgendaItems agenda;

    @Inject
    AgendaReleases releases;

    @Inject
    Minutes minutes;

    /** The view parameter as typed: a wrong one is a missing page, not a conversion error. */
    private String id;
    private EventSummary event;
    private List<DelegationRow> rows = List.of();
    private ArrayList<DelegationRow> shown = new ArrayList<>();
    private String filter;
    private DelegationForm form;
    private int latestRelease;
    private List<MeetingDocuments> meetings = List.of();

    /** An agenda item that has a seating plan, place cards and minutes: a bilateral meeting or an item of a visit. */
    public record MeetingDocuments(long id, String title, String lang, boolean minutesEntered) implements Serializable {
    }

    /** The view action: officers only, and 404 for an event that does not exist. */
    public void open() {
        if (!currentUser.requireOfficer()) {
            return;
        }
        PageIds.open(id, eventId -> {
            event = EventSummary.of(events.get(eventId), language.getDomain());
            load();
        });
    }

    private void load() {
        org.forumprotocol.core.i18n.Language page = language.getDomain();
        rows = delegations.delegationsOf(event.id()).stream()
                .map(d -> DelegationRow.of(d, delegations.membersOf(d.getId()), page))
                .toList();
        latestRelease = releases.latest(event.id()).map(AgendaRelease::getNumber).orElse(0);
        org.forumprotocol.core.i18n.Language host = org.forumprotocol.core.i18n.Language.of(event.hostLanguage()).orElse(page);
        meetings = agenda.itemsOf(event.id()).stream()
                .filter(i -> i.getKind() == AgendaItemKind.BILATERAL_MEETING || Minutes.kept(i))
                .map(i -> {
                    org.forumprotocol.core.i18n.Language shown = i.getTitle().asMap().containsKey(page) ? page : host;
                    return new MeetingDocuments(i.getId(), i.getTitle().in(shown, host), shown.code(), minutes.of(i.getId()).isPresent());
                })
                .toList();
        applyFilter();
    }

    /** The number of the latest release of the agenda, 0 while it was never published (no booklet then). */
    public int getLatestRelease() {
        return latestRelease;
    }

    /** Where the event's PDF documents are served: the REST API, which accepts the page's session. */
    public String getDocumentsPath() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/events/" + event.id() + "/documents/";
    }

    public List<MeetingDocuments> getMeetings() {
        return meetings;
    }

    public void applyFilter() {
        shown = new ArrayList<>(rows.stream().filter(r -> r.matches(filter)).toList());
    }

    public void newDelegation() {
        if (currentUser.requireOfficer() && event != null) {
            form = DelegationForm.blank();
        }
    }

    public void edit(long delegationId) {
        if (!currentUser.requireOfficer() || event == null) {
            return;
        }
        try {
            form = DelegationForm.of(delegations.delegation(delegationId));
        } catch (ForumException e) {
            load();
            Texts.refusal(e, Map.of());
        }
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        if (!currentUser.requireOfficer() || form == null || event == null) {
            return;
        }
        Texts.save(() -> {
            Delegation saved = form.isNew()
                    ? delegations.addDelegation(event.id(), form.details())
                    : delegations.updateDelegation(form.getId(), form.details());
            String name = saved.getName().in(language.getDomain(), event.host());
            Texts.info(null, form.isNew() ? "delegations.created" : "delegations.saved", name);
            form = null;
            load();
            PrimeFaces.current().ajax().update(":messages", ":delegations:table", ":delegations:count");
        }, fields(), this::load, ":delegations:table");
    }

    private Map<String, String> fields() {
        Map<String, String> m = new HashMap<>();
        FIELDS.forEach(f -> m.put(f, FORM + ":" + f));
        for (String code : event.languages()) {
            m.put("name." + code, FORM + ":name_" + code);
            m.put("sendingOrganisation." + code, FORM + ":sendingOrganisation_" + code);
        }
        m.put("name", FORM + ":name_" + event.hostLanguage());
        m.put("sendingOrganisation", FORM + ":sendingOrganisation_" + event.hostLanguage());
        return m;
    }

    public List<CountryOptions.Country> getCountries() {
        return CountryOptions.in(language.getDomain());
    }

    public List<DelegationStatus> getStatuses() {
        return List.of(DelegationStatus.values());
    }

    public List<String> getAllLanguages() {
        return EventForm.ALL;
    }

    public EventSummary getEvent() {
        return event;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<DelegationRow> getShown() {
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

    public DelegationForm getForm() {
        return form;
    }
}
