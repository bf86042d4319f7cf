package org.forumprotocol.core.config;

import java.nio.file.Path;

/** Where the database is. The password is kept out of {@link #toString()} so it never reaches a log. */
public record DatabaseSettings(String url, String user, String password) {

    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("forum").toString().replace('\\', '/');
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials that a URL may carry, fit for a log line. */
    public String displayUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + displayUrl() + ", user=" + user + "]";
    }
}
