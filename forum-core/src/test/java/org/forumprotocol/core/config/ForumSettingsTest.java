package org.forumprotocol.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ForumSettingsTest {

    @Test
    void defaultsNeedNoConfigurationAtAll() {
        ForumSettings s = ForumSettings.of(Map.of());

        Path expectedDir = Path.of("forum-data").toAbsolutePath().normalize();
        assertThat(s.dataDir()).isAbsolute().isEqualTo(expectedDir);
        assertThat(s.database().url())
                .isEqualTo("jdbc:h2:file:" + expectedDir.resolve("db").resolve("forum").toString().replace('\\', '/'));
        assertThat(s.database().isPostgreSql()).isFalse();
        assertThat(s.database().user()).isEqualTo("forum");
        assertThat(s.database().password()).isEmpty();
        assertThat(s.adminPassword()).isEmpty();
        assertThat(s.publicUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(s.secureCookies()).isFalse();
        assertThat(s.mail().configured()).isFalse();
        assertThat(s.mail().port()).isEqualTo(25);
        assertThat(s.mail().startTls()).isFalse();
        assertThat(s.mail().fromAddress()).isEqualTo("protocol@localhost");
        assertThat(s.mail().fromName()).isEmpty();
        assertThat(s.loginMaxFailures()).isEqualTo(5);
    }

    @Test
    void explicitValuesAreUsed() {
        ForumSettings s = ForumSettings.of(Map.ofEntries(
                Map.entry("FORUM_DATA_DIR", "target/../target/forum-settings-test"),
                Map.entry("FORUM_DB_URL", " jdbc:postgresql://db.example:5432/forum "),
                Map.entry("FORUM_DB_USER", "protocol"),
                Map.entry("FORUM_DB_PASSWORD", "db-secret"),
                Map.entry("FORUM_ADMIN_PASSWORD", "first-admin-password"),
                Map.entry("FORUM_BASE_URL", "https://forum.example.kz"),
                Map.entry("FORUM_SMTP_HOST", "smtp.example.kz"),
                Map.entry("FORUM_SMTP_PORT", "587"),
                Map.entry("FORUM_SMTP_USER", "mailer"),
                Map.entry("FORUM_SMTP_PASSWORD", "smtp-secret"),
                Map.entry("FORUM_SMTP_STARTTLS", "yes"),
                Map.entry("FORUM_SMTP_FROM", " Protocol Office <protocol@example.kz> "),
                Map.entry("FORUM_LOGIN_MAX_FAILURES", "3"),
                Map.entry("FORUM_TEST_DB_URL", "jdbc:postgresql://localhost/test")));

        assertThat(s.dataDir()).isAbsolute().isEqualTo(Path.of("target/forum-settings-test").toAbsolutePath().normalize());
        assertThat(s.database()).isEqualTo(new DatabaseSettings("jdbc:postgresql://db.example:5432/forum", "protocol", "db-secret"));
        assertThat(s.database().isPostgreSql()).isTrue();
        assertThat(s.adminPassword()).contains("first-admin-password");
        assertThat(s.publicUrl()).isEqualTo(URI.create("https://forum.example.kz"));
        assertThat(s.secureCookies()).isTrue();
        assertThat(s.mail().configured()).isTrue();
        assertThat(s.mail().host()).contains("smtp.example.kz");
        assertThat(s.mail().port()).isEqualTo(587);
        assertThat(s.mail().user()).contains("mailer");
        assertThat(s.mail().startTls()).isTrue();
        assertThat(s.mail().fromAddress()).isEqualTo("protocol@example.kz");
        assertThat(s.mail().fromName()).contains("Protocol Office");
        assertThat(s.mail().from().toString()).isEqualTo("Protocol Office <protocol@example.kz>");
        assertThat(s.mail().toString()).doesNotContain("smtp-secret").contains("Protocol Office <protocol@example.kz>");
        assertThat(s.loginMaxFailures()).isEqualTo(3);
    }

    @Test
    void blankValuesMeanTheDefault() {
        ForumSettings s = ForumSettings.of(Map.of("FORUM_SMTP_PORT", "  ", "FORUM_BASE_URL", ""));

        assertThat(s.mail().port()).isEqualTo(25);
        assertThat(s.publicUrl()).isEqualTo(URI.create("http://localhost:8080"));
    }

    @Test
    void theSmtpPortMustBeANumberInRange() {
        assertThat(problems(Map.of("FORUM_SMTP_PORT", "abc")))
                .singleElement().asString().startsWith("FORUM_SMTP_PORT:").contains("'abc'");
        assertThat(problems(Map.of("FORUM_SMTP_PORT", "70000")))
                .singleElement().asString().startsWith("FORUM_SMTP_PORT:").contains("65535").contains("70000");
        assertThat(problems(Map.of("FORUM_SMTP_PORT", "0"))).singleElement().asString().startsWith("FORUM_SMTP_PORT:");
        assertThat(ForumSettings.of(Map.of("FORUM_SMTP_PORT", "1")).mail().port()).isEqualTo(1);
        assertThat(ForumSettings.of(Map.of("FORUM_SMTP_PORT", "65535")).mail().port()).isEqualTo(65535);

        ConfigurationException e = refused(Map.of("FORUM_SMTP_PORT", "70000"));
        assertThat(e.getMessage()).contains("FORUM_SMTP_PORT");
    }

    @Test
    void otherNumbersAndSwitchesAreChecked() {
        assertThat(problems(Map.of("FORUM_LOGIN_MAX_FAILURES", "0"))).singleElement().asString().startsWith("FORUM_LOGIN_MAX_FAILURES:");
        assertThat(problems(Map.of("FORUM_LOGIN_MAX_FAILURES", "101"))).singleElement().asString().startsWith("FORUM_LOGIN_MAX_FAILURES:");
        assertThat(problems(Map.of("FORUM_SMTP_STARTTLS", "maybe"))).singleElement().asString().startsWith("FORUM_SMTP_STARTTLS:").contains("'maybe'");
        assertThat(problems(Map.of("FORUM_SMTP_STARTTLS", "2"))).singleElement().asString().startsWith("FORUM_SMTP_STARTTLS:");
        assertThat(ForumSettings.of(Map.of("FORUM_SMTP_STARTTLS", "FALSE")).mail().startTls()).isFalse();
        assertThat(ForumSettings.of(Map.of("FORUM_SMTP_STARTTLS", "1")).mail().startTls()).isTrue();
    }

    @Test
    void theSenderIsOneStrictRfc5322MailboxWhoseNameMayBeInAnyScript() {
        MailSettings kazakh = ForumSettings.of(Map.of("FORUM_SMTP_FROM", "Хаттама бөлімі <protocol@example.kz>")).mail();
        assertThat(kazakh.fromName()).contains("Хаттама бөлімі");
        assertThat(kazakh.fromDisplay()).isEqualTo("Хаттама бөлімі <protocol@example.kz>");
        // In a header the name travels as RFC 2047 UTF-8 words, never as raw bytes.
        assertThat(kazakh.from().toString()).startsWith("=?UTF-8?").endsWith("?= <protocol@example.kz>");
        assertThat(ForumSettings.of(Map.of("FORUM_SMTP_FROM", "\"의전실, 투르키스탄\" <protocol@example.kz>")).mail().fromName())
                .contains("의전실, 투르키스탄");
        assertThat(ForumSettings.of(Map.of("FORUM_SMTP_FROM", "<protocol@example.kz>")).mail().fromDisplay()).isEqualTo("protocol@example.kz");

        for (String bad : new String[]{"protocol office", "protocol@", "@example.kz", "Office <protocol>", "a@b@c",
                "x@example.kz, y@example.kz", "Office protocol@example.kz", "протокол@example.kz"}) {
            assertThat(problems(Map.of("FORUM_SMTP_FROM", bad))).as(bad).singleElement().asString()
                    .startsWith("FORUM_SMTP_FROM:").contains(bad);
        }
    }

    @Test
    void anUnknownForumVariableIsRefusedWithTheLikelyIntendedOne() {
        assertThat(problems(Map.of("FORUM_DB_ULR", "jdbc:postgresql://db/forum")))
                .singleElement().asString().startsWith("FORUM_DB_ULR:").contains("unknown").contains("FORUM_DB_URL");
        // The names before the mail issue fixed them are mistakes now, and the message says what is meant.
        assertThat(problems(Map.of("FORUM_MAIL_FROM", "protocol@example.kz")))
                .singleElement().asString().startsWith("FORUM_MAIL_FROM:").contains("unknown").contains("FORUM_SMTP_FROM");
        assertThat(problems(Map.of("FORUM_PUBLIC_URL", "https://forum.example.kz")))
                .singleElement().asString().startsWith("FORUM_PUBLIC_URL:").contains("unknown");
        assertThat(problems(Map.of("FORUM_SMTP_HOTS", "smtp.example.kz")))
                .singleElement().asString().startsWith("FORUM_SMTP_HOTS:").contains("FORUM_SMTP_HOST");
        assertThat(problems(Map.of("FORUM_ADMIN_PASSWROD", "first-admin-password")))
                .singleElement().asString().startsWith("FORUM_ADMIN_PASSWROD:").contains("FORUM_ADMIN_PASSWORD")
                .doesNotContain("first-admin-password");
        // Other variables are none of Forum Protocol's business.
        assertThat(ForumSettings.of(Map.of("PATH", "/usr/bin", "forum_db_ulr", "x", "JAVA_HOME", "/opt/java")).mail().port()).isEqualTo(25);
    }

    @Test
    void theDatabaseUrlMustBeH2OrPostgreSql() {
        assertThat(problems(Map.of("FORUM_DB_URL", "jdbc:mysql://db/forum")))
                .singleElement().asString().startsWith("FORUM_DB_URL:").contains("jdbc:postgresql:").contains("jdbc:h2:");
        assertThat(problems(Map.of("FORUM_DB_URL", "postgresql://db/forum"))).singleElement().asString().startsWith("FORUM_DB_URL:");
        assertThat(ForumSettings.of(Map.of("FORUM_DB_URL", "jdbc:h2:mem:x")).database().isPostgreSql()).isFalse();
    }

    @Test
    void aRefusedDatabaseUrlIsNotEchoedWithItsPassword() {
        ConfigurationException e = refused(Map.of("FORUM_DB_URL", "jdbc:mysql://db/forum?user=forum&password=hunter2-secret"));

        assertThat(e.getMessage()).contains("FORUM_DB_URL").contains("jdbc:mysql://db/forum").doesNotContain("hunter2-secret");
    }

    @Test
    void aShortAdminPasswordIsRefusedWithoutShowingIt() {
        ConfigurationException e = refused(Map.of("FORUM_ADMIN_PASSWORD", "123456789"));

        assertThat(e.problems()).singleElement().asString().startsWith("FORUM_ADMIN_PASSWORD:").contains("10");
        assertThat(e.getMessage()).doesNotContain("123456789");
        assertThat(ForumSettings.of(Map.of("FORUM_ADMIN_PASSWORD", "1234567890")).adminPassword()).contains("1234567890");
    }

    @Test
    void thePublicUrlMustBeAnAbsoluteHttpAddress() {
        assertThat(problems(Map.of("FORUM_BASE_URL", "not an address"))).singleElement().asString().startsWith("FORUM_BASE_URL:");
        assertThat(problems(Map.of("FORUM_BASE_URL", "ftp://forum.example.kz"))).singleElement().asString().startsWith("FORUM_BASE_URL:");
        assertThat(problems(Map.of("FORUM_BASE_URL", "/forum"))).singleElement().asString().startsWith("FORUM_BASE_URL:");
        assertThat(problems(Map.of("FORUM_BASE_URL", "https://"))).singleElement().asString().startsWith("FORUM_BASE_URL:");
        assertThat(ForumSettings.of(Map.of("FORUM_BASE_URL", "http://forum.example.kz:8080/")).secureCookies()).isFalse();
        assertThat(ForumSettings.of(Map.of("FORUM_BASE_URL", "https://forum.example.kz/protocol")).secureCookies()).isTrue();
    }

    @Test
    void allProblemsAreReportedTogether() {
        Map<String, String> values = new HashMap<>();
        values.put("FORUM_SMTP_PORT", "abc");
        values.put("FORUM_DB_ULR", "jdbc:postgresql://db/forum");
        values.put("FORUM_BASE_URL", "ftp://forum.example.kz");
        values.put("FORUM_ADMIN_PASSWORD", "short");
        values.put("FORUM_SMTP_STARTTLS", "maybe");

        ConfigurationException e = refused(values);

        assertThat(e.problems()).hasSize(5);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("FORUM_SMTP_PORT:"))
                .anySatisfy(p -> assertThat(p).startsWith("FORUM_DB_ULR:"))
                .anySatisfy(p -> assertThat(p).startsWith("FORUM_BASE_URL:"))
                .anySatisfy(p -> assertThat(p).startsWith("FORUM_ADMIN_PASSWORD:"))
                .anySatisfy(p -> assertThat(p).startsWith("FORUM_SMTP_STARTTLS:"));
        for (String problem : e.problems()) {
            assertThat(e.getMessage()).contains(problem);
        }
    }

    @Test
    void databaseSettingsNeverShowThePassword() {
        DatabaseSettings pg = new DatabaseSettings("jdbc:postgresql://db:5432/forum?user=forum&password=url-secret&ssl=true",
                "forum", "field-secret");
        assertThat(pg.displayUrl()).isEqualTo("jdbc:postgresql://db:5432/forum?user=forum&password=***&ssl=true");
        assertThat(pg.toString()).contains("jdbc:postgresql://db:5432/forum").contains("forum")
                .doesNotContain("url-secret").doesNotContain("field-secret");

        DatabaseSettings h2 = new DatabaseSettings("jdbc:h2:file:/srv/forum/db;PASSWORD=h2-secret;MODE=Regular", "sa", "field-secret");
        assertThat(h2.displayUrl()).isEqualTo("jdbc:h2:file:/srv/forum/db;PASSWORD=***;MODE=Regular");
        assertThat(h2.toString()).doesNotContain("h2-secret").doesNotContain("field-secret");

        DatabaseSettings last = new DatabaseSettings("jdbc:postgresql://db/forum?sslpassword=key-secret&Password=other-secret", "u", "p-secret");
        assertThat(last.toString()).doesNotContain("key-secret").doesNotContain("other-secret").doesNotContain("p-secret");

        DatabaseSettings plain = new DatabaseSettings("jdbc:h2:mem:test", "sa", "");
        assertThat(plain.displayUrl()).isEqualTo("jdbc:h2:mem:test");
    }

    @Test
    void everySettingHasAMicroProfileNameAndOnlyTheSecretOnesAreMarked() {
        assertThat(Setting.FORUM_DB_URL.propertyName()).isEqualTo("forum.db.url");
        assertThat(Setting.FORUM_LOGIN_MAX_FAILURES.propertyName()).isEqualTo("forum.login.max.failures");
        assertThat(java.util.Arrays.stream(Setting.values()).filter(Setting::secret))
                .containsExactlyInAnyOrder(Setting.FORUM_DB_PASSWORD, Setting.FORUM_ADMIN_PASSWORD, Setting.FORUM_SMTP_PASSWORD);
    }

    /** A self-signed CA certificate (openssl, EC P-256, valid to 2126), as an operator would put it in the directory. */
    private static final String CA_PEM = "-----BEGIN CERTIFICATE-----\n" +
            "MIIBoTCCAUegAwIBAgIUZiAwZFG6r71vF7ZfwhTipXVa3cEwCgYIKoZIzj0EAwIw\n" +
            "JTEWMBQGA1UEAwwNRm9ydW0gVGVzdCBDQTELMAkGA1UEBhMCS1owIBcNMjYxMTIy\n" +
            "MDYyNTA0WhgPMjEyNjEwMjkwNjI1MDRaMCUxFjAUBgNVBAMMDUZvcnVtIFRlc3Qg\n" +
            "Q0ExCzAJBgNVBAYTAktaMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqXYgB2ID\n" +
            "riUV5ZNBIwz54HcNkL0HnBMdXRqVC+ofcq3MnafQvbPnB0MGRfF/2RnodvdXOHtX\n" +
            "Y/nRnPYgnQZclqNTMFEwHQYDVR0OBBYEFAqvZg64TMsaK30IOlh+wgKcfA6EMB8G\n" +
            "A1UdIwQYMBaAFAqvZg64TMsaK30IOlh+wgKcfA6EMA8GA1UdEwEB/wQFMAMBAf8w\n" +
            "CgYIKoZIzj0EAwIDSAAwRQIgCDiwWY3JufmK4nYzS97Q6MsicREPe2bSshI4UTne\n" +
            "DmgCIQCGKAIq/z8+4lJnkKIzGNGAAqFvOHrCfA9FasRai9fC3w==\n" +
            "-----END CERTIFICATE-----\n";

    @Test
    void signingSettingsNameATimestampAuthorityAndADirectoryOfTrustedCertificates(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        ForumSettings none = ForumSettings.of(Map.of());
        assertThat(none.tsaUrl()).isEmpty();
        assertThat(none.trustAnchorDirectory()).isEmpty();
        assertThat(none.trustAnchors()).isEmpty();

        Path anchors = java.nio.file.Files.createDirectory(dir.resolve("anchors"));
        java.nio.file.Files.writeString(anchors.resolve("ca.pem"), CA_PEM + CA_PEM);
        String base64 = CA_PEM.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        java.nio.file.Files.write(anchors.resolve("ca.cer"), java.util.Base64.getDecoder().decode(base64));
        java.nio.file.Files.writeString(anchors.resolve(".hidden"), "not read");
        ForumSettings s = ForumSettings.of(Map.of("FORUM_TSA_URL", " http://tsa.example.kz/tsp ", "FORUM_TRUST_ANCHORS", anchors.toString()));
        assertThat(s.tsaUrl()).contains(URI.create("http://tsa.example.kz/tsp"));
        assertThat(s.trustAnchorDirectory()).contains(anchors.toAbsolutePath());
        assertThat(s.trustAnchors()).hasSize(3).allSatisfy(c -> assertThat(c.getSubjectX500Principal().getName()).contains("CN=Forum Test CA"));

        java.nio.file.Files.writeString(anchors.resolve("readme.txt"), "these are our CAs");
        assertThat(problems(Map.of("FORUM_TSA_URL", "ftp://tsa.example.kz", "FORUM_TRUST_ANCHORS", anchors.toString())))
                .anySatisfy(p -> assertThat(p).startsWith("FORUM_TSA_URL: must be an absolute http:// or https:// address"))
                .anySatisfy(p -> assertThat(p).isEqualTo("FORUM_TRUST_ANCHORS: readme.txt is not an X.509 certificate in PEM or DER"));
        assertThat(problems(Map.of("FORUM_TRUST_ANCHORS", dir.resolve("missing").toString())))
                .singleElement().satisfies(p -> assertThat(p).startsWith("FORUM_TRUST_ANCHORS: not a directory"));
        Path empty = java.nio.file.Files.createDirectory(dir.resolve("empty"));
        assertThat(problems(Map.of("FORUM_TRUST_ANCHORS", empty.toString())))
                .singleElement().satisfies(p -> assertThat(p).contains("holds no certificate files"));
    }

    private static ConfigurationException refused(Map<String, String> values) {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ForumSettings.of(values));
        assertThat(e).as("configuration %s should be refused", values.keySet()).isNotNull();
        return e;
    }

    private static java.util.List<String> problems(Map<String, String> values) {
        return refused(values).problems();
    }
}
