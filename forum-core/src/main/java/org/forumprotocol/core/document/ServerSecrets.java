package org.forumprotocol.core.document;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.audit.AuditTrail;

/**
 * Keys the server makes for itself and keeps in the database (table {@code server_secret}), such as the one
 * that signs badge tokens. Chosen over a FORUM_… setting: nobody has to generate, store and hand the same
 * value to every instance, a restart does not invalidate printed badges, and two instances on one database
 * agree by construction. Whoever can read the database can forge a badge token, but could also read every
 * participant the badge would let in. The value is never logged or audited; only its creation is.
 */
@ApplicationScoped
@Transactional
public class ServerSecrets {
    /** The key of {@code BadgeTokens}: 32 random bytes. */
    public static final String BADGES = "badges";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected ServerSecrets() {
    }

    @Inject
    public ServerSecrets(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The secret of that name, made on first use. Two instances making it at the same moment: one insert
     * fails on the primary key and that caller's transaction with it; a second call reads the winner's. Start-up
     * makes the badge secret once (see {@code ForumStartup}), so requests only ever read.
     */
    public byte[] secret(String name) {
        List<?> found = em.createNativeQuery("SELECT secret FROM server_secret WHERE name = ?1").setParameter(1, name).getResultList();
        if (!found.isEmpty()) {
            return Base64.getDecoder().decode((String) found.get(0));
        }
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        em.createNativeQuery("INSERT INTO server_secret (name, secret, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(secret))
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        audit.recordAs(AuditTrail.SYSTEM, "ServerSecret", name, "CREATE", "a new random secret '" + name + "' (" + BYTES + " bytes)");
        return secret;
    }
}
