package org.forumprotocol.core.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.forumprotocol.core.account.Accounts;
import org.forumprotocol.core.config.ConfigurationException;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.config.Setting;
import org.forumprotocol.core.demo.DemoData;
import org.forumprotocol.core.document.ServerSecrets;
import org.forumprotocol.core.persistence.ForumDatabase;
import org.forumprotocol.core.persistence.SchemaMigrations;
import org.forumprotocol.core.persistence.SchemaTooNewException;

/**
 * Brings the application up in order: configuration checked, data directory made, schema migrated
 * (before anything uses JPA), first administrator created. Any failure stops the process with a message
 * that says what to fix, instead of leaving a server up that cannot work.
 */
@ApplicationScoped
public class ForumStartup {
    private static final Logger LOG = Logger.getLogger(ForumStartup.class.getName());
    private static final AtomicBoolean STOPPING = new AtomicBoolean();
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Inject
    private Accounts accounts;

    @Inject
    private DemoData demoData;

    @Inject
    private ServerSecrets serverSecrets;

    /** Kept from start-up: health checks run outside the application's JNDI context, where java:app is unknown. */
    private volatile DataSource dataSource;
    private volatile boolean ready;
    private volatile String schemaVersion = "none";
    private volatile boolean demoLoaded;

    /**
     * Called by the web module when its context starts: only then does the container resolve the
     * application's JNDI names (a CDI initialisation event comes too early for {@code java:app}).
     */
    public void start() {
        try {
            startInOrder();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void startInOrder() {
        ForumSettings settings = ForumSettings.load();
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new ConfigurationException(Setting.FORUM_DATA_DIR, "cannot create " + settings.dataDir() + ": " + e.getMessage());
        }
        try {
            dataSource = ForumDatabase.dataSource();
            schemaVersion = new SchemaMigrations(dataSource).migrate();
        } catch (SchemaTooNewException e) {
            throw e;
        } catch (RuntimeException e) {
            Setting setting = settings.database().isPostgreSql() ? Setting.FORUM_DB_URL : Setting.FORUM_DATA_DIR;
            throw new ConfigurationException(setting, "cannot use the database at " + settings.database().displayUrl()
                    + ": " + rootMessage(e));
        }
        Optional<String> generated = firstAdmin(settings);
        generated.ifPresent(password -> LOG.warning("Created the first account 'admin' with the password " + password
                + " (shown only this once; change it after signing in, or set FORUM_ADMIN_PASSWORD before the first start)."));
        badgeSecret();
        if (settings.demo()) {
            demoLoaded = demoData.loadIfEmpty();
        }
        ready = true;
        STARTED.set(true);
        LOG.info("Forum Protocol is ready. Data: " + settings.dataDir() + "; database: "
                + settings.database().displayUrl() + " (schema version " + schemaVersion + "); public address (FORUM_BASE_URL): "
                + settings.publicUrl() + "; mail: " + (settings.mail().configured()
                ? settings.mail().host().get() + ":" + settings.mail().port() : "no SMTP server configured, mail waits in the outbox"));
    }

    private void fail(RuntimeException e) {
        stopProcess(e);
        throw e;
    }

    /**
     * Logs why the start failed and ends the process (exit code 2), once, however many places report it.
     * Public because the failure can surface before {@link #start()} runs: the container asks the data source
     * for a connection while it deploys the persistence unit, and a configuration error found there would
     * otherwise leave Payara Micro running with nothing deployed.
     */
    /**
     * Creates the first administrator on an empty database. Two instances started together on one new
     * database both try; the unique user name lets one win, and the other carries on with its account.
     */
    private Optional<String> firstAdmin(ForumSettings settings) {
        try {
            return accounts.ensureInitialAdmin(settings.adminPassword());
        } catch (RuntimeException e) {
            if (accounts.find(Accounts.INITIAL_ADMIN).isPresent()) {
                LOG.info("Another instance created the first account meanwhile; using it.");
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Makes the badge secret on a new database; an instance started at the same moment may make it first. */
    private void badgeSecret() {
        try {
            serverSecrets.secret(ServerSecrets.BADGES);
        } catch (RuntimeException e) {
            serverSecrets.secret(ServerSecrets.BADGES);
            LOG.info("Another instance created the badge secret meanwhile; using it.");
        }
    }

    /** Whether this process has finished starting once; before that, database trouble stops it. */
    public static boolean hasStarted() {
        return STARTED.get();
    }

    public static void stopProcess(RuntimeException e) {
        if (!STOPPING.compareAndSet(false, true)) {
            return;
        }
        if (e instanceof ConfigurationException || e instanceof SchemaTooNewException) {
            LOG.severe(e.getMessage());
        } else {
            LOG.log(Level.SEVERE, "Forum Protocol could not start", e);
        }
        if (Boolean.parseBoolean(System.getProperty("forum.exitOnStartupFailure", "true"))) {
            // Payara Micro would otherwise keep listening without the application; exit so that an operator
            // or a supervisor sees the failure at once. From another thread, so that the container's deploying
            // thread is not held inside System.exit while the shutdown hook stops the container around it.
            LOG.severe("Stopping: Forum Protocol did not start.");
            new Thread(() -> System.exit(2), "forum-startup-exit").start();
        }
    }

    public boolean isReady() {
        return ready;
    }

    /** The pooled data source, once start-up has looked it up; null before. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Whether this start loaded the demonstration data into an empty database, so that modules which add their
     * own part of the demonstration (the web module signs the demo memorandum) do so exactly then.
     */
    public boolean demoLoaded() {
        return demoLoaded;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
