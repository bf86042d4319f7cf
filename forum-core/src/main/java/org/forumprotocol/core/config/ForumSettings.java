package org.forumprotocol.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one place that reads configuration. Values come from MicroProfile Config (environment variables,
 * system properties, defaults) and are validated together, so a start with bad values fails once, naming
 * every variable that is wrong.
 */
public final class ForumSettings {
    private final Path dataDir;
    private final DatabaseSettings database;
    private final Optional<String> adminPassword;
    private final URI publicUrl;
    private final MailSettings mail;
    private final int loginMaxFailures;
    private final boolean demo;
    private final Optional<URI> tsaUrl;
    private final Optional<Path> trustAnchorDirectory;
    private final List<X509Certificate> trustAnchors;

    private ForumSettings(Function<Setting, Optional<String>> source, Iterable<String> environmentNames) {
        List<String> problems = new ArrayList<>();
        for (String name : environmentNames) {
            if (name.startsWith("FORUM_") && !Setting.isKnown(name)) {
                problems.add(name + ": unknown variable (known: see README, e.g. " + closest(name) + ")");
            }
        }
        Reader r = new Reader(source, problems);
        dataDir = Path.of(r.text(Setting.FORUM_DATA_DIR).orElse("./forum-data")).toAbsolutePath().normalize();
        String url = r.text(Setting.FORUM_DB_URL).orElse(DatabaseSettings.h2Url(dataDir));
        database = new DatabaseSettings(url, r.text(Setting.FORUM_DB_USER).orElse("forum"),
                r.text(Setting.FORUM_DB_PASSWORD).orElse(""));
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            // displayUrl(): the message is logged, and a URL may carry a password.
            problems.add(Setting.FORUM_DB_URL.name() + ": must start with jdbc:postgresql: or jdbc:h2:, not '"
                    + database.displayUrl() + "'");
        }
        adminPassword = r.text(Setting.FORUM_ADMIN_PASSWORD);
        if (adminPassword.isPresent() && adminPassword.get().length() < 10) {
            problems.add(Setting.FORUM_ADMIN_PASSWORD.name() + ": must have at least 10 characters");
        }
        publicUrl = r.url(Setting.FORUM_BASE_URL, "http://localhost:8080");
        InternetAddress from = r.mailbox(Setting.FORUM_SMTP_FROM, "protocol@localhost");
        mail = new MailSettings(r.text(Setting.FORUM_SMTP_HOST), r.integer(Setting.FORUM_SMTP_PORT, 25, 1, 65535),
                r.text(Setting.FORUM_SMTP_USER), r.text(Setting.FORUM_SMTP_PASSWORD),
                r.bool(Setting.FORUM_SMTP_STARTTLS, false), from.getAddress(), Optional.ofNullable(from.getPersonal()));
        loginMaxFailures = r.integer(Setting.FORUM_LOGIN_MAX_FAILURES, 5, 1, 100);
        demo = r.bool(Setting.FORUM_DEMO, false);
        tsaUrl = r.text(Setting.FORUM_TSA_URL).map(v -> r.url(Setting.FORUM_TSA_URL, v));
        trustAnchorDirectory = r.text(Setting.FORUM_TRUST_ANCHORS).map(v -> Path.of(v).toAbsolutePath().normalize());
        trustAnchors = trustAnchorDirectory.map(d -> certificates(d, problems)).orElse(List.of());
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    /** Reads and validates the configuration of this process. */
    public static ForumSettings load() {
        Config config = ConfigProvider.getConfig(ForumSettings.class.getClassLoader());
        return new ForumSettings(s -> config.getOptionalValue(s.propertyName(), String.class),
                System.getenv().keySet());
    }

    /** Settings from explicit values, keyed by variable name; for tests and tools. */
    public static ForumSettings of(Map<String, String> values) {
        return new ForumSettings(s -> Optional.ofNullable(values.get(s.name())).filter(v -> !v.isBlank()),
                values.keySet());
    }

    public Path dataDir() {
        return dataDir;
    }

    public DatabaseSettings database() {
        return database;
    }

    public Optional<String> adminPassword() {
        return adminPassword;
    }

    /** FORUM_BASE_URL: the address people use, for links in mail and pages. */
    public URI publicUrl() {
        return publicUrl;
    }

    public boolean secureCookies() {
        return "https".equals(publicUrl.getScheme());
    }

    public MailSettings mail() {
        return mail;
    }

    public int loginMaxFailures() {
        return loginMaxFailures;
    }

    public boolean demo() {
        return demo;
    }

    /** FORUM_TSA_URL: the RFC 3161 timestamp authority for signatures made here, if any. */
    public Optional<URI> tsaUrl() {
        return tsaUrl;
    }

