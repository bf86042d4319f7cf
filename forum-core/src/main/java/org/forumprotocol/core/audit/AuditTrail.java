package org.forumprotocol.core.audit;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

/**
 * The append-only record of every change made through a service. Services call {@link #record} inside
 * their own transaction, so a change and its audit entry are committed together or not at all.
 */
@ApplicationScoped
public class AuditTrail {
    public static final String SYSTEM = "system";

    private EntityManager em;
    private Clock clock;
    private Supplier<String> actor;

    protected AuditTrail() {
    }

    /**
     * The actor is the signed-in caller of the current HTTP request; work outside a request (start-up,
     * background jobs) is recorded as {@value #SYSTEM}.
     */
    @Inject
    public AuditTrail(EntityManager em, Clock clock, HttpServletRequest request) {
        this(em, clock, () -> {
            try {
                Principal caller = request.getUserPrincipal();
                return caller == null ? SYSTEM : caller.getName();
            } catch (ContextNotActiveException e) {
                return SYSTEM;
            }
        });
    }

    public AuditTrail(EntityManager em, Clock clock, Supplier<String> actor) {
        this.em = em;
        this.clock = clock;
        this.actor = actor;
    }

    /** Who changes are recorded for right now, for records that name their author themselves. */
    public String currentActor() {
        return actor.get();
    }

    /** Records a change by the current caller; {@code summary} must never contain a secret. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String entityType, Object entityId, String action, String summary) {
        AuditEntry entry = new AuditEntry(clock.instant(), actor.get(), entityType, String.valueOf(entityId), action, summary);
        em.persist(entry);
        return entry;
    }

    /** Records a change made by someone without an account, such as a delegate through a private link. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry recordAs(String actorName, String entityType, Object entityId, String action, String summary) {
        AuditEntry entry = new AuditEntry(clock.instant(), actorName, entityType, String.valueOf(entityId), action, summary);
        em.persist(entry);
        return entry;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage search(AuditFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        condition(where, params, "e.actor = :actor", "actor", filter.actor());
        condition(where, params, "e.entityType = :entityType", "entityType", filter.entityType());
        condition(where, params, "e.entityId = :entityId", "entityId", filter.entityId());
        condition(where, params, "e.action = :action", "action", filter.action());
        condition(where, params, "e.occurredAt >= :from", "from", filter.from());
        condition(where, params, "e.occurredAt < :to", "to", filter.to());
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where
                + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new AuditPage(query.setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList(),
                count.getSingleResult());
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
