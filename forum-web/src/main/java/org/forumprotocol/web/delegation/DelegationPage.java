package org.forumprotocol.web.delegation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateLinks;
import org.forumprotocol.core.delegation.DelegateRole;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.Delegations;
import org.forumprotocol.core.delegation.Gender;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.delegation.Rank;
import org.forumprotocol.web.event.EventSummary;
import org.forumprotocol.web.page.PageIds;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.Language;
import org.forumprotocol.web.page.Texts;
import org.primefaces.PrimeFaces;

/**
 * One delegation (delegation.xhtml?id=…): its members, added, changed and removed by officers; their
 * fixed places in the order of precedence; and their private links.
 */
@Named
@ViewScoped
public class DelegationPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "memberForm";
    /** Request attribute: the address of a link just issued. It is shown in this one response and kept nowhere. */
    private static final String ISSUED = DelegationPage.class.getName() + ".issued";
    private static final List<String> FIELDS = List.of("gender", "rank", "rankSince", "role", "email", "phone", "language",
            "dietaryNeeds", "accessibilityNeeds");

    @Inject
    Delegations delegations;

    @Inject
    DelegateLinks links;

    @Inject
    LinkAddresses addresses;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String id;
    private EventSummary event;
    private DelegationSummary delegation;
    private List<MemberRow> rows = List.of();
    private ArrayList<MemberRow> shown = new ArrayList<>();
    private String filter;
    private MemberForm form;

    private Long pinFor;
    private Integer pinPosition;

    private Long linkFor;
    private LocalDate linkExpires;

    public void open() {
        if (!currentUser.requireOfficer()) {
            return;
        }
        PageIds.open(id, delegationId -> {
            Delegation d = delegations.delegation(delegationId);
            org.forumprotocol.core.i18n.Language page = language.getDomain();
            event = EventSummary.of(d.getEvent(), page);
            delegation = DelegationSummary.of(d, page);
            load();
        });
    }

    private void load() {
        org.forumprotocol.core.i18n.Language page = language.getDomain();
        // Places in the whole event's order of precedence, as the host language's list has them.
        Map<Long, Participant> places = delegations.participants(event.id(), event.host(), ParticipantOrder.PRECEDENCE).stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        rows = delegations.membersOf(delegation.id()).stream()
                .map(m -> {
                    Participant p = places.get(m.getId());
                    return MemberRow.of(m, page, p == null ? 0 : p.precedence(), p != null && p.manualPrecedence());
                })
                .toList();
        applyFilter();
    }

    public void applyFilter() {
        shown = new ArrayList<>(rows.stream().filter(r -> r.matches(filter)).toList());
    }

    private Optional<MemberRow> row(Long memberId) {
        return rows.stream().filter(r -> memberId != null && r.id() == memberId).findFirst();
    }

    // --- the member form ---

    public void newMember() {
        if (currentUser.requireOfficer() && delegation != null) {
            form = MemberForm.blank(rows.stream().noneMatch(MemberRow::isHead));
        }
    }

    public void edit(long memberId) {
        if (!currentUser.requireOfficer() || delegation == null) {
            return;
        }
        try {
            form = MemberForm.of(delegations.delegate(memberId));
        } catch (ForumException e) {
            load();
            Texts.refusal(e, Map.of());
        }
    }

    public void cancel() {
        form = null;
    }

    public MemberForm.Suggestion suggestion(String code) {
        return form == null ? null : form.suggestion(code).orElse(null);
    }

    public void confirmSuggestion(String code) {
        if (form != null) {
            form.confirm(code);
        }
    }

    public void save() {
        if (!currentUser.requireOfficer() || form == null || delegation == null) {
            return;
        }
        Texts.save(() -> {
            Delegate saved = form.isNew()
                    ? delegations.addDelegate(delegation.id(), form.details())
                    : delegations.updateDelegate(form.getId(), form.details());
            Texts.info(null, form.isNew() ? "members.created" : "members.saved", saved.displayName(language.getDomain()));
            form = null;
            load();
            PrimeFaces.current().ajax().update(":messages", ":members:table", ":members:count");
        }, fields(), this::load, ":members:table");
    }

    private Map<String, String> fields() {
        Map<String, String> m = new HashMap<>();
        FIELDS.forEach(f -> m.put(f, FORM + ":" + f));
        m.put("head", FORM + ":role");
        for (org.forumprotocol.core.i18n.Language l : org.forumprotocol.core.i18n.Language.values()) {
            String code = l.code();
            m.put("names." + code, FORM + ":family_" + code);
            m.put("names." + code + ".family", FORM + ":family_" + code);
            m.put("names." + code + ".given", FORM + ":given_" + code);
            m.put("position." + code, FORM + ":position_" + code);
            m.put("formOfAddress." + code, FORM + ":formOfAddress_" + code);
        }
        m.put("names", FORM + ":family_" + event.hostLanguage());
        m.put("position", FORM + ":position_" + event.hostLanguage());
        m.put("formOfAddress", FORM + ":formOfAddress_" + event.hostLanguage());
        return m;
    }

    // --- removing ---

    public void remove(long memberId) {
        if (!currentUser.requireOfficer()) {
            return;
        }
        String name = row(memberId).map(MemberRow::name).orElse("");
        try {
            delegations.removeDelegate(memberId);
            Texts.info(null, "members.removed", name);
            if (form != null && Long.valueOf(memberId).equals(form.getId())) {
                form = null;
                PrimeFaces.current().ajax().update(":memberForm");
            }
        } catch (ForumException e) {
            Texts.refusal(e, Map.of());
        }
        load();
    }

    // --- the order of precedence ---

    public void openPin(long memberId) {
        pinFor = memberId;
        pinPosition = row(memberId).map(r -> r.pin() != null ? r.pin() : r.place()).orElse(null);
    }

    public void savePin() {
        pin(pinPosition);
    }

    public void unpin() {
        pin(null);
    }

    private void pin(Integer position) {
        if (!currentUser.requireOfficer() || pinFor == null) {
            return;
        }
        String name = getPinName();
        try {
            delegations.pinPrecedence(pinFor, position);
            if (position == null) {
                Texts.info(null, "precedence.unpinned", name);
            } else {
                Texts.info(null, "precedence.pinned", name, position);
            }
            pinFor = null;
            load();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(":messages", ":members:table");
        } catch (ForumException e) {
            if (e.kind() == ForumException.Kind.INVALID) {
                Texts.fieldError("pinForm:position", "precedence.error.range");
            } else {
                Texts.refusal(e, Map.of());
            }
        }
    }

    public MemberRow getPinRow() {
        return row(pinFor).orElse(null);
    }

    public String getPinName() {
        return row(pinFor).map(MemberRow::name).orElse("");
    }

    // --- private links ---

    public void openLink(long memberId) {
        linkFor = memberId;
        linkExpires = null;
    }

    public void issueLink() {
        if (!currentUser.requireOfficer() || linkFor == null) {
            return;
        }
        Instant expires = linkExpires == null ? null
                : linkExpires.plusDays(1).atStartOfDay(ZoneId.of(event.timeZone())).toInstant();
        try {
            DelegateLinks.Issued issued = links.issue(linkFor, expires);
            FacesContext.getCurrentInstance().getAttributes().put(ISSUED, addresses.privatePage(issued.token()));
        } catch (ForumException e) {
            Texts.refusal(e, Map.of("expiresAt", "linkForm:expires"));
        }
    }

    public void revokeLinks() {
        if (!currentUser.requireOfficer() || linkFor == null) {
            return;
        }
        try {
            int revoked = links.revoke(linkFor);
            Texts.info(null, "links.revoked", revoked, getLinkName());
        } catch (ForumException e) {
            Texts.refusal(e, Map.of());
        }
    }

    /** The address of the link issued in this request, or null: it is never shown again. */
    public String getIssuedLink() {
        return (String) FacesContext.getCurrentInstance().getAttributes().get(ISSUED);
    }

    public String getLinkName() {
        return row(linkFor).map(MemberRow::name).orElse("");
    }

    // --- choices ---

    public List<String> getAllLanguages() {
        return Arrays.stream(org.forumprotocol.core.i18n.Language.values()).map(org.forumprotocol.core.i18n.Language::code).toList();
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public List<Rank> getRanks() {
        return List.of(Rank.values());
    }

    public List<DelegateRole> getRoles() {
        return List.of(DelegateRole.values());
    }

    /** The question of the confirmation before removing a member, with their name. */
    public String removeQuestion(String name) {
        return Texts.get("members.remove.confirm", name);
    }

    // --- properties ---

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public EventSummary getEvent() {
        return event;
    }

    public DelegationSummary getDelegation() {
        return delegation;
    }

    public List<MemberRow> getShown() {
        return shown;
    }

    public int getTotal() {
        return rows.size();
    }

    public boolean isHeadless() {
        return !rows.isEmpty() && rows.stream().noneMatch(MemberRow::isHead);
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public MemberForm getForm() {
        return form;
    }

    public Integer getPinPosition() {
        return pinPosition;
    }

    public void setPinPosition(Integer pinPosition) {
        this.pinPosition = pinPosition;
    }

    public LocalDate getLinkExpires() {
        return linkExpires;
    }

    public void setLinkExpires(LocalDate linkExpires) {
        this.linkExpires = linkExpires;
    }
}