    /** FORUM_TRUST_ANCHORS: the directory the trusted CA certificates were read from, if configured. */
    public Optional<Path> trustAnchorDirectory() {
        return trustAnchorDirectory;
    }

    /** The CA certificates of FORUM_TRUST_ANCHORS, read and checked at start; empty when not configured. */
    public List<X509Certificate> trustAnchors() {
        return trustAnchors;
    }

    /**
     * Every certificate in the files of {@code directory} (not its subdirectories; hidden files skipped), PEM or
     * DER, several a file allowed. A file that holds none, or an empty directory, is a problem: an operator who
     * configures anchors means them to be used.
     */
    private static List<X509Certificate> certificates(Path directory, List<String> problems) {
        String name = Setting.FORUM_TRUST_ANCHORS.name();
        if (!Files.isDirectory(directory)) {
            problems.add(name + ": not a directory: " + directory);
            return List.of();
        }
        List<X509Certificate> all = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            problems.add(name + ": cannot read the directory " + directory + ": " + e.getMessage());
            return List.of();
        }
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("every Java platform reads X.509 certificates", e);
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Collection<? extends Certificate> read = factory.generateCertificates(in);
                if (read.isEmpty()) {
                    problems.add(name + ": " + file.getFileName() + " holds no certificate");
                }
                read.forEach(c -> all.add((X509Certificate) c));
            } catch (IOException | CertificateException | RuntimeException e) {
                problems.add(name + ": " + file.getFileName() + " is not an X.509 certificate in PEM or DER");
            }
        }
        if (files.isEmpty()) {
            problems.add(name + ": the directory " + directory + " holds no certificate files");
        }
        return List.copyOf(all);
    }

    private static String closest(String unknown) {
        Setting best = Setting.FORUM_DATA_DIR;
        int bestDistance = Integer.MAX_VALUE;
        for (Setting s : Setting.values()) {
            int d = distance(unknown, s.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        return best.name();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Reads typed values and records what is wrong instead of failing at the first problem. */
    private record Reader(Function<Setting, Optional<String>> source, List<String> problems) {
        Optional<String> text(Setting s) {
            return source.apply(s).map(String::strip).filter(v -> !v.isEmpty());
        }

        int integer(Setting s, int fallback, int min, int max) {
            Optional<String> v = text(s);
            if (v.isEmpty()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v.get());
                if (n < min || n > max) {
                    problems.add(s.name() + ": must be between " + min + " and " + max + ", not " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                problems.add(s.name() + ": must be a whole number, not '" + v.get() + "'");
                return fallback;
            }
        }

        boolean bool(Setting s, boolean fallback) {
            Optional<String> v = text(s);
            if (v.isEmpty()) {
                return fallback;
            }
            switch (v.get().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "on":
                    return true;
                case "false", "no", "0", "off":
                    return false;
                default:
                    problems.add(s.name() + ": must be true or false, not '" + v.get() + "'");
                    return fallback;
            }
        }

        /**
         * One mailbox as RFC 5322 writes it, strictly: an address, optionally with a display name in any
         * script. The address itself must be ASCII, because a UTF-8 one needs SMTPUTF8 from every server
         * on the way.
         */
        InternetAddress mailbox(Setting s, String fallback) {
            String v = text(s).orElse(fallback);
            try {
                InternetAddress[] parsed = InternetAddress.parse(v, true);
                if (parsed.length != 1) {
                    problems.add(s.name() + ": must be one address, not " + parsed.length + ": '" + v + "'");
                } else {
                    parsed[0].validate();
                    if (!parsed[0].getAddress().chars().allMatch(c -> c < 128)) {
                        problems.add(s.name() + ": the address must be ASCII (a display name may be in any script): '" + v + "'");
                    }
                    return parsed[0];
                }
            } catch (AddressException e) {
                problems.add(s.name() + ": not an e-mail address such as Protocol Office <protocol@example.kz>: '" + v
                        + "' (" + e.getMessage().replaceAll(" in string .*", "") + ")");
            }
            try {
                return new InternetAddress(fallback, true);
            } catch (AddressException e) {
                throw new IllegalStateException(e);
            }
        }

        URI url(Setting s, String fallback) {
            String v = text(s).orElse(fallback);
            try {
                URI uri = new URI(v);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    problems.add(s.name() + ": must be an absolute http:// or https:// address, not '" + v + "'");
                }
                return uri;
            } catch (URISyntaxException e) {
                problems.add(s.name() + ": not a valid address: '" + v + "'");
                return URI.create(fallback);
            }
        }
    }
}
