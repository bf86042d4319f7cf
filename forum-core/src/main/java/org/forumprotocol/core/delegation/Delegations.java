package org.forumprotocol.core.delegation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/** Registering delegations and their members, and listing an event's participants. */
@ApplicationScoped
@Transactional
public class Delegations {
    static final String DELEGATION = "Delegation";
    static final String DELEGATE = "Delegate";

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
        DelegationRules.ValidDelegation valid = DelegationRules.delegation(d, checks);
        checks.throwIfAny("The delegation cannot be saved");
        valid.applyTo(delegation);
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
        // The programme names speakers and moderators by id: an officer takes them off it first, knowingly.
        long onAgenda = ((Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM agenda_speaker WHERE delegate_id = ?1)"
                + " + (SELECT COUNT(*) FROM agenda_moderator WHERE delegate_id = ?1)").setParameter(1, id).getSingleResult()).longValue();
        if (onAgenda > 0) {
            throw new ForumException(Kind.CONFLICT, description + " speaks or moderates in " + onAgenda
                    + " agenda item(s); take them off the programme first",
                    List.of(new FieldError("agenda", "the delegate is a speaker or moderator in the programme")));
        }
        em.createQuery("delete from DelegateLink l where l.delegate = :d").setParameter("d", delegate).executeUpdate();
        // Notices of programme changes are addressed to the delegate alone; the releases themselves stay as published.
        em.createNamedQuery("ChangeNotice.deleteOfDelegate").setParameter("delegate", id).executeUpdate();
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

    /**
     * The delegate, or empty when there is none (removed, say): for work that goes on for others when one is
     * missing, where a NOT_FOUND thrown inside its transaction would roll the others back too.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Delegate> findDelegate(long id) {
        return Optional.ofNullable(em.find(Delegate.class, id));
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

    /** Every delegate of the event, with its delegation, in the order they were registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delegate> delegatesOf(long eventId) {
        events.get(eventId);
        return em.createNamedQuery("Delegate.ofEvent", Delegate.class).setParameter("event", eventId).getResultList();
    }

    /** The event's participants in one language, by name (that language's collation) or by precedence. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Participant> participants(long eventId, Language language, ParticipantOrder order) {
        List<Delegate> delegates = delegatesOf(eventId);
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
        DelegationRules.ValidDelegate valid = DelegationRules.delegate(d, checks);
        checks.throwIfAny("The delegate cannot be saved");

        long self = delegate.getId() == null ? -1 : delegate.getId();
        if (valid.role() == DelegateRole.HEAD && !em.createNamedQuery("Delegate.headsOf", Delegate.class)
                .setParameter("delegation", delegation.getId()).setParameter("self", self).getResultList().isEmpty()) {
            throw new ForumException(Kind.CONFLICT, "The delegation already has a head; make the current head a member first",
                    List.of(new FieldError("head", "the delegation already has a head")));
        }
        String email = valid.email();
        if (email != null && em.createNamedQuery("Delegate.sameEmailInEvent", Long.class)
                .setParameter("event", delegation.getEvent().getId()).setParameter("email", email)
                .setParameter("self", self).getSingleResult() > 0) {
            throw new ForumException(Kind.CONFLICT, "Another participant of this event has the e-mail address " + email,
                    List.of(new FieldError("email", "already used by another participant of this event")));
        }
        valid.applyTo(delegate);
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
