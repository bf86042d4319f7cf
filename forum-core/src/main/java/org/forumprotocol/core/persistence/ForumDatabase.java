package org.forumprotocol.core.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Names the database resources once and makes the entity manager injectable into constructors. */
@ApplicationScoped
public class ForumDatabase {
    /** JNDI name of the pooled data source that forum-web defines with {@link ForumDataSource}. */
    public static final String DATA_SOURCE = "java:app/jdbc/forum";
    public static final String PERSISTENCE_UNIT = "forum";

    @Produces
    @PersistenceContext(unitName = PERSISTENCE_UNIT)
    private EntityManager entityManager;

    /** The pooled data source, for work that must happen outside JPA (migrations, health checks). */
    public static DataSource dataSource() {
        try {
            return InitialContext.doLookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The data source " + DATA_SOURCE + " is not defined: " + e.getMessage(), e);
        }
    }
}
