package org.forumprotocol.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The uber jar on PostgreSQL, as in production: a database of its own on the server that FORUM_TEST_DB_URL
 * names (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), created here and dropped again.
 */
class PostgreSqlEndToEndIT {
    static final String NOT_RUN = "FORUM_TEST_DB_URL not set: PostgreSQL end-to-end test not run";
    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(?:\\?(.*))?");
    private static final String ADMIN_PASSWORD = "e2e-admin-secret";

    private String serverUrl;
    private String database;
    private String databaseUrl;
    private Map<String, String> credentials;

    /**
     * Called first in the test, not in a {@code @BeforeAll}: failsafe counts a test aborted by an assumption
     * as skipped, with the message in its report, but a class aborted in {@code @BeforeAll} as no test at all.
     */
    private void createDatabase() throws SQLException {
        String url = System.getenv("FORUM_TEST_DB_URL");
        // Skipped, never silently passed. The CI script (.ci/run) always sets FORUM_TEST_DB_URL, so there this
        // test always runs; only a developer machine without PostgreSQL skips it. Failsafe hands over an empty
        // value, or in some versions the unresolved "${env.FORUM_TEST_DB_URL}", when the variable is not set.
        boolean configured = url != null && !url.isBlank() && !url.startsWith("${");
        if (!configured) {
            // Failsafe reports the reason of a skip only in its report files; the build log should say it too.
            System.err.println("[SKIPPED] " + NOT_RUN);
        }
        Assumptions.assumeTrue(configured, NOT_RUN);
        serverUrl = url.strip();
        Matcher m = POSTGRES_URL.matcher(serverUrl);
        assertThat(m.matches()).as("FORUM_TEST_DB_URL must be a jdbc:postgresql:// URL").isTrue();
        Map<String, String> params = queryParameters(m.group(3));
        database = "forum_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, "CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        // Other parameters (sslmode and the like) stay; user and password go to their own variables below.
        String otherParameters = m.group(3) == null ? "" : Pattern.compile("&").splitAsStream(m.group(3))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
                .collect(Collectors.joining("&"));
        databaseUrl = m.group(1) + "/" + database + (otherParameters.isEmpty() ? "" : "?" + otherParameters);
        // The application takes user and password from their own variables: a user in the URL would be overridden.
        credentials = new HashMap<>();
        credentials.put("FORUM_DB_URL", databaseUrl);
        // Without a user in the URL, the driver uses the operating system's user name; so does the test.
        credentials.put("FORUM_DB_USER", params.getOrDefault("user", System.getProperty("user.name")));
        if (params.containsKey("password")) {
            credentials.put("FORUM_DB_PASSWORD", params.get("password"));
        }
        credentials.put("FORUM_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    private void dropDatabase() throws SQLException {
        if (database != null) {
            // FORCE: a process that was killed may still hold connections for a moment.
            execute(serverUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void runsOnPostgreSqlAndKeepsItsDataAcrossARestart() throws SQLException {
        try {
            createDatabase();
            runAndRestart();
        } finally {
            dropDatabase();
        }
    }

    private void runAndRestart() throws SQLException {
        Path workDir = ForumProcess.newWorkDir("postgresql");
        try (ForumProcess first = ForumProcess.startReady("forum-postgresql", workDir, credentials)) {
            HttpResponse<String> ready = Api.anonymous(first).get("/health/ready");
            assertThat(ready.statusCode()).as(Api.describe(ready)).isEqualTo(200);
            assertThat(ready.body()).as("the database check names the product").contains("PostgreSQL");

            HttpResponse<String> me = Api.as(first, "admin", ADMIN_PASSWORD).get("/api/me");
            assertThat(me.statusCode()).as(Api.describe(me)).isEqualTo(200);
            assertThat(Api.json(me).getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("ADMIN");

            assertThat(appliedMigrations()).as("successful rows in flyway_schema_history of " + database).isPositive();

            HttpResponse<String> created = Api.as(first, "admin", ADMIN_PASSWORD).postJson("/api/accounts",
                    "{\"username\":\"pg-archivist\",\"password\":\"pg-archivist-secret\",\"roles\":[\"ARCHIVIST\"]}");
            assertThat(created.statusCode()).as(Api.describe(created)).isEqualTo(201);
            first.stop();
        }

        try (ForumProcess second = ForumProcess.startReady("forum-postgresql-restarted", workDir, credentials)) {
            HttpResponse<String> me = Api.as(second, "pg-archivist", "pg-archivist-secret").get("/api/me");
            assertThat(me.statusCode()).as("the account created before the restart signs in: " + Api.describe(me))
                    .isEqualTo(200);
            JsonObject body = Api.json(me);
            assertThat(body.getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("ARCHIVIST");
            assertThat(second.output()).as("the log names the database, not the H2 default%s", second.describeOutput())
                    .contains("database: " + databaseUrl);
            second.stop();
        }
    }

    @Test
    void twoInstancesOnOneDatabaseServeTheSameSignedInUser() throws Exception {
        try {
            createDatabase();
            String cluster = "forum-e2e-pair-" + UUID.randomUUID();
            try (ForumProcess a = ForumProcess.start("forum-pair-a", ForumProcess.newWorkDir("pair-a"), credentials, cluster);
                 ForumProcess b = ForumProcess.start("forum-pair-b", ForumProcess.newWorkDir("pair-b"), credentials, cluster)) {
                a.awaitReady();
                b.awaitReady();
                HttpResponse<String> created = Api.as(a, "admin", ADMIN_PASSWORD).postJson("/api/accounts",
                        "{\"username\":\"pair-officer\",\"password\":\"pair-officer-secret\",\"roles\":[\"OFFICER\"]}");
                assertThat(created.statusCode()).as(Api.describe(created)).isEqualTo(201);

                // A browser-like client: one cookie store for both instances, as behind a load balancer.
                HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                String loginPage = browser.send(HttpRequest.newBuilder(a.uri("/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(loginPage);
                assertThat(viewState.find()).as("the login page has a Faces form").isTrue();
                String form = Map.of("login", "login", "login:username", "pair-officer", "login:password", "pair-officer-secret",
                                "login:submit", "", "jakarta.faces.ViewState", viewState.group(1)).entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
                HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(a.uri("/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(signedIn.statusCode()).as("signed in on A: " + Api.describe(signedIn)).isEqualTo(302);

                // The session was made on A; B knows it once the data grid has replicated it.
                HttpResponse<String> onB = awaitPage(browser, b, "/index.xhtml", r -> r.statusCode() == 200);
                assertThat(onB.body()).as("B shows the user signed in on A").contains("id=\"signed-in-user\">pair-officer<");

                // Disabled on B: the very next request on A no longer lets the session in.
                JsonObject officer = Api.json(Api.as(b, "admin", ADMIN_PASSWORD).get("/api/accounts/pair-officer"));
                HttpResponse<String> disabled = Api.as(b, "admin", ADMIN_PASSWORD).putJson("/api/accounts/pair-officer",
                        "{\"enabled\":false,\"version\":" + officer.getJsonNumber("version").longValue() + "}");
                assertThat(disabled.statusCode()).as(Api.describe(disabled)).isEqualTo(200);
                HttpResponse<String> onA = browser.send(HttpRequest.newBuilder(a.uri("/index.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(onA.statusCode()).as("A sends the disabled user to the login page").isEqualTo(302);
                assertThat(onA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
            }
        } finally {
            dropDatabase();
        }
    }

    /** Polls with a deadline: replication between instances is asynchronous. */
    private static HttpResponse<String> awaitPage(HttpClient client, ForumProcess forum, String path,
                                                  java.util.function.Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        HttpResponse<String> last;
        do {
            last = client.send(HttpRequest.newBuilder(forum.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            if (done.test(last)) {
                return last;
            }
            // Wait for the other instance's answer to change, not for a fixed time.
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(250, TimeUnit.MILLISECONDS)).join();
        } while (System.nanoTime() < deadline);
        return last;
    }

    private int appliedMigrations() throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl, credentials.get("FORUM_DB_USER"),
                credentials.getOrDefault("FORUM_DB_PASSWORD", ""));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Map<String, String> queryParameters(String query) {
        Map<String, String> params = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }
}
