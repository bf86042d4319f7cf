package org.forumprotocol.core.delegation;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.i18n.TextRules;

/** Registering delegations and their members, and listing an event's participants. */
@ApplicationScoped
@Transactional
public class Delegations {
    static final String DELEGATION = "Delegation";
    static final String DELEGATE = "Delegate";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,40}");

    private EntityManager em;
    private Events events;
    private AuditTrail audit;

    protected Delegations() {
    }

    @Inject
    public Delegations(EntityManager em, Events events, AuditTrail audit) {
        this.em = em;
        this.events = events;
        this.audit = audit;
    }

    // --- delegations ---

    public Delegation addDelegation(long eventId, DelegationDetails details) {
        Event event = events.get(eventId);
        Delegation delegation = new Delegation(event);
        apply(delegation, details);
        em.persist(delegation);
        em.flush();
        audit.record(DELEGATION, delegation.getId(), "CREATE", describe(delegation));
        return delegation;
    }

    public Delegation updateDelegation(long id, DelegationDetails details) {
        Delegation delegation = delegation(id);
        if (details.expectedVersion() != null && details.expectedVersion() != delegation.getVersion()) {
            throw ForumException.stale("Delegation " + id);
        }
        String before = describe(delegation);
        apply(delegation, details);
        em.flush();
        audit.record(DELEGATION, id, "UPDATE", before + " → " + describe(delegation));
        return delegation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Delegation delegation(long id) {
        Delegation delegation = em.find(Delegation.class, id);
        if (delegation == null) {
            throw ForumException.notFound("Delegation " + id);
        }
        return delegation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delegation> delegationsOf(long eventId) {
        events.get(eventId);
        return em.createNamedQuery("Delegation.ofEvent", Delegation.class).setParameter("event", eventId).getResultList();
    }

    private void apply(Delegation delegation, DelegationDetails d) {
        FieldChecks checks = new FieldChecks();
        String country = checks.required("country", d.country());
        if (country != null && !country.isBlank()) {
            country = country.strip().toUpperCase(Locale.ROOT);
            if (!Countries.isKnown(country)) {
                checks.add("country", "unknown country code '" + d.country() + "'; an ISO 3166-1 alpha-2 code such as KZ or KR");
            }
        }
        LocalizedText name = checks.localized("name", d.name(), TextRules.TEXT_MAX, true);
        LocalizedText sending = checks.localized("sendingOrganisation", d.sendingOrganisation(), TextRules.TEXT_MAX, false);
        DelegationStatus status = checks.choice("status", d.status(), DelegationStatus.class);
        Logistics logistics = new Logistics(
                checks.text("arrivalFlight", d.arrivalFlight(), 20), d.arrivalAt(),
                checks.text("arrivalAirport", d.arrivalAirport(), TextRules.NAME_MAX),
                checks.text("departureFlight", d.departureFlight(), 20), d.departureAt(),
                checks.text("departureAirport", d.departureAirport(), TextRules.NAME_MAX),
                checks.text("hotel", d.hotel(), TextRules.NAME_MAX));
        if (d.arrivalAt() != null && d.departureAt() != null && d.departureAt().isBefore(d.arrivalAt())) {
            checks.add("departureAt", "must not be before arrivalAt");
        }
        String notes = checks.text("notes", d.notes(), TextRules.NOTES_MAX);
        checks.throwIfAny("The delegation cannot be saved");
        delegation.change(country, name, sending, status == null ? DelegationStatus.INVITED : status, logistics, notes);
    }

    // --- delegates ---

    public Delegate addDelegate(long delegationId, DelegateDetails details) {
        Delegation delegation = delegation(delegationId);
        Delegate delegate = new Delegate(delegation);
        apply(delegate, delegation, details);
        em.persist(delegate);
        em.flush();
        audit.record(DELEGATE, delegate.getId(), "CREATE", describe(delegate));
        return delegate;
    }

    public Delegate updateDelegate(long id, DelegateDetails details) {
        Delegate delegate = delegate(id);
        if (details.expectedVersion() != null && details.expectedVersion() != delegate.getVersion()) {
            throw ForumException.stale("Delegate " + id);
        }
        String before = describe(delegate);
        apply(delegate, delegate.getDelegation(), details);
        em.flush();
        audit.record(DELEGATE, id, "UPDATE", before + " → " + describe(delegate));
        return delegate;
    }

    public void removeDelegate(long id) {
        Delegate delegate = delegate(id);
        String description = describe(delegate);
        em.createQuery("delete from DelegateLink l where l.delegate = :d").setParameter("d", delegate).executeUpdate();
        em.remove(delegate);
        audit.record(DELEGATE, id, "DELETE", description);
    }

    /** Fixes a delegate's place in the order of precedence (1 = first), or frees it with null. */
    public Delegate pinPrecedence(long id, Integer position) {
        Delegate delegate = delegate(id);
        if (position != null && (position < 1 || position > 10_000)) {
            throw ForumException.invalid("position", "must be between 1 and 10000, or empty to use the computed order");
        }
        audit.record(DELEGATE, id, "PRECEDENCE", "pin: " + delegate.getPrecedencePin() + " → " + position);
        delegate.pin(position);
        return delegate;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Delegate delegate(long id) {
        Delegate delegate = em.find(Delegate.class, id);
        if (delegate == null) {
            throw ForumException.notFound("Delegate " + id);
        }
        return delegate;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delegate> membersOf(long delegationId) {
        delegation(delegationId);
        return em.createNamedQuery("Delegate.ofDelegation", Delegate.class).setParameter("delegation", delegationId).getResultList();
    }

    /** The event's participants in one language, by name (that language's collation) or by precedence. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Participant> participants(long eventId, Language language, ParticipantOrder order) {
        events.get(eventId);
        List<Delegate> delegates = em.createNamedQuery("Delegate.ofEvent", Delegate.class).setParameter("event", eventId).getResultList();
        List<OrderOfPrecedence.Place> places = OrderOfPrecedence.of(delegates, language);
        if (order == ParticipantOrder.PRECEDENCE) {
            return places.stream().map(p -> Participant.of(p.delegate(), language, p.position(), p.manual())).toList();
        }
        Map<Delegate, OrderOfPrecedence.Place> byDelegate = new java.util.IdentityHashMap<>();
        places.forEach(p -> byDelegate.put(p.delegate(), p));
        return delegates.stream().sorted(OrderOfPrecedence.byName(delegates, language))
                .map(d -> Participant.of(d, language, byDelegate.get(d).position(), byDelegate.get(d).manual())).toList();
    }

    private void apply(Delegate delegate, Delegation delegation, DelegateDetails d) {
        FieldChecks checks = new FieldChecks();
        Map<Language, PersonName> names = new EnumMap<>(Language.class);
        if (d.names() != null) {
            d.names().forEach((code, n) -> {
                Language language = checks.language("names." + code, code);
                if (n == null) {
                    return;
                }
                String family = checks.text("names." + code + ".family", n.family(), TextRules.NAME_MAX);
                String given = checks.text("names." + code + ".given", n.given(), TextRules.NAME_MAX);
                if (language != null && (family != null || given != null)) {
                    names.put(language, new PersonName(family == null ? "" : family, given == null ? "" : given,
                            n.familyFirst() == null ? language.familyNameFirst() : n.familyFirst(), false));
                }
            });
        }
        if (names.isEmpty() && checks.errors().stream().noneMatch(e -> e.field().startsWith("names."))) {
            checks.add("names", "a name in at least one language is required");
        }
        LocalizedText position = checks.localized("position", d.position(), TextRules.TEXT_MAX, false);
        LocalizedText address = checks.localized("formOfAddress", d.formOfAddress(), TextRules.NAME_MAX, false);
        Gender gender = checks.choice("gender", d.gender(), Gender.class);
        Rank rank = checks.choice("rank", d.rank(), Rank.class);
        DelegateRole role = checks.choice("role", d.role(), DelegateRole.class);
        if (Boolean.TRUE.equals(d.head())) {
            if (role != null && role != DelegateRole.HEAD) {
                checks.add("role", "contradicts head: true");
            }
            role = DelegateRole.HEAD;
        } else if (role == null) {
            role = DelegateRole.MEMBER;
        }
        String email = checks.text("email", d.email(), 254);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                checks.add("email", "not an e-mail address: '" + d.email() + "'");
            }
        }
        String phone = checks.text("phone", d.phone(), 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            checks.add("phone", "digits, spaces, ( ) - and a leading + only");
        }
        Language language = checks.language("language", d.language());
        String dietary = checks.text("dietaryNeeds", d.dietaryNeeds(), TextRules.TEXT_MAX);
        String accessibility = checks.text("accessibilityNeeds", d.accessibilityNeeds(), TextRules.TEXT_MAX);
        checks.throwIfAny("The delegate cannot be saved");

        long self = delegate.getId() == null ? -1 : delegate.getId();
        if (role == DelegateRole.HEAD && !em.createNamedQuery("Delegate.headsOf", Delegate.class)
                .setParameter("delegation", delegation.getId()).setParameter("self", self).getResultList().isEmpty()) {
            throw new ForumException(Kind.CONFLICT, "The delegation already has a head; make the current head a member first",
                    List.of(new FieldError("head", "the delegation already has a head")));
        }
        if (email != null && em.createNamedQuery("Delegate.sameEmailInEvent", Long.class)
                .setParameter("event", delegation.getEvent().getId()).setParameter("email", email)
                .setParameter("self", self).getSingleResult() > 0) {
            throw new ForumException(Kind.CONFLICT, "Another participant of this event has the e-mail address " + email,
                    List.of(new FieldError("email", "already used by another participant of this event")));
        }
        delegate.change(names, position, address, gender == null ? Gender.UNSPECIFIED : gender, rank, d.rankSince(), role,
                email, phone, language, dietary, accessibility);
    }

    private static String describe(Delegation d) {
        return d.getCountry() + " " + d.getName().in(d.getEvent().hostLanguage()) + " " + d.getStatus();
    }

    private static String describe(Delegate d) {
        Language host = d.getDelegation().getEvent().hostLanguage();
        return d.displayName(host) + " " + d.getRole() + (d.getRank() == null ? "" : " " + d.getRank())
                + (d.getEmail() == null ? "" : " <" + d.getEmail() + ">");
    }
}
