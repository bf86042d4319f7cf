package org.forumprotocol.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API, security and error contract of the real WAR in a real Payara Micro. One broad class,
 * because every in-container class costs a server start.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {
    private static final String ADMIN_PASSWORD = "arquillian-admin-1";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL deployed;

    private String base;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("forum.war")));
    }

    @BeforeEach
    void base() {
        // Arquillian may report the machine's interface address; the server listens on every address.
        base = "http://localhost:" + deployed.getPort() + deployed.getPath().replaceAll("/$", "");
    }

    @Test
    void callerSeesOwnAccountAndRoles() throws Exception {
        HttpResponse<String> me = get("/api/me", "admin", ADMIN_PASSWORD);
        assertThat(me.statusCode()).isEqualTo(200);
        JsonObject body = json(me);
        assertThat(body.getString("username")).isEqualTo("admin");
        assertThat(body.getJsonArray("roles").getString(0)).isEqualTo("ADMIN");
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithChallengeAndProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/me")).GET(), null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertProblem(response, 401);

        HttpResponse<String> wrong = get("/api/me", "admin", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertProblem(wrong, 401);
    }

    @Test
    void pagesRedirectStrangersToTheLoginPage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/index.xhtml")).GET(), null, null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml?next="));
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login.xhtml")).GET(), null, null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void adminCreatesAnOfficerWhoCannotManageAccounts() throws Exception {
        String name = unique("officer");
        HttpResponse<String> created = post("/api/accounts", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + name + "\",\"password\":\"officer-pass-1\",\"roles\":[\"OFFICER\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/accounts/" + name));
        assertThat(json(created).getJsonArray("roles").getString(0)).isEqualTo("OFFICER");
        assertThat(created.body()).doesNotContain("officer-pass-1").doesNotContain("PBKDF2");

        HttpResponse<String> me = get("/api/me", name, "officer-pass-1");
        assertThat(json(me).getJsonArray("roles").getString(0)).isEqualTo("OFFICER");

        HttpResponse<String> forbidden = get("/api/accounts", name, "officer-pass-1");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertProblem(forbidden, 403);

        HttpResponse<String> duplicate = post("/api/accounts", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + name.toUpperCase() + "\",\"password\":\"officer-pass-1\",\"roles\":[\"OFFICER\"]}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(fieldErrors(duplicate)).contains("username");

        HttpResponse<String> list = get("/api/accounts", "admin", ADMIN_PASSWORD);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"" + name + "\"");
    }

    @Test
    void invalidInputGetsFieldErrorsAndChangesNothing() throws Exception {
        HttpResponse<String> blank = post("/api/accounts", "admin", ADMIN_PASSWORD, "{\"username\":\"\",\"password\":\"\",\"roles\":[]}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertProblem(blank, 400);
        assertThat(fieldErrors(blank)).contains("username", "password", "roles");

        String name = unique("x");
        HttpResponse<String> weak = post("/api/accounts", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + name + "\",\"password\":\"short\",\"roles\":[\"OFFICER\"]}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(weak)).contains("password");

        HttpResponse<String> role = post("/api/accounts", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + name + "\",\"password\":\"long-enough-1\",\"roles\":[\"KING\"]}");
        assertThat(role.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(role)).contains("roles");

        HttpResponse<String> tooLong = post("/api/accounts", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + "a".repeat(300) + "\",\"password\":\"long-enough-1\",\"roles\":[\"OFFICER\"]}");
        assertThat(tooLong.statusCode()).isEqualTo(400);

        HttpResponse<String> broken = post("/api/accounts", "admin", ADMIN_PASSWORD, "{\"username\":");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertProblem(broken, 400);

        HttpResponse<String> noBody = post("/api/accounts", "admin", ADMIN_PASSWORD, "");
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertProblem(noBody, 400);

        HttpResponse<String> text = send(HttpRequest.newBuilder(uri("/api/accounts"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")), "admin", ADMIN_PASSWORD);
        assertThat(text.statusCode()).isEqualTo(415);
        assertProblem(text, 415);

        HttpResponse<String> method = send(HttpRequest.newBuilder(uri("/api/me")).DELETE(), "admin", ADMIN_PASSWORD);
        assertThat(method.statusCode()).isEqualTo(405);
        assertProblem(method, 405);

        HttpResponse<String> missing = get("/api/does-not-exist", "admin", ADMIN_PASSWORD);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertProblem(missing, 404);

        assertThat(get("/api/accounts/" + name, "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(get("/api/audit?entityId=" + name, "admin", ADMIN_PASSWORD).body()).contains("\"total\":0");
    }

    @Test
    void staleUpdatesConflictAndFreshOnesApply() throws Exception {
        String name = unique("editor");
        HttpResponse<String> created = post("/api/accounts", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + name + "\",\"password\":\"editor-pass-1\",\"roles\":[\"OFFICER\"]}");
        long version = json(created).getJsonNumber("version").longValue();

        HttpResponse<String> updated = put("/api/accounts/" + name, "{\"roles\":[\"OFFICER\",\"ARCHIVIST\"],\"version\":" + version + "}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).getJsonNumber("version").longValue()).isGreaterThan(version);
        assertThat(json(updated).getJsonArray("roles")).hasSize(2);

        HttpResponse<String> stale = put("/api/accounts/" + name, "{\"roles\":[\"ARCHIVIST\"],\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertProblem(stale, 409);
        assertThat(json(get("/api/accounts/" + name, "admin", ADMIN_PASSWORD)).getJsonArray("roles")).hasSize(2);

        HttpResponse<String> staleByHeader = send(HttpRequest.newBuilder(uri("/api/accounts/" + name))
                .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")), "admin", ADMIN_PASSWORD);
        assertThat(staleByHeader.statusCode()).isEqualTo(409);

        HttpResponse<String> disabled = put("/api/accounts/" + name, "{\"enabled\":false}");
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(get("/api/me", name, "editor-pass-1").statusCode()).isEqualTo(401);

        HttpResponse<String> audit = get("/api/audit?entityType=Account&entityId=" + name, "admin", ADMIN_PASSWORD);
        JsonArray entries = json(audit).getJsonArray("entries");
        assertThat(entries).hasSize(3);
        assertThat(entries.getJsonObject(0).getString("summary")).contains("enabled: true → false");
        assertThat(entries.getJsonObject(0).getString("actor")).isEqualTo("admin");
        assertThat(entries.getJsonObject(2).getString("action")).isEqualTo("CREATE");
        assertThat(audit.body()).doesNotContain("editor-pass-1");
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() throws Exception {
        HttpResponse<String> disable = put("/api/accounts/admin", "{\"enabled\":false}");
        assertThat(disable.statusCode()).isEqualTo(409);
        assertThat(json(disable).getString("detail")).contains("administrator");
        assertThat(get("/api/me", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void usersChangeTheirOwnPassword() throws Exception {
        String name = unique("archivist");
        post("/api/accounts", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + name + "\",\"password\":\"first-pass-1\",\"roles\":[\"ARCHIVIST\"]}");
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/me/password")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"nope-nope-1\",\"newPassword\":\"second-pass-2\"}")), name, "first-pass-1");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(wrong)).contains("currentPassword");

        HttpResponse<String> changed = send(HttpRequest.newBuilder(uri("/api/me/password")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"first-pass-1\",\"newPassword\":\"second-pass-2\"}")), name, "first-pass-1");
        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(get("/api/me", name, "first-pass-1").statusCode()).isEqualTo(401);
        assertThat(get("/api/me", name, "second-pass-2").statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedFailedLoginsAreSlowedDown() throws Exception {
        String name = unique("target");
        post("/api/accounts", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + name + "\",\"password\":\"right-pass-1\",\"roles\":[\"OFFICER\"]}");
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/me", name, "wrong-pass-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> slowed = get("/api/me", name, "right-pass-1");
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
        assertProblem(slowed, 429);
        assertThat(json(get("/api/audit?action=LOGIN_SLOWED&entityId=" + name, "admin", ADMIN_PASSWORD)).getInt("total")).isEqualTo(1);
    }

    @Test
    void auditFiltersAreValidated() throws Exception {
        HttpResponse<String> bad = get("/api/audit?from=yesterday", "admin", ADMIN_PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(bad)).contains("from");
        HttpResponse<String> paged = get("/api/audit?limit=1", "admin", ADMIN_PASSWORD);
        assertThat(json(paged).getJsonArray("entries")).hasSize(1);
        assertThat(json(paged).getInt("total")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void healthAndOpenApiAreServed() throws Exception {
        HttpResponse<String> ready = send(HttpRequest.newBuilder(URI.create("http://localhost:" + deployed.getPort() + "/health/ready")).GET(), null, null);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
        HttpResponse<String> openapi = send(HttpRequest.newBuilder(URI.create("http://localhost:" + deployed.getPort() + "/openapi")).GET(), null, null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/accounts").contains("Forum Protocol API");
    }

    // --- helpers ---

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password);
    }

    private HttpResponse<String> post(String path, String user, String password, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user, password);
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), "admin", ADMIN_PASSWORD);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String user, String password) throws Exception {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static java.util.List<String> fieldErrors(HttpResponse<String> response) {
        return json(response).getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("field")).toList();
    }
}
