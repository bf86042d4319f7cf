package org.forumprotocol.core.delegation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.i18n.TextRules;

/** Issuing, revoking and opening delegates' private links. */
@ApplicationScoped
@Transactional
public class DelegateLinks {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new link; the token is shown once and never stored. */
    public record Issued(DelegateLink link, String token) {
    }

    private EntityManager em;
    private Delegations delegations;
    private AuditTrail audit;
    private Clock clock;

    protected DelegateLinks() {
    }

    @Inject
    public DelegateLinks(EntityManager em, Delegations delegations, AuditTrail audit, Clock clock) {
        this.em = em;
        this.delegations = delegations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a link of 256 random bits; {@code expiresAt} null means it stays valid until revoked. */
    public Issued issue(long delegateId, Instant expiresAt) {
        Delegate delegate = delegations.delegate(delegateId);
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ForumException.invalid("expiresAt", "must be in the future");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        DelegateLink link = new DelegateLink(delegate, hash(token), now, expiresAt);
        em.persist(link);
        audit.record(Delegations.DELEGATE, delegateId, "LINK_ISSUED", "private link issued" + (expiresAt == null ? "" : ", expires " + expiresAt));
        return new Issued(link, token);
    }

    /** Revokes every open link of the delegate; returns how many. */
    public int revoke(long delegateId) {
        delegations.delegate(delegateId);
        List<DelegateLink> links = em.createNamedQuery("DelegateLink.activeOf", DelegateLink.class)
                .setParameter("delegate", delegateId).getResultList();
        Instant now = clock.instant();
        links.forEach(l -> l.revoke(now));
        if (!links.isEmpty()) {
            audit.record(Delegations.DELEGATE, delegateId, "LINK_REVOKED", links.size() + " private link(s) revoked");
        }
        return links.size();
    }

    /** The delegate a token opens; unknown, revoked and expired tokens are all simply "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Delegate open(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw ForumException.notFound("This link");
        }
        return em.createNamedQuery("DelegateLink.byHash", DelegateLink.class).setParameter("hash", hash(token))
                .getResultStream().filter(l -> l.opens(clock.instant())).map(DelegateLink::getDelegate).findFirst()
                .orElseThrow(() -> ForumException.notFound("This link"));
    }

    /** The delegate's own answer through the link: attendance, arrival and dietary needs. */
    public Delegate answer(String token, String attendance, String arrivalDetails, String dietaryNeeds) {
        Delegate delegate = open(token);
        FieldChecks checks = new FieldChecks();
        Attendance answer = checks.choice("attendance", attendance, Attendance.class);
        String arrival = checks.text("arrivalDetails", arrivalDetails, TextRules.TEXT_MAX);
        String dietary = checks.text("dietaryNeeds", dietaryNeeds, TextRules.TEXT_MAX);
        checks.throwIfAny("The answer cannot be saved");
        // A field the delegate did not send stays as it was (an officer may have filled it in); an empty one clears it.
        delegate.answer(answer == null ? delegate.getAttendance() : answer,
                arrivalDetails == null ? delegate.getArrivalDetails() : arrival,
                dietaryNeeds == null ? delegate.getDietaryNeeds() : dietary);
        audit.recordAs("link:delegate-" + delegate.getId(), Delegations.DELEGATE, delegate.getId(), "ANSWER",
                "attendance=" + delegate.getAttendance());
        return delegate;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
