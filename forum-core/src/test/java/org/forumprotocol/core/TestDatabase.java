package org.forumprotocol.core;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.forumprotocol.core.config.DatabaseSettings;
import org.forumprotocol.core.persistence.ForumDataSource;
import org.forumprotocol.core.persistence.ForumDatabase;
import org.forumprotocol.core.persistence.SchemaMigrations;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own for a test: a fresh in-memory H2 database by default; when the environment variable
 * {@code FORUM_TEST_DB_URL} holds a PostgreSQL URL (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}),
 * a freshly created PostgreSQL database on that server instead, dropped again at the end. Runs never share state.
 *
 * <p>Two ways to use it:
 * <ul>
 * <li>As a JUnit extension, {@code @RegisterExtension static final TestDatabase DB = TestDatabase.migrated();}:
 * one migrated database and entity manager factory per test class, emptied before each test.</li>
 * <li>By hand, {@code try (TestDatabase db = TestDatabase.empty("label")) {...}}: an empty database, not migrated,
 * for tests of the migrations themselves.</li>
 * </ul>
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AutoCloseable {
    public static final String TEST_DB_URL = "FORUM_TEST_DB_URL";
    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(?:\\?(.*))?");

    /** Flyway logs every step at INFO; kept as fields because java.util.logging holds loggers weakly. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final boolean migrate;
    private String label;
    private DatabaseSettings settings;
    private DataSource dataSource;
    /** For PostgreSQL: the server's URL we connected to, and the database we created there. */
    private String adminUrl;
    private String createdDatabase;
    private EntityManagerFactory emf;

    private TestDatabase(boolean migrate, String label) {
        this.migrate = migrate;
        this.label = label;
    }

    /** The extension: one migrated database per test class, all rows deleted before each test. */
    public static TestDatabase migrated() {
        return new TestDatabase(true, null);
    }

    /** A migrated database open at once, outside JUnit (for benchmarks and their fixtures); close it when done. */
    public static TestDatabase migratedNow(String label) {
        TestDatabase db = new TestDatabase(true, label);
        db.open();
        return db;
    }

    /** An empty database (no schema at all), open at once; close it when done. */
    public static TestDatabase empty(String label) {
        TestDatabase db = new TestDatabase(false, label);
        db.open();
        return db;
    }

    /** The PostgreSQL server URL to use, if the environment asks for PostgreSQL. */
    public static Optional<String> postgresServerUrl() {
        String url = System.getenv(TEST_DB_URL);
        // Surefire passes an empty value when the variable is not set (or, in some versions, the unresolved
        // expression "${env.FORUM_TEST_DB_URL}").
        if (url == null || url.isBlank() || url.startsWith("${")) {
            return Optional.empty();
        }
        url = url.strip();
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(TEST_DB_URL + " must be a jdbc:postgresql: URL, not '"
                    + new DatabaseSettings(url, null, null).displayUrl() + "'");
        }
        return Optional.of(url);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        label = context.getRequiredTestClass().getSimpleName();
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        deleteAllRows();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void open() {
        try {
            create();
        } catch (RuntimeException | Error e) {
            try {
                close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void create() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Optional<String> server = postgresServerUrl();
        if (server.isPresent()) {
            adminUrl = server.get();
            Matcher m = POSTGRES_URL.matcher(adminUrl);
            if (!m.matches()) {
                throw new IllegalStateException("cannot read " + TEST_DB_URL + " '" + new DatabaseSettings(adminUrl, null, null).displayUrl() + "'");
            }
            Map<String, String> params = queryParameters(m.group(3));
            createdDatabase = "forum_test_" + unique;
            execute(adminUrl, "CREATE DATABASE " + createdDatabase + " ENCODING 'UTF8' TEMPLATE template0");
            String url = m.group(1) + "/" + createdDatabase + (m.group(3) == null ? "" : "?" + m.group(3));
            settings = new DatabaseSettings(url, params.get("user"), params.get("password"));
        } else {
            String name = "forum_" + label.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT) + "_" + unique;
            settings = new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        dataSource = ForumDataSource.create(settings);
        if (migrate) {
            new SchemaMigrations(dataSource).migrate();
            emf = createEntityManagerFactory(dataSource);
        }
    }

    /** The real persistence unit, turned into a Java SE one on the given data source. */
    public static EntityManagerFactory createEntityManagerFactory(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        if (dataSource instanceof PGSimpleDataSource pg) {
            // Connections from a pool, as the container gives them: a data source that opens a PostgreSQL connection
            // (a server process) for every transaction measured that instead (21 ms a message in the mail benchmark).
            properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, "");
            properties.put(PersistenceUnitProperties.JDBC_DRIVER, "org.postgresql.Driver");
            properties.put(PersistenceUnitProperties.JDBC_URL, pg.getURL());
            if (pg.getUser() != null) {
                properties.put(PersistenceUnitProperties.JDBC_USER, pg.getUser());
            }
            if (pg.getPassword() != null) {
                properties.put(PersistenceUnitProperties.JDBC_PASSWORD, pg.getPassword());
            }
            properties.put(PersistenceUnitProperties.CONNECTION_POOL_INITIAL, "1");
            properties.put(PersistenceUnitProperties.CONNECTION_POOL_MIN, "1");
            properties.put(PersistenceUnitProperties.CONNECTION_POOL_MAX, "8");
        } else {
            properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        }
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        // EclipseLink shares one session among factories of the same unit and settings in a JVM; a name of its
        // own keeps each factory on its own database and sequence preallocation, like a separate instance.
        properties.put(PersistenceUnitProperties.SESSION_NAME, "forum-test-" + UUID.randomUUID());
        return Persistence.createEntityManagerFactory(ForumDatabase.PERSISTENCE_UNIT, properties);
    }

    @Override
    public void close() {
        try {
            if (emf != null && emf.isOpen()) {
                emf.close();
            }
        } finally {
            emf = null;
            if (createdDatabase != null) {
                execute(adminUrl, "DROP DATABASE IF EXISTS " + createdDatabase + " WITH (FORCE)");
                createdDatabase = null;
            } else if (dataSource != null) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot shut the H2 test database down", e);
                }
            }
            dataSource = null;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public boolean isPostgreSql() {
        return settings.isPostgreSql();
    }

    public EntityManagerFactory entityManagerFactory() {
        if (emf == null) {
            throw new IllegalStateException("only a migrated() test database has an entity manager factory");
        }
        return emf;
    }

    public EntityManager newEntityManager() {
        return entityManagerFactory().createEntityManager();
    }

    /** Deletes every row the application writes; the schema and its history stay. */
    public void deleteAllRows() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM archive_alarm");
            s.executeUpdate("DELETE FROM memorandum_signature");
            s.executeUpdate("DELETE FROM memorandum_revision");
            s.executeUpdate("DELETE FROM memorandum WHERE amends_id IS NOT NULL");
            s.executeUpdate("DELETE FROM memorandum");
            s.executeUpdate("DELETE FROM change_notice");
            s.executeUpdate("DELETE FROM agenda_release_item");
            s.executeUpdate("DELETE FROM agenda_release");
            s.executeUpdate("DELETE FROM outbox_attempt");
            s.executeUpdate("DELETE FROM outbox_content");
            s.executeUpdate("DELETE FROM outbox_message");
            s.executeUpdate("DELETE FROM mail_job_skip");
            s.executeUpdate("DELETE FROM mail_job_recipient");
            s.executeUpdate("DELETE FROM mail_job");
            s.executeUpdate("DELETE FROM mail_template");
            s.executeUpdate("DELETE FROM agenda_speaker");
            s.executeUpdate("DELETE FROM agenda_moderator");
            s.executeUpdate("DELETE FROM agenda_delegation");
            s.executeUpdate("DELETE FROM agenda_item");
            s.executeUpdate("DELETE FROM venue");
            s.executeUpdate("DELETE FROM delegate_link");
            s.executeUpdate("DELETE FROM delegate");
            s.executeUpdate("DELETE FROM delegation");
            s.executeUpdate("DELETE FROM outgoing_letter");
            s.executeUpdate("DELETE FROM outgoing_counter");
            s.executeUpdate("DELETE FROM server_secret");
            s.executeUpdate("DELETE FROM forum_event");
            s.executeUpdate("DELETE FROM audit_entry");
            s.executeUpdate("DELETE FROM account_role");
            s.executeUpdate("DELETE FROM account");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database", e);
        }
    }

    /**
     * Runs {@code work} in a resource-local transaction, committing it, or rolling it back when work throws.
     * Either way the persistence context is cleared afterwards, as the container's transaction-scoped one ends
     * with its transaction: entities returned are detached, and nothing (such as a lock) carries over into the
     * next transaction on the same entity manager.
     */
    public static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.get();
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.clear();
        }
    }

    public static void inTransaction(EntityManager em, Runnable work) {
        inTransaction(em, () -> {
            work.run();
            return null;
        });
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + new DatabaseSettings(url, null, null).displayUrl(), e);
        }
    }

    private static Map<String, String> queryParameters(String query) {
        Map<String, String> params = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }
}
