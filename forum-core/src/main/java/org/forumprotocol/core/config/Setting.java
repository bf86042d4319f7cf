package org.forumprotocol.core.config;

/**
 * Every configuration variable Forum Protocol understands. An environment variable that starts with
 * {@code FORUM_} and is not listed here stops the start, because a mistyped name would otherwise be
 * silently ignored and the default used instead.
 */
public enum Setting {
    FORUM_DATA_DIR("./forum-data", "Directory for the embedded H2 database and other local data; created on first start.", false),
    FORUM_DB_URL("(H2 file under FORUM_DATA_DIR)", "JDBC URL of the database: jdbc:postgresql://host:5432/db for production, jdbc:h2:… otherwise.", false),
    FORUM_DB_USER("forum", "Database user.", false),
    FORUM_DB_PASSWORD("(empty)", "Database password.", true),
    FORUM_ADMIN_PASSWORD("(random, printed once)", "Password of the first 'admin' account, used only when no account exists yet (at least 10 characters).", true),
    FORUM_BASE_URL("http://localhost:8080", "The address people use to reach the application (links in mail, the host of Message-IDs); https:// marks session cookies Secure.", false),
    FORUM_SMTP_HOST("(none: mail waits in the outbox)", "SMTP server host name.", false),
    FORUM_SMTP_PORT("25", "SMTP server port (1–65535).", false),
    FORUM_SMTP_USER("(none)", "SMTP user name, when the server needs authentication.", false),
    FORUM_SMTP_PASSWORD("(none)", "SMTP password.", true),
    FORUM_SMTP_STARTTLS("false", "Require STARTTLS on the SMTP connection (true/false).", false),
    FORUM_SMTP_FROM("protocol@localhost", "Sender of outgoing mail, an address with an optional display name: Protocol Office <protocol@example.kz>.", false),
    FORUM_LOGIN_MAX_FAILURES("5", "Failed logins in a row after which an account is slowed down (1–100).", false),
    FORUM_DEMO("false", "Load demonstration data (the Central Asia – Korea II forum in Turkestan, an official visit in Karaganda, a signed and archived memorandum of two universities) into an empty database (true/false).", false),
    FORUM_TSA_URL("(none: signatures are PAdES-B-B)", "RFC 3161 timestamp authority (http:// or https://) that timestamps every signature made here, making it PAdES-B-T.", false),
    FORUM_TRUST_ANCHORS("(none: every signature is reported untrusted)", "Directory of CA certificates (PEM or DER, one or more a file) whose certificates the verification report calls trusted.", false),
    FORUM_TEST_DB_URL("(none)", "Tests only: a PostgreSQL URL; the persistence tests then create and drop their own database there.", false);

    private final String defaultDescription;
    private final String description;
    private final boolean secret;

    Setting(String defaultDescription, String description, boolean secret) {
        this.defaultDescription = defaultDescription;
        this.description = description;
        this.secret = secret;
    }

    /** The MicroProfile Config name: also matched by the environment variable of this setting's name. */
    public String propertyName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }

    public String defaultDescription() {
        return defaultDescription;
    }

    public String description() {
        return description;
    }

    public boolean secret() {
        return secret;
    }

    static boolean isKnown(String environmentName) {
        for (Setting s : values()) {
            if (s.name().equals(environmentName)) {
                return true;
            }
        }
        return false;
    }
}
