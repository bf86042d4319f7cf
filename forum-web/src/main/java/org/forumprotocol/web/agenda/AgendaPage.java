package org.forumprotocol.web.agenda;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.AgendaItems;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.agenda.AgendaWarning;
import org.forumprotocol.core.agenda.Venue;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.OrderOfPrecedence;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.web.event.EventSummary;
import org.forumprotocol.web.page.PageIds;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.Language;
import org.forumprotocol.web.page.LocalTimes;
import org.forumprotocol.web.page.ShownText;
import org.forumprotocol.web.page.Texts;
import org.primefaces.PrimeFaces;

/**
 * The working copy of an event's programme (agenda.xhtml?event=…) for officers: day by day with what is
 * wrong with each item, the form that adds, changes and deletes items, and the event's venues. A warning
 * never stops a save; it is shown next to the item once saved.
 */
@Named
@ViewScoped
public class AgendaPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String ITEM_FORM = "itemForm";
    static final String VENUE_FORM = "venueForm";
    private static final String WARNING_LABEL = "agendaWarning.";
    private static final List<String> ITEM_FIELDS = List.of("kind", "visibility", "venue", "delegations", "moderators",
            "dressCode", "staffNotes");

    /** A delegate or delegation as the form's menus offer them. */
    public record Choice(String value, String label) implements Serializable {
    }

    @Inject
    Events events;

    @Inject
    AgendaItems agenda;

    @Inject
    AgendaReleases releases;

    @Inject
    Delegations delegations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    LocalTimes times;

    private String eventParam;
    private EventSummary event;
    private List<ScheduleDay> days = List.of();
    private int itemCount;
    private int warningCount;
    private List<VenueRow> venues = List.of();
    private Long justSaved;

    private AgendaItemForm itemForm;
    private List<Choice> people = List.of();
    private List<AgendaItemForm.Speaker> speakerChoices = List.of();
    private List<Choice> delegationChoices = List.of();
    private VenueForm venueForm;

    private List<ReleaseRow> releaseRows = List.of();
    private int latestRelease;
    private String releaseNote;

    /** A published release as the history shows it, with its change log in the page's language. */
    public record ReleaseRow(int number, String publishedAt, String publishedBy, String note, int added, int removed,
                             int changed, List<String> changes) implements Serializable {
        public ReleaseRow {
            changes = List.copyOf(changes);
        }
    }

    public void open() {
        if (!currentUser.requireOfficer()) {
            return;
        }
        PageIds.open(eventParam, eventId -> {
            event = EventSummary.of(events.get(eventId), language.getDomain());
            load();
        });
    }

    private void load() {
        org.forumprotocol.core.i18n.Language page = language.getDomain();
        Map<Long, LocalizedText> delegationNames = new HashMap<>();
        delegations.delegationsOf(event.id()).forEach(d -> delegationNames.put(d.getId(), d.getName()));
        Map<Long, Delegate> delegates = delegatesById();
        List<ScheduleItem> items = agenda.agendaOf(event.id()).stream()
                .map(e -> ScheduleItem.of(e, page, delegates, delegationNames)).toList();
        days = ScheduleDay.of(event.startsOn(), event.endsOn(), items);
        itemCount = items.size();
        warningCount = items.stream().mapToInt(i -> i.warnings().size()).sum();
        venues = agenda.venuesOf(event.id()).stream().map(v -> VenueRow.of(v, page)).toList();
        releaseRows = releases.releases(event.id()).stream()
                .map(r -> new ReleaseRow(r.getNumber(), times.format(r.getPublishedAt()), r.getPublishedBy(), r.getNote(),
                        r.getAdded(), r.getRemoved(), r.getChanged(), releases.changeLog(r, page)))
                .toList();
        latestRelease = releaseRows.isEmpty() ? 0 : releaseRows.get(0).number();
    }

    // --- releases ---

    /**
     * Publishes the working copy as the next release. It expects the release the page shows as the latest,
     * so that two officers publishing at once do not publish each other's changes unseen.
     */
    public void publish() {
        if (!currentUser.requireOfficer() || event == null) {
            return;
        }
        try {
            AgendaRelease release = releases.publish(event.id(), latestRelease, releaseNote);
            releaseNote = null;
            load();
            Texts.info(null, "releases.published", release.getNumber(), release.getAdded(), release.getChanged(),
                    release.getRemoved());
        } catch (ForumException e) {
            if (e.kind() == ForumException.Kind.STALE) {
                load();
                Texts.error(null, "releases.stale");
            } else if (e.kind() == ForumException.Kind.CONFLICT) {
                Texts.error(null, itemCount == 0 ? "releases.empty" : "releases.nothingChanged", latestRelease);
            } else {
                Texts.refusal(e, Map.of("note", "releases:note"));
            }
        }
        PrimeFaces.current().ajax().update(":schedule");
    }

    public List<ReleaseRow> getReleaseRows() {
        return releaseRows;
    }

    public String getPublishLabel() {
        return Texts.get("releases.publish", latestRelease + 1);
    }

    public int getLatestRelease() {
        return latestRelease;
    }

    public String getReleaseNote() {
        return releaseNote;
    }

    public void setReleaseNote(String releaseNote) {
        this.releaseNote = releaseNote;
    }

    private Map<Long, Delegate> delegatesById() {
        Map<Long, Delegate> delegates = new HashMap<>();
        delegations.delegatesOf(event.id()).forEach(d -> delegates.put(d.getId(), d));
        return delegates;
    }

    private ScheduleItem shown(long itemId) {
        return days.stream().flatMap(d -> d.items().stream()).filter(i -> i.id() == itemId).findFirst().orElse(null);
    }

    // --- the item form ---

    public void newItem() {
        newItemOn(event == null ? null : event.startsOn().toString());
    }

    /** A new item on one of the schedule's days (the button of that day). */
    public void newItemOn(String day) {
        if (!currentUser.requireOfficer() || event == null) {
            return;
        }
        LocalDate date = day == null ? event.startsOn() : LocalDate.parse(day);
        loadChoices();
        itemForm = AgendaItemForm.blank(date);
    }

    public void editItem(long itemId) {
        if (!currentUser.requireOfficer() || event == null) {
            return;
        }
        try {
            AgendaItem item = agenda.item(itemId);
            if (item.getEvent().getId() != event.id()) {
                throw ForumException.notFound("Agenda item " + itemId);
            }
            loadChoices();
            itemForm = AgendaItemForm.of(item, this::speaker);
            itemForm.arrange(precedence());
        } catch (ForumException e) {
            load();
            PrimeFaces.current().ajax().update(":schedule");
            Texts.refusal(e, Map.of());
        }
    }

    public void cancelItem() {
        itemForm = null;
    }

    /** The menus of the form: delegates in the order of precedence, delegations as registered. */
    private void loadChoices() {
        org.forumprotocol.core.i18n.Language page = language.getDomain();
        Map<Long, ShownText> delegationNames = new HashMap<>();
        List<Choice> delegationList = new ArrayList<>();
        for (Delegation d : delegations.delegationsOf(event.id())) {
            ShownText name = ShownText.of(d.getName(), page, event.host());
            delegationNames.put(d.getId(), name);
            delegationList.add(new Choice(String.valueOf(d.getId()), name.text()));
        }
        delegationChoices = delegationList;
        List<AgendaItemForm.Speaker> speakers = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        delegations.participants(event.id(), page, ParticipantOrder.PRECEDENCE).forEach(p -> {
            String delegation = delegationNames.getOrDefault(p.delegationId(), new ShownText("", page.code())).text();
            speakers.add(new AgendaItemForm.Speaker(p.id(), p.displayName(), delegation, false));
            choices.add(new Choice(String.valueOf(p.id()), p.displayName() + " — " + delegation));
        });
        speakerChoices = speakers;
        people = choices;
    }

    private AgendaItemForm.Speaker speaker(long delegateId) {
        return speakerChoices.stream().filter(s -> s.delegateId() == delegateId).findFirst()
                .orElse(new AgendaItemForm.Speaker(delegateId, "#" + delegateId, "", false));
    }

    /** The event's order of precedence among the given delegates, as the service orders speakers. */
    private Function<List<Long>, List<Long>> precedence() {
        Map<Long, Delegate> all = delegatesById();
        org.forumprotocol.core.i18n.Language host = event.host();
        return ids -> OrderOfPrecedence.of(ids.stream().map(all::get).filter(Objects::nonNull).toList(), host).stream()
                .map(p -> p.delegate().getId()).toList();
    }

    /** The speaker menu's choice, added at once; the menu is then ready for the next one. */
    public void addSpeaker() {
        if (itemForm == null || !currentUser.requireOfficer()) {
            return;
        }
        Long id = PageIds.parse(itemForm.getSpeakerChoice());
        itemForm.setSpeakerChoice(null);
        if (id != null && speakerChoices.stream().anyMatch(s -> s.delegateId() == id)) {
            itemForm.addSpeaker(speaker(id), precedence());
        }
    }

    public void moveSpeakerUp(long delegateId) {
        if (itemForm != null) {
            itemForm.moveSpeaker(delegateId, -1, precedence());
        }
    }

    public void moveSpeakerDown(long delegateId) {
        if (itemForm != null) {
            itemForm.moveSpeaker(delegateId, 1, precedence());
        }
    }

    public void unfixSpeaker(long delegateId) {
        if (itemForm != null) {
            itemForm.unfixSpeaker(delegateId, precedence());
        }
    }

    public void removeSpeaker(long delegateId) {
        if (itemForm != null) {
            itemForm.removeSpeaker(delegateId, precedence());
        }
    }

    public void resetSpeakerOrder() {
        if (itemForm != null) {
            itemForm.resetSpeakerOrder(precedence());
        }
    }

    public void saveItem() {
        if (!currentUser.requireOfficer() || itemForm == null || event == null) {
            return;
        }
        Texts.save(() -> {
            boolean created = itemForm.isNew();
            AgendaItem saved;
            try {
                saved = created ? agenda.add(event.id(), itemForm.details(event.languages()))
                        : agenda.update(itemForm.getId(), itemForm.details(event.languages()));
            } catch (ForumException e) {
                throw FieldScope.within("agenda", e);
            }
            long savedId = saved.getId();
            itemForm = null;
            justSaved = savedId;
            load();
            ScheduleItem shown = shown(savedId);
            String title = shown == null ? "" : shown.title().text();
            Texts.info(null, created ? "agenda.created" : "agenda.saved", title);
            if (shown != null && !shown.warnings().isEmpty()) {
                // Saved all the same: the warnings say what to look at, next to the item and here.
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        Texts.get("agenda.saved.warnings", shown.warnings().size()), shown.warningSummary(this::warningLabel)));
            }
            PrimeFaces.current().ajax().update(":messages", ":schedule");
            PrimeFaces.current().executeScript("ForumProtocol.reveal('item-" + savedId + "')");
        }, itemFields(), this::load, ":schedule");
    }

    private Map<String, String> itemFields() {
        Map<String, String> m = new HashMap<>();
        ITEM_FIELDS.forEach(f -> m.put("agenda." + f, ITEM_FORM + ":" + f));
        m.put("agenda.startsAt", ITEM_FORM + ":startTime");
        m.put("agenda.endsAt", ITEM_FORM + ":endTime");
        m.put("agenda.speakers", ITEM_FORM + ":speakerChoice");
        m.put("agenda.interpretation.from", ITEM_FORM + ":interpretationFrom");
        m.put("agenda.interpretation.to", ITEM_FORM + ":interpretationTo");
        for (String text : List.of("title", "description", "room")) {
            for (String code : event.languages()) {
                m.put("agenda." + text + "." + code, ITEM_FORM + ":" + text + "_" + code);
            }
            m.put("agenda." + text, ITEM_FORM + ":" + text + "_" + event.hostLanguage());
        }
        return m;
    }

    public void deleteItem() {
        if (!currentUser.requireOfficer() || itemForm == null || itemForm.isNew()) {
            return;
        }
        String title = itemForm.titleIn(language.getCode(), event.hostLanguage());
        try {
            agenda.remove(itemForm.getId());
            Texts.info(null, "agenda.deleted", title);
            itemForm = null;
        } catch (ForumException e) {
            Texts.refusal(e, Map.of());
            if (e.kind() == ForumException.Kind.NOT_FOUND) {
                itemForm = null;
            }
        }
        load();
        PrimeFaces.current().ajax().update(":messages", ":schedule");
    }

    /** The question of the confirmation before deleting the item in the form. */
    public String getDeleteQuestion() {
        return itemForm == null ? "" : Texts.get("agenda.delete.confirm", itemForm.titleIn(language.getCode(), event.hostLanguage()));
    }

    public String warningLabel(AgendaWarning.Code code) {
        return Texts.get(WARNING_LABEL + code.name());
    }

    // --- venues ---

    public void newVenue() {
        if (currentUser.requireOfficer() && event != null) {
            venueForm = VenueForm.blank();
        }
    }

    public void editVenue(long venueId) {
        if (!currentUser.requireOfficer() || event == null) {
            return;
        }
        try {
            Venue v = agenda.venue(venueId);
            if (v.getEvent().getId() != event.id()) {
                throw ForumException.notFound("Venue " + venueId);
            }
            venueForm = VenueForm.of(v);
        } catch (ForumException e) {
            load();
            PrimeFaces.current().ajax().update(":venues");
            Texts.refusal(e, Map.of());
        }
    }

    public void cancelVenue() {
        venueForm = null;
    }

    public void saveVenue() {
        if (!currentUser.requireOfficer() || venueForm == null || event == null) {
            return;
        }
        Texts.save(() -> {
            boolean created = venueForm.isNew();
            Venue saved;
            try {
                saved = created ? agenda.addVenue(event.id(), venueForm.details(event.languages()))
                        : agenda.updateVenue(venueForm.getId(), venueForm.details(event.languages()));
            } catch (ForumException e) {
                throw FieldScope.within("venue", e);
            }
            Texts.info(null, created ? "venues.created" : "venues.saved", ShownText.of(saved.getName(), language.getDomain(), event.host()).text());
            venueForm = null;
            load();
            PrimeFaces.current().ajax().update(":messages", ":venues", ":schedule");
            if (itemForm != null) {
                // Only the menu: the rest of an open item form keeps what was typed into it.
                PrimeFaces.current().ajax().update(":" + ITEM_FORM + ":venue");
            }
        }, venueFields(), this::load, ":venues");
    }

    private Map<String, String> venueFields() {
        Map<String, String> m = new HashMap<>();
        for (String text : List.of("name", "address")) {
            for (String code : event.languages()) {
                m.put("venue." + text + "." + code, VENUE_FORM + ":" + text + "_" + code);
            }
            m.put("venue." + text, VENUE_FORM + ":" + text + "_" + event.hostLanguage());
        }
        m.put("venue.capacity", VENUE_FORM + ":capacity");
        return m;
    }

    // --- choices ---

    /** The event's days for the form; an item's own day outside them stays choosable, so editing does not move it. */
    public List<LocalDate> getDayChoices() {
        List<LocalDate> choices = new ArrayList<>();
        for (LocalDate d = event.startsOn(); !d.isAfter(event.endsOn()); d = d.plusDays(1)) {
            choices.add(d);
        }
        if (itemForm != null && itemForm.getDay() != null) {
            LocalDate own = LocalDate.parse(itemForm.getDay());
            if (!choices.contains(own)) {
                choices.add(own.isBefore(event.startsOn()) ? 0 : choices.size(), own);
            }
        }
        return choices;
    }

    /** "Day 2 · Fri 19.09.2025", short enough for a phone's menu; a day outside the event only by its date. */
    public String dayLabel(LocalDate day) {
        String date = DateTimeFormatter.ofPattern("EEE", language.getLocale()).format(day) + " " + times.formatDate(day);
        if (day.isBefore(event.startsOn()) || day.isAfter(event.endsOn())) {
            return date;
        }
        return Texts.get("agenda.day", ChronoUnit.DAYS.between(event.startsOn(), day) + 1) + " · " + date;
    }

    /** Every language the form may show, fixed when the view is built; each is rendered if the event works in it. */
    public List<String> getAllLanguages() {
        return Arrays.stream(org.forumprotocol.core.i18n.Language.values()).map(org.forumprotocol.core.i18n.Language::code).toList();
    }

    public List<AgendaItemKind> getKinds() {
        return List.of(AgendaItemKind.values());
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public List<Choice> getPeople() {
        return people;
    }

    public List<Choice> getDelegationChoices() {
        return delegationChoices;
    }

    public boolean isJustSaved(long itemId) {
        return justSaved != null && justSaved == itemId;
    }

    // --- properties ---

    public String getEventParam() {
        return eventParam;
    }

    public void setEventParam(String eventParam) {
        this.eventParam = eventParam;
    }

    public EventSummary getEvent() {
        return event;
    }

    public List<ScheduleDay> getDays() {
        return days;
    }

    public int getItemCount() {
        return itemCount;
    }

    public int getWarningCount() {
        return warningCount;
    }

    public List<VenueRow> getVenues() {
        return venues;
    }

    public AgendaItemForm getItemForm() {
        return itemForm;
    }

    public VenueForm getVenueForm() {
        return venueForm;
    }
}
