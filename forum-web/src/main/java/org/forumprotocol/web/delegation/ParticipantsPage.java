package org.forumprotocol.web.delegation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.web.event.EventSummary;
import org.forumprotocol.web.page.PageIds;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.Language;
import org.forumprotocol.web.page.ShownText;
import org.forumprotocol.web.page.Texts;

/**
 * The participant list of an event (participants.xhtml?event=…) in one of its working languages, by name
 * (that language's alphabet) or by the order of precedence. The list's texts are in the list's language;
 * the page around it stays in the reader's.
 */
@Named
@ViewScoped
public class ParticipantsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    @Inject
    Delegations delegations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String eventParam;
    private String langParam;
    private String orderParam;
    private EventSummary event;
    private String listLanguage;
    private ParticipantOrder order = ParticipantOrder.NAME;
    private String filter;
    private List<ParticipantRow> rows = List.of();
    private ArrayList<ParticipantRow> shown = new ArrayList<>();

    public void open() {
        if (!currentUser.requireOfficer()) {
            return;
        }
        if (!PageIds.open(eventParam, eventId -> event = EventSummary.of(events.get(eventId), language.getDomain()))) {
            return;
        }
        // The reader's language when the event works in it, else the host language; a link may ask for another.
        listLanguage = event.uses(langParam) ? langParam
                : event.uses(language.getCode()) ? language.getCode() : event.hostLanguage();
        if ("precedence".equalsIgnoreCase(orderParam)) {
            order = ParticipantOrder.PRECEDENCE;
        }
        load();
    }

    public void load() {
        if (event == null || !currentUser.requireOfficer()) {
            return;
        }
        org.forumprotocol.core.i18n.Language list = org.forumprotocol.core.i18n.Language.of(listLanguage).orElse(event.host());
        Map<Long, ShownText> names = new HashMap<>();
        for (Delegation d : delegations.delegationsOf(event.id())) {
            names.put(d.getId(), ShownText.of(d.getName(), list, event.host()));
        }
        rows = delegations.participants(event.id(), list, order).stream()
                .map(p -> ParticipantRow.of(p, names.getOrDefault(p.delegationId(), new ShownText("", listLanguage)),
                        Countries.name(p.country(), list),
                        p.rank() == null ? null : Texts.in(list.javaLocale(), "rank." + p.rank().name())))
                .toList();
        applyFilter();
    }

    public void applyFilter() {
        shown = new ArrayList<>(rows.stream().filter(r -> r.matches(filter)).toList());
    }

    public List<ParticipantOrder> getOrders() {
        return List.of(ParticipantOrder.values());
    }

    public EventSummary getEvent() {
        return event;
    }

    public String getEventParam() {
        return eventParam;
    }

    public void setEventParam(String eventParam) {
        this.eventParam = eventParam;
    }

    public String getLangParam() {
        return langParam;
    }

    public void setLangParam(String langParam) {
        this.langParam = langParam;
    }

    public String getOrderParam() {
        return orderParam;
    }

    public void setOrderParam(String orderParam) {
        this.orderParam = orderParam;
    }

    public String getListLanguage() {
        return listLanguage;
    }

    public void setListLanguage(String listLanguage) {
        if (event != null && event.uses(listLanguage)) {
            this.listLanguage = listLanguage;
        }
    }

    public ParticipantOrder getOrder() {
        return order;
    }

    public void setOrder(ParticipantOrder order) {
        if (order != null) {
            this.order = order;
        }
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public List<ParticipantRow> getShown() {
        return shown;
    }

    public int getTotal() {
        return rows.size();
    }
}
