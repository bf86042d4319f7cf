package org.forumprotocol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

    // --- mail outbox (no SMTP server configured here: messages wait, as the embedded default promises) ---

    @Test
    void aNoticeWaitsInTheOutboxWithoutAMailServerAndCanBeDownloadedCancelledAndResent() throws Exception {
        String recipient = unique("jo") + "@example.kr";
        HttpResponse<String> created = post("/api/outbox", "admin", ADMIN_PASSWORD, "{\"recipient\":\"" + recipient + "\","
                + "\"name\":\"조태익 <script>alert(1)</script>\",\"language\":\"kk\",\"subject\":\"Хабарлама: бағдарлама өзгерді\","
                + "\"text\":\"Құрметті қонақ!\\n\\nПленарлық отырыс 11:00-де басталады <b>\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject notice = json(created);
        long id = notice.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/outbox/" + id));
        assertThat(notice.getString("state")).isEqualTo("QUEUED");
        assertThat(notice.getString("kind")).isEqualTo("NOTICE");
        assertThat(notice.getString("language")).isEqualTo("kk");
        assertThat(notice.getString("subject")).isEqualTo("Хабарлама: бағдарлама өзгерді");
        String messageId = notice.getString("messageId");
        assertThat(messageId).matches("<[0-9a-f-]{36}@localhost>");

        HttpResponse<String> list = get("/api/outbox?state=QUEUED&recipient=" + recipient.toUpperCase(), "admin", ADMIN_PASSWORD);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonObject page = json(list);
        assertThat(page.getBoolean("mailServerConfigured")).isFalse();
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getJsonArray("messages").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);

        HttpResponse<String> eml = get("/api/outbox/" + id + ".eml", "admin", ADMIN_PASSWORD);
        assertThat(eml.statusCode()).isEqualTo(200);
        assertThat(eml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("message/rfc822"));
        assertThat(eml.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("message-" + id + ".eml"));
        assertThat(eml.body()).contains("Message-ID: " + messageId).contains("Auto-Submitted: auto-generated")
                .contains("Content-Language: kk").containsPattern("Subject: =\\?UTF-8\\?[BQ]\\?")
                .contains("multipart/alternative").contains("text/html; charset=UTF-8");

        // Without a server, delivery is never scheduled (MailDelivery): the message waits as it was queued.
        JsonObject waiting = json(get("/api/outbox/" + id, "admin", ADMIN_PASSWORD));
        assertThat(waiting.getString("state")).isEqualTo("QUEUED");
        assertThat(waiting.getInt("attempts")).isZero();
        assertThat(waiting.getJsonArray("history")).isEmpty();

        HttpResponse<String> cancelled = post("/api/outbox/" + id + "/cancel", "admin", ADMIN_PASSWORD, "");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(json(cancelled).getString("state")).isEqualTo("CANCELLED");
        HttpResponse<String> resent = post("/api/outbox/" + id + "/resend", "admin", ADMIN_PASSWORD, "");
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(json(resent).getString("state")).isEqualTo("QUEUED");
        HttpResponse<String> again = post("/api/outbox/" + id + "/resend", "admin", ADMIN_PASSWORD, "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertProblem(again, 409);
        assertThat(json(again).getString("detail")).contains("QUEUED");

        HttpResponse<String> audit = get("/api/audit?entityType=OutboxMessage&entityId=" + id, "admin", ADMIN_PASSWORD);
        assertThat(json(audit).getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("action")).toList())
                .containsExactly("RESEND", "CANCEL", "QUEUE");
    }

    @Test
    void theOutboxRefusesBadInputAndStrangersWithProblems() throws Exception {
        HttpResponse<String> bad = post("/api/outbox", "admin", ADMIN_PASSWORD,
                "{\"recipient\":\"jo@example.kr, kim@example.kr\",\"language\":\"xx\",\"subject\":\" \",\"text\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertProblem(bad, 400);
        assertThat(fieldErrors(bad)).contains("language", "subject", "text");
        HttpResponse<String> badRecipient = post("/api/outbox", "admin", ADMIN_PASSWORD,
                "{\"recipient\":\"not an address\",\"language\":\"en\",\"subject\":\"Notice\",\"text\":\"Text\"}");
        assertThat(badRecipient.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(badRecipient)).containsExactly("recipient");
        HttpResponse<String> noEvent = post("/api/outbox", "admin", ADMIN_PASSWORD,
                "{\"recipient\":\"jo@example.kr\",\"language\":\"en\",\"subject\":\"Notice\",\"text\":\"Text\",\"eventId\":999999999}");
        assertThat(noEvent.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(noEvent)).containsExactly("eventId");

        HttpResponse<String> badFilter = get("/api/outbox?state=LOST&event=seven&limit=0", "admin", ADMIN_PASSWORD);
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(badFilter)).containsExactlyInAnyOrder("state", "event", "limit");

        assertProblem(get("/api/outbox/999999999", "admin", ADMIN_PASSWORD), 404);
        assertProblem(get("/api/outbox/999999999.eml", "admin", ADMIN_PASSWORD), 404);
        assertProblem(post("/api/outbox/999999999/cancel", "admin", ADMIN_PASSWORD, ""), 404);
        HttpResponse<String> noJob = get("/api/mail/jobs/" + UUID.randomUUID(), "admin", ADMIN_PASSWORD);
        assertThat(noJob.statusCode()).isEqualTo(404);
        assertProblem(noJob, 404);
        HttpResponse<String> badJobsLimit = get("/api/mail/jobs?limit=lots", "admin", ADMIN_PASSWORD);
        assertThat(badJobsLimit.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(badJobsLimit)).containsExactly("limit");
        assertThat(get("/api/mail/jobs?limit=3", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);

        String archivist = unique("archivist");
        assertThat(post("/api/accounts", "admin", ADMIN_PASSWORD, "{\"username\":\"" + archivist
                + "\",\"password\":\"archivist-pass-1\",\"roles\":[\"ARCHIVIST\"]}").statusCode()).isEqualTo(201);
        assertProblem(get("/api/outbox", archivist, "archivist-pass-1"), 403);
        assertProblem(get("/api/mail/jobs/x", archivist, "archivist-pass-1"), 403);
        assertProblem(get("/api/mail/jobs", archivist, "archivist-pass-1"), 403);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/outbox")).GET(), null, null), 401);
    }

    @Test
    void anyAccountGetsTheVerificationReportOfASignedMemorandum() throws Exception {
        org.forumprotocol.core.memorandum.MemorandumContent content = org.forumprotocol.core.memorandum.Memoranda.validate(
                new org.forumprotocol.core.memorandum.MemorandumDraft(java.util.Map.of("ru", "Меморандум", "ko", "양해각서"),
                        java.util.List.of("ru", "ko"), java.util.List.of(
                        new org.forumprotocol.core.memorandum.MemorandumDraft.Party(java.util.Map.of("ru", "Университет", "ko", "대학교"), "KZ",
                                java.util.Map.of("ru", "Ғалым Жақсыбаев", "ko", "갈림"), java.util.Map.of("ru", "Ректор", "ko", "총장")),
                        new org.forumprotocol.core.memorandum.MemorandumDraft.Party(java.util.Map.of("ru", "Конджу", "ko", "공주대"), "KR",
                                java.util.Map.of("ru", "Им", "ko", "임경호"), java.util.Map.of("ru", "Президент", "ko", "총장"))),
                        java.util.Map.of("ru", java.util.List.of("Стороны сотрудничают."), "ko", java.util.List.of("양 당사자는 협력한다.")),
                        java.util.Map.of("ru", "Туркестан", "ko", "투르키스탄"), java.time.LocalDate.of(2025, 9, 18), null, null, null));
        byte[] agreed = org.forumprotocol.docs.memorandum.MemorandumPdf.render(content);
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair pair = generator.generateKeyPair();
        java.time.Instant now = java.time.Instant.now();
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=임경호, C=KR");
        java.security.cert.X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.valueOf(now.toEpochMilli()),
                        java.util.Date.from(now.minus(Duration.ofDays(1))), java.util.Date.from(now.plus(Duration.ofDays(30))), name,
                        pair.getPublic()).build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                        .build(pair.getPrivate())));
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", pair.getPrivate(), "p12-pass".toCharArray(), new java.security.cert.Certificate[] {certificate});
        java.io.ByteArrayOutputStream p12 = new java.io.ByteArrayOutputStream();
        store.store(p12, "p12-pass".toCharArray());
        byte[] signed = org.forumprotocol.docs.memorandum.MemorandumSigner.sign(agreed, p12.toByteArray(), "p12-pass".toCharArray(),
                null, "party-1", null, now);

        String archivist = unique("archivist");
        assertThat(post("/api/accounts", "admin", ADMIN_PASSWORD, "{\"username\":\"" + archivist
                + "\",\"password\":\"archivist-pass-1\",\"roles\":[\"ARCHIVIST\"]}").statusCode()).isEqualTo(201);
        HttpResponse<String> report = verifyUpload(signed, archivist, "archivist-pass-1");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonObject body = json(report);
        assertThat(body.getBoolean("allIntact")).isTrue();
        assertThat(body.getInt("size")).isEqualTo(signed.length);
        JsonObject signature = body.getJsonArray("signatures").getJsonObject(0);
        assertThat(signature.getString("field")).isEqualTo("party-1");
        assertThat(signature.getString("signerName")).isEqualTo("임경호");
        assertThat(signature.getBoolean("intact")).isTrue();
        assertThat(signature.getString("trust")).as("no anchors configured yet").isEqualTo("UNTRUSTED");
        assertThat(signature.getString("padesLevel")).isEqualTo("B-B");

        byte[] tampered = signed.clone();
        int stream = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("stream", agreed.length / 3);
        tampered[stream + 500] ^= 0x01;
        JsonObject broken = json(verifyUpload(tampered, "admin", ADMIN_PASSWORD));
        assertThat(broken.getBoolean("allIntact")).isFalse();
        assertThat(broken.getJsonArray("signatures").getJsonObject(0).getBoolean("intact")).isFalse();

        HttpResponse<String> garbage = verifyUpload("no pdf".getBytes(StandardCharsets.UTF_8), "admin", ADMIN_PASSWORD);
        assertProblem(garbage, 400);
        assertThat(fieldErrors(garbage)).containsExactly("file");
        assertProblem(verifyUpload("%PDF-".getBytes(StandardCharsets.US_ASCII), null, null), 401);
    }

    private HttpResponse<String> verifyUpload(byte[] pdf, String user, String password) throws Exception {
        String boundary = "memorandum-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"memorandum.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/memoranda/verify")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user, password);
    }

    // --- memoranda: drafting, signing in turn, the archive ---

    private static final String MEMORANDUM_JSON = """
            {"title":{"ru":"Меморандум о сотрудничестве %1$s","ko":"협력 양해각서 %1$s"},"languages":["ru","ko"],
             "parties":[{"organization":{"ru":"Карагандинский технический университет","ko":"카라간다 기술대학교"},"country":"KZ",
                         "signatory":{"name":{"ru":{"family":"Жаксыбаев","given":"Галым"},"ko":"잭시바예프 갈림"},
                                      "position":{"ru":"Ректор","ko":"총장"}}},
                        {"organization":{"ru":"Национальный университет Конджу","ko":"국립공주대학교"},"country":"KR",
                         "signatory":{"name":{"ru":"Им Гён Хо","ko":{"family":"임","given":"경호"}},"position":{"ru":"Президент","ko":"총장"}}}],
             "articles":[{"ru":"Стороны развивают обмен студентами %1$s.","ko":"양 당사자는 학생 교류를 발전시킨다 %1$s."},
                         {"ru":"Меморандум действует пять лет.","ko":"본 양해각서는 5년간 유효하다."}],
             "place":{"ru":"Туркестан","ko":"투르키스탄"},"signingDate":"2025-09-18"%2$s}""";

    private String account(String role) throws Exception {
        String name = unique(role.toLowerCase(java.util.Locale.ROOT));
        assertThat(post("/api/accounts", "admin", ADMIN_PASSWORD, "{\"username\":\"" + name + "\",\"password\":\"" + name
                + "-pass\",\"roles\":[\"" + role + "\"]}").statusCode()).isEqualTo(201);
        return name;
    }

    /** A PKCS#12 key file with a self-signed EC certificate of {@code cn}, valid from {@code from} to {@code to}. */
    private static byte[] pkcs12(String cn, String password, java.time.Instant from, java.time.Instant to) throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair pair = generator.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500NameBuilder(org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE)
                .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.CN, cn).build();
        java.security.cert.X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.valueOf(System.nanoTime()),
                        java.util.Date.from(from), java.util.Date.from(to), name, pair.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", pair.getPrivate(), password.toCharArray(), new java.security.cert.Certificate[] {certificate});
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        store.store(out, password.toCharArray());
        return out.toByteArray();
    }

    /** A multipart/form-data request: byte[] values are file parts, anything else a text part. */
    private HttpResponse<String> multipart(String path, String user, String password, java.util.Map<String, Object> parts) throws Exception {
        return multipartAccepting(path, null, user, password, parts);
    }

    private HttpResponse<String> multipartAccepting(String path, String accept, String user, String password,
                                                    java.util.Map<String, Object> parts) throws Exception {
        String boundary = "forum-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (var part : parts.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\""
                    + (part.getValue() instanceof byte[] ? "; filename=\"" + part.getKey() + ".bin\"\r\nContent-Type: application/octet-stream"
                    : "\r\nContent-Type: text/plain; charset=UTF-8") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.getValue() instanceof byte[] b ? b : String.valueOf(part.getValue()).getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user, password);
    }

    private static byte[] bytes(String path, String user, String password, String base) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private HttpResponse<String> sign(long id, String user, int party, byte[] key, String password) throws Exception {
        java.util.Map<String, Object> parts = new java.util.LinkedHashMap<>();
        parts.put("party", party);
        parts.put("keystore", key);
        parts.put("password", password);
        return multipart("/api/memoranda/" + id + "/signatures", user, user + "-pass", parts);
    }

    @Test
    void twoPartiesSignInTurnWithTheirOwnKeysAndArchivistsFindAndDownloadTheExactBytes() throws Exception {
        String officer = account("OFFICER");
        String archivist = account("ARCHIVIST");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = post("/api/memoranda", officer, officer + "-pass", MEMORANDUM_JSON.formatted(tag, ""));
        long id = created(created);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/memoranda/" + id));
        JsonObject draft = json(created);
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("parties").getJsonObject(1).getJsonObject("signatory").getJsonObject("name").getString("ko"))
                .isEqualTo("임경호");
        assertThat(draft.getJsonArray("parties").getJsonObject(1).getString("field")).isEqualTo("party-2");

        HttpResponse<String> invalid = post("/api/memoranda", officer, officer + "-pass",
                MEMORANDUM_JSON.formatted(tag, "").replace("\"ko\":\"본 양해각서는 5년간 유효하다.\"", "\"ko\":\" \""));
        assertProblem(invalid, 400);
        assertThat(fieldErrors(invalid)).containsExactly("articles[1].ko");

        // Archivists read; they never edit or sign.
        assertProblem(post("/api/memoranda", archivist, archivist + "-pass", MEMORANDUM_JSON.formatted(tag, "")), 403);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/memoranda/" + id)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(MEMORANDUM_JSON.formatted(tag, ""))), archivist, archivist + "-pass"), 403);

        long version = draft.getJsonNumber("version").longValue();
        HttpResponse<String> edited = send(HttpRequest.newBuilder(uri("/api/memoranda/" + id)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(MEMORANDUM_JSON.formatted(tag, ",\"version\":" + version)
                        .replace("본 양해각서는 5년간 유효하다.", "본 양해각서는 서명일부터 5년간 유효하다."))), officer, officer + "-pass");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        HttpResponse<String> stale = send(HttpRequest.newBuilder(uri("/api/memoranda/" + id)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(MEMORANDUM_JSON.formatted(tag, ",\"version\":" + version))), officer, officer + "-pass");
        assertProblem(stale, 409);
        JsonArray revisions = Json.createReader(new StringReader(get("/api/memoranda/" + id + "/revisions", officer, officer + "-pass").body())).readArray();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.getJsonObject(1).getString("author")).isEqualTo(officer);
        JsonObject comparison = json(get("/api/memoranda/" + id + "/revisions/compare?from=1&to=2", officer, officer + "-pass"));
        assertThat(comparison.getJsonObject("changedArticles").getJsonArray("ko").getInt(0)).isEqualTo(2);
        assertThat(comparison.getJsonObject("changedArticles").containsKey("ru")).isFalse();
        assertThat(fieldErrors(get("/api/memoranda/" + id + "/revisions/compare?from=1&to=x", officer, officer + "-pass"))).containsExactly("to");

        HttpResponse<String> draftPdf = get("/api/memoranda/" + id + "/document.pdf", officer, officer + "-pass");
        assertThat(draftPdf.statusCode()).isEqualTo(200);
        assertThat(draftPdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(draftPdf.body()).startsWith("%PDF-");

        HttpResponse<String> agreed = post("/api/memoranda/" + id + "/agree", officer, officer + "-pass", "{}");
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        assertThat(json(agreed).getString("state")).isEqualTo("AGREED");
        assertThat(json(agreed).getInt("nextParty")).isZero();
        String agreedSha = json(agreed).getString("agreedSha256");
        assertProblem(post("/api/memoranda/" + id + "/agree", officer, officer + "-pass", "{}"), 409);
        byte[] agreedPdf = bytes("/api/memoranda/" + id + "/document.pdf", officer, officer + "-pass", base);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(agreedPdf))).isEqualTo(agreedSha);

        java.time.Instant now = java.time.Instant.now();
        byte[] ktuKey = pkcs12("Жаксыбаев Галым", "ktu-key-pass", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        byte[] kongjuKey = pkcs12("임경호", "kongju-key-pass", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        HttpResponse<String> outOfTurn = sign(id, officer, 1, kongjuKey, "kongju-key-pass");
        assertProblem(outOfTurn, 409);
        assertThat(json(outOfTurn).getString("detail")).contains("Национальный университет Конджу (party 1)")
                .contains("signs after Карагандинский технический университет (party 0)");
        HttpResponse<String> wrongPassword = sign(id, officer, 0, ktuKey, "not-the-pass");
        assertProblem(wrongPassword, 400);
        assertThat(fieldErrors(wrongPassword)).containsExactly("password");
        assertThat(json(wrongPassword).getString("detail")).contains("password");
        assertProblem(sign(id, archivist, 0, ktuKey, "ktu-key-pass"), 403);

        HttpResponse<String> first = sign(id, officer, 0, ktuKey, "ktu-key-pass");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).getString("signerName")).isEqualTo("Жаксыбаев Галым");
        assertThat(json(first).getString("method")).isEqualTo("SIGNED_HERE");
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signatures/0"));
        assertThat(json(get("/api/memoranda/" + id, officer, officer + "-pass")).getString("state")).isEqualTo("SIGNING");
        assertProblem(sign(id, officer, 0, ktuKey, "ktu-key-pass"), 409);

        byte[] expired = pkcs12("임경호", "old-pass", now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)));
        HttpResponse<String> tooOld = sign(id, officer, 1, expired, "old-pass");
        assertProblem(tooOld, 400);
        assertThat(fieldErrors(tooOld)).containsExactly("certificate");
        assertThat(json(tooOld).getString("detail")).contains("expired");

        HttpResponse<String> second = sign(id, officer, 1, kongjuKey, "kongju-key-pass");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonObject signed = json(get("/api/memoranda/" + id, officer, officer + "-pass"));
        assertThat(signed.getString("state")).isEqualTo("SIGNED");
        assertThat(signed.containsKey("nextParty") && !signed.isNull("nextParty")).as("nobody's turn").isFalse();
        assertThat(signed.getJsonArray("signatures")).hasSize(2);
        assertThat(signed.getJsonArray("parties").getJsonObject(1).getBoolean("signed")).isTrue();

        byte[] signedPdf = bytes("/api/memoranda/" + id + "/document.pdf", officer, officer + "-pass", base);
        assertThat(java.util.Arrays.copyOf(signedPdf, agreedPdf.length)).as("incremental: the agreed bytes unchanged").isEqualTo(agreedPdf);
        HttpResponse<String> report = multipart("/api/verification", archivist, archivist + "-pass", java.util.Map.of("file", signedPdf));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonObject verification = json(report);
        assertThat(verification.getBoolean("allIntact")).isTrue();
        JsonArray signatures = verification.getJsonArray("signatures");
        assertThat(signatures.stream().map(x -> x.asJsonObject().getString("signerName")).toList()).containsExactly("Жаксыбаев Галым", "임경호");
        assertThat(signatures.getJsonObject(0).getBoolean("intact")).as("the first still valid after the second").isTrue();
        assertThat(signatures.getJsonObject(0).getBoolean("certification")).isTrue();
        assertThat(signatures.getJsonObject(1).getBoolean("coversWholeDocument")).isTrue();

        // The archive: only a signed memorandum, only archivists read it.
        HttpResponse<String> badArchive = post("/api/memoranda/" + id + "/archive", officer, officer + "-pass",
                "{\"retentionYears\":0,\"classification\":\"SECRET\"}");
        assertProblem(badArchive, 400);
        assertThat(fieldErrors(badArchive)).containsExactlyInAnyOrder("retentionYears", "classification");
        assertProblem(post("/api/memoranda/" + id + "/archive", archivist, archivist + "-pass", "{\"retentionYears\":25,\"classification\":\"INTERNAL\"}"), 403);
        HttpResponse<String> archived = post("/api/memoranda/" + id + "/archive", officer, officer + "-pass",
                "{\"retentionYears\":25,\"classification\":\"INTERNAL\"}");
        assertThat(archived.statusCode()).as(archived.body()).isEqualTo(200);
        JsonObject record = json(archived).getJsonObject("archive");
        assertThat(record.getString("classification")).isEqualTo("INTERNAL");
        assertThat(record.getString("archivedBy")).isEqualTo(officer);

        HttpResponse<String> byHangul = get("/api/archive?q=" + java.net.URLEncoder.encode("학생 교류를 " + tag, StandardCharsets.UTF_8),
                archivist, archivist + "-pass");
        assertThat(byHangul.statusCode()).as(byHangul.body()).isEqualTo(200);
        assertThat(ids(byHangul)).containsExactly(id);
        assertThat(ids(get("/api/archive?q=" + java.net.URLEncoder.encode("ОБМЕН СТУДЕНТАМИ " + tag.toUpperCase(java.util.Locale.ROOT),
                StandardCharsets.UTF_8) + "&country=kr&language=ko&from=2025-09-01&to=2025-09-30", archivist, archivist + "-pass"))).containsExactly(id);
        assertThat(ids(get("/api/archive?q=" + tag + "&country=KG", archivist, archivist + "-pass"))).isEmpty();
        assertThat(ids(get("/api/archive?q=" + tag + "&signatory=" + java.net.URLEncoder.encode("임경호", StandardCharsets.UTF_8),
                archivist, archivist + "-pass"))).containsExactly(id);
        assertThat(fieldErrors(get("/api/archive?country=XX&from=yesterday", archivist, archivist + "-pass")))
                .containsExactlyInAnyOrder("from");
        assertThat(json(get("/api/archive/" + id, archivist, archivist + "-pass")).getJsonObject("archive").getString("sha256"))
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(signedPdf)));

        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(uri("/api/archive/" + id + ".pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((archivist + ":" + archivist + "-pass")
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).as("byte-identical to what was signed").isEqualTo(signedPdf);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".pdf"));
        assertProblem(get("/api/archive/" + id + ".pdf", officer, officer + "-pass"), 403);
        assertProblem(get("/api/archive?q=" + tag, officer, officer + "-pass"), 403);
        assertProblem(get("/api/archive/999999999.pdf", archivist, archivist + "-pass"), 404);
        JsonObject archivedReport = json(get("/api/archive/" + id + "/verification", archivist, archivist + "-pass"));
        assertThat(archivedReport.getBoolean("allIntact")).isTrue();
        // The printable report, asked for by Accept, in Korean: it names both signatories.
        HttpResponse<byte[]> printable = HTTP.send(HttpRequest.newBuilder(uri("/api/archive/" + id + "/verification?lang=ko"))
                .header("Accept", "application/pdf").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((archivist + ":" + archivist + "-pass").getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(printable.statusCode()).isEqualTo(200);
        assertThat(printable.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(printable.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("filename*=UTF-8''"));
        try (com.itextpdf.kernel.pdf.PdfDocument printed = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(printable.body())))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= printed.getNumberOfPages(); page++) {
                text.append(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(printed.getPage(page)));
            }
            assertThat(text.toString()).contains("Жаксыбаев Галым").contains("임경호");
        }
        assertThat(fieldErrors(send(HttpRequest.newBuilder(uri("/api/archive/" + id + "/verification?lang=de"))
                .header("Accept", "application/pdf").GET(), archivist, archivist + "-pass"))).containsExactly("lang");
        HttpResponse<String> uploadedPrintable = multipartAccepting("/api/verification", "application/pdf", archivist,
                archivist + "-pass", java.util.Map.of("file", signedPdf));
        assertThat(uploadedPrintable.statusCode()).isEqualTo(200);
        assertThat(uploadedPrintable.body()).startsWith("%PDF-");

        JsonArray downloads = json(get("/api/audit?entityType=Memorandum&entityId=" + id + "&action=DOWNLOAD", "admin", ADMIN_PASSWORD))
                .getJsonArray("entries");
        assertThat(downloads).hasSize(1);
        assertThat(downloads.getJsonObject(0).getString("actor")).isEqualTo(archivist);
        HttpResponse<String> alarms = get("/api/archive/alarms", "admin", ADMIN_PASSWORD);
        assertThat(alarms.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(alarms.body())).readArray()).isEmpty();
        assertProblem(get("/api/archive/alarms", archivist, archivist + "-pass"), 403);
    }

    private static java.util.List<Long> ids(HttpResponse<String> results) {
        assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
        return json(results).getJsonArray("memoranda").stream().map(m -> m.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aPartyThatSignedElsewhereUploadsTheDocumentWithItsSignatureAppended() throws Exception {
        String officer = account("OFFICER");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long id = created(post("/api/memoranda", officer, officer + "-pass", MEMORANDUM_JSON.formatted(tag, "")));
        assertThat(post("/api/memoranda/" + id + "/agree", officer, officer + "-pass", "").statusCode()).isEqualTo(200);
        byte[] agreed = bytes("/api/memoranda/" + id + "/document.pdf", officer, officer + "-pass", base);
        java.time.Instant now = java.time.Instant.now();
        byte[] elsewhere = org.forumprotocol.docs.memorandum.MemorandumSigner.sign(agreed,
                pkcs12("Жаксыбаев Галым", "nca-pass", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))),
                "nca-pass".toCharArray(), null, "party-1", null, now);

        byte[] appendedJunk = java.util.Arrays.copyOf(agreed, agreed.length + 20);
        HttpResponse<String> unsigned = multipart("/api/memoranda/" + id + "/signed-upload", officer, officer + "-pass",
                java.util.Map.of("file", appendedJunk));
        assertProblem(unsigned, 400);
        assertThat(fieldErrors(unsigned)).containsExactly("file");
        byte[] other = elsewhere.clone();
        other[100] ^= 0x01;
        HttpResponse<String> changed = multipart("/api/memoranda/" + id + "/signed-upload", officer, officer + "-pass",
                java.util.Map.of("file", other));
        assertProblem(changed, 400);
        assertThat(json(changed).getJsonArray("errors").getJsonObject(0).getString("message")).contains("differs from byte 100");
        assertProblem(multipart("/api/memoranda/" + id + "/signed-upload", officer, officer + "-pass", java.util.Map.of("party", 0)), 400);

        HttpResponse<String> accepted = multipart("/api/memoranda/" + id + "/signed-upload", officer, officer + "-pass",
                java.util.Map.of("file", elsewhere));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(json(accepted).getString("method")).isEqualTo("UPLOADED");
        assertThat(json(accepted).getInt("party")).isZero();
        assertThat(bytes("/api/memoranda/" + id + "/document.pdf", officer, officer + "-pass", base)).isEqualTo(elsewhere);
        assertThat(json(get("/api/memoranda/" + id, officer, officer + "-pass")).getString("state")).isEqualTo("SIGNING");
        HttpResponse<String> again = multipart("/api/memoranda/" + id + "/signed-upload", officer, officer + "-pass",
                java.util.Map.of("file", elsewhere));
        assertProblem(again, 400);

        HttpResponse<String> withdrawn = post("/api/memoranda/" + id + "/withdraw", officer, officer + "-pass", "");
        assertThat(json(withdrawn).getString("state")).isEqualTo("WITHDRAWN");
        assertProblem(sign(id, officer, 1, new byte[] {1}, "x"), 409);
    }

    // --- invitations, templates and change notices ---

    private static final String FORUM_JSON = """
            {"kind":"FORUM","title":{"kk":"Орталық Азия – Корея II форумы","ru":"Форум «Центральная Азия – Корея II»","en":"Central Asia – Korea II Forum","ko":"중앙아시아-한국 II 포럼"},
             "city":{"kk":"Түркістан","ru":"Туркестан","en":"Turkestan","ko":"투르키스탄"},
             "hostOrganisation":{"kk":"Қазақстан Республикасы Сыртқы істер министрлігі","ru":"Министерство иностранных дел Республики Казахстан","en":"Ministry of Foreign Affairs of the Republic of Kazakhstan"},
             "startsOn":"2025-09-18","endsOn":"2025-09-19","languages":["kk","ru","en","ko"]}""";

    private long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).getJsonNumber("id").longValue();
    }

    private long forumWithDelegation() throws Exception {
        return created(post("/api/events", "admin", ADMIN_PASSWORD, FORUM_JSON));
    }

    private long delegationOf(long event) throws Exception {
        return created(post("/api/events/" + event + "/delegations", "admin", ADMIN_PASSWORD,
                "{\"country\":\"KR\",\"name\":{\"ru\":\"Делегация Республики Корея\"},\"status\":\"CONFIRMED\"}"));
    }

    private long memberOf(long delegation, String json) throws Exception {
        return created(post("/api/delegations/" + delegation + "/members", "admin", ADMIN_PASSWORD, json));
    }

    private JsonObject waitForComposed(String jobId, int total) throws Exception {
        return await("mail job " + jobId + " composed").atMost(Duration.ofMinutes(1)).until(() -> {
            HttpResponse<String> polled = get("/api/mail/jobs/" + jobId, "admin", ADMIN_PASSWORD);
            assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
            return json(polled);
        }, p -> p.getInt("composed") + p.getJsonArray("skipped").size() >= total);
    }

    private static jakarta.mail.internet.MimeMessage parse(String eml) throws Exception {
        return new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(eml.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Every leaf part of a message, depth first. */
    private static java.util.List<jakarta.mail.BodyPart> leaves(jakarta.mail.Multipart multipart) throws Exception {
        java.util.List<jakarta.mail.BodyPart> parts = new java.util.ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("multipart/*")) {
                parts.addAll(leaves((jakarta.mail.Multipart) part.getContent()));
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    @Test
    void invitationsGoToEachDelegateInTheirLanguageWithLetterCalendarAndPrivateLink() throws Exception {
        long event = forumWithDelegation();
        long kr = delegationOf(event);
        String joEmail = unique("jo") + "@example.kr";
        long jo = memberOf(kr, ("{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"},\"en\":{\"family\":\"Jo\",\"given\":\"Tae-ik\"}},"
                + "\"formOfAddress\":{\"ko\":\"각하\"},\"position\":{\"ko\":\"주카자흐스탄 대한민국 특명전권대사\"},"
                + "\"language\":\"ko\",\"head\":true,\"email\":\"%s\"}").formatted(joEmail));
        long kim = memberOf(kr, "{\"name\":{\"ru\":{\"family\":\"Ким\",\"given\":\"Ольга\"}},\"language\":\"ru\",\"email\":\""
                + unique("kim") + "@example.kz\"}");
        long script = memberOf(kr, "{\"name\":{\"en\":{\"family\":\"<script>alert(1)</script>\",\"given\":\"Eve\"}},\"language\":\"en\"}");

        // The preview shows the real delegate's data; a name with markup stays text in the HTML.
        HttpResponse<String> preview = post("/api/events/" + event + "/mail/preview", "admin", ADMIN_PASSWORD,
                "{\"kind\":\"INVITATION\",\"delegate\":\"" + jo + "\"}");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(json(preview).getString("language")).isEqualTo("ko");
        assertThat(json(preview).getString("subject")).startsWith("초청장: 중앙아시아-한국 II 포럼");
        assertThat(json(preview).getString("text")).contains("각하", "주카자흐스탄 대한민국 특명전권대사", "투르키스탄");
        JsonObject scripted = json(post("/api/events/" + event + "/mail/preview", "admin", ADMIN_PASSWORD,
                "{\"kind\":\"INVITATION\",\"delegate\":\"" + script + "\"}"));
        assertThat(scripted.getString("text")).contains("<script>alert(1)</script>");
        assertThat(scripted.getString("html")).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        // Bad requests name their field and send nothing.
        HttpResponse<String> unknownValue = post("/api/events/" + event + "/invitations", "admin", ADMIN_PASSWORD, "{\"recipients\":\"SOME\"}");
        assertProblem(unknownValue, 400);
        assertThat(fieldErrors(unknownValue)).containsExactly("recipients");
        HttpResponse<String> both = post("/api/events/" + event + "/invitations", "admin", ADMIN_PASSWORD,
                "{\"delegation\":\"" + kr + "\",\"delegates\":[\"" + jo + "\"]}");
        assertProblem(both, 400);
        assertThat(fieldErrors(both)).containsExactlyInAnyOrder("delegation", "delegates");
        HttpResponse<String> unknownDelegate = post("/api/events/" + event + "/invitations", "admin", ADMIN_PASSWORD,
                "{\"delegates\":[\"" + jo + "\",\"999999999\"]}");
        assertProblem(unknownDelegate, 400);
        assertThat(fieldErrors(unknownDelegate)).containsExactly("delegates[1]");
        long other = forumWithDelegation();
        long stranger = memberOf(delegationOf(other), "{\"name\":{\"ru\":{\"family\":\"Иванов\"}},\"email\":\"" + unique("iv") + "@example.kz\"}");
        HttpResponse<String> foreign = post("/api/events/" + event + "/invitations", "admin", ADMIN_PASSWORD,
                "{\"delegates\":[\"" + stranger + "\"]}");
        assertProblem(foreign, 400);
        assertThat(json(foreign).getJsonArray("errors").getJsonObject(0).getString("message")).contains("another event");
        HttpResponse<String> wrongPreview = post("/api/events/" + other + "/mail/preview", "admin", ADMIN_PASSWORD,
                "{\"kind\":\"INVITATION\",\"delegate\":\"" + jo + "\"}");
        assertProblem(wrongPreview, 400);
        assertThat(fieldErrors(wrongPreview)).containsExactly("delegate");
        assertThat(json(get("/api/outbox?event=" + event, "admin", ADMIN_PASSWORD)).getInt("total")).isZero();

        // The programme is published: each invitation carries the delegate's personal programme of release 1.
        HttpResponse<String> opening = post("/api/events/" + event + "/agenda", "admin", ADMIN_PASSWORD, """
                {"kind":"PLENARY","startsAt":"2025-09-18T10:00","endsAt":"2025-09-18T11:30",
                 "title":{"kk":"Форумның ашылуы","ru":"Открытие форума","ko":"포럼 개회식"}}""");
        assertThat(opening.statusCode()).as(opening.body()).isEqualTo(201);
        HttpResponse<String> published = post("/api/events/" + event + "/agenda/releases", "admin", ADMIN_PASSWORD, "{\"expectedLatestNumber\":0}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

        HttpResponse<String> sent = post("/api/events/" + event + "/invitations", "admin", ADMIN_PASSWORD, "{\"recipients\":\"ALL\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String jobId = json(sent).getString("jobId");
        assertThat(json(sent).getInt("programmeRelease")).isEqualTo(1);
        JsonObject progress = waitForComposed(jobId, 3);
        assertThat(progress.getInt("programmeRelease")).isEqualTo(1);
        assertThat(progress.containsKey("note")).isFalse();
        assertThat(progress.getInt("total")).isEqualTo(3);
        assertThat(progress.getInt("composed")).isEqualTo(2);
        // No SMTP server here: the messages wait, so the job is not done.
        assertThat(progress.getBoolean("done")).isFalse();
        assertThat(progress.getJsonArray("skipped")).singleElement().satisfies(s -> {
            assertThat(s.asJsonObject().getJsonNumber("delegateId").longValue()).isEqualTo(script);
            assertThat(s.asJsonObject().getString("reason")).isEqualTo("no e-mail address");
        });

        // The latest bulk send heads the list of jobs, with the same counts.
        HttpResponse<String> jobs = get("/api/mail/jobs?limit=1", "admin", ADMIN_PASSWORD);
        assertThat(jobs.statusCode()).as(jobs.body()).isEqualTo(200);
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(jobs.body()))) {
            JsonObject latest = reader.readArray().getJsonObject(0);
            assertThat(latest.getString("jobId")).isEqualTo(jobId);
            assertThat(latest.getInt("composed")).isEqualTo(2);
            assertThat(latest.getJsonArray("skipped")).hasSize(1);
        }

        JsonObject outbox = json(get("/api/outbox?job=" + jobId, "admin", ADMIN_PASSWORD));
        assertThat(outbox.getInt("total")).isEqualTo(2);
        JsonObject korean = outbox.getJsonArray("messages").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("language").equals("ko")).findFirst().orElseThrow();
        assertThat(korean.getString("kind")).isEqualTo("INVITATION");
        assertThat(korean.getString("recipient")).isEqualTo(joEmail);
        HttpResponse<String> eml = send(HttpRequest.newBuilder(uri("/api/outbox/" + korean.getJsonNumber("id").longValue() + ".eml")).GET(),
                "admin", ADMIN_PASSWORD);
        assertThat(eml.statusCode()).isEqualTo(200);
        jakarta.mail.internet.MimeMessage message = parse(
                new String(HTTP.send(HttpRequest.newBuilder(uri("/api/outbox/" + korean.getJsonNumber("id").longValue() + ".eml"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body(),
                        StandardCharsets.ISO_8859_1));
        assertThat(message.getSubject()).startsWith("초청장: 중앙아시아-한국 II 포럼");
        assertThat(message.getHeader("Content-Language", null)).isEqualTo("ko");
        java.util.List<jakarta.mail.BodyPart> parts = leaves((jakarta.mail.Multipart) message.getContent());
        jakarta.mail.BodyPart text = parts.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow();
        String body = (String) text.getContent();
        assertThat(body).contains("각하 조태익 귀하").containsPattern("https?://[^\\s]+/d/[A-Za-z0-9_-]{43}");
        assertThat(parts).anySatisfy(p -> assertThat(isType(p, "text/html")).isTrue());
        java.util.List<jakarta.mail.BodyPart> pdfs = parts.stream().filter(p -> isType(p, "application/pdf")).toList();
        assertThat(pdfs).as("the letter and the personal programme").hasSize(2);
        assertThat(pdfs.get(0).getFileName()).endsWith(".pdf").contains("초청장");
        assertThat(pdfs.get(1).getFileName()).endsWith(".pdf").contains("조태익");
        assertThat(new String(pdfs.get(1).getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(message.getHeader("Content-Type", null)).startsWith("multipart/mixed");
        jakarta.mail.BodyPart calendar = parts.stream().filter(p -> isType(p, "text/calendar")).findFirst().orElseThrow();
        assertThat(calendar.getContentType()).containsIgnoringCase("method=REQUEST");
        String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics).contains("METHOD:REQUEST", "UID:event-" + event + "@forum-protocol", "DTSTART;VALUE=DATE:20250918",
                "DTEND;VALUE=DATE:20250920", "ORGANIZER").containsPattern("ATTENDEE[^\\r\\n]*:mailto:" + java.util.regex.Pattern.quote(joEmail));

        // The link in the mail opens the delegate's private page: it is the one just issued.
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/d/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/api/links/" + link.group(1))).GET(), null, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);

        // An event whose agenda was never published: the letter only, and the job says why.
        HttpResponse<String> letterOnly = post("/api/events/" + other + "/invitations", "admin", ADMIN_PASSWORD, "{\"recipients\":\"ALL\"}");
        assertThat(letterOnly.statusCode()).as(letterOnly.body()).isEqualTo(202);
        assertThat(json(letterOnly).containsKey("programmeRelease")).isFalse();
        assertThat(json(letterOnly).getString("note")).contains("no personal programme");
        JsonObject otherProgress = waitForComposed(json(letterOnly).getString("jobId"), 1);
        assertThat(otherProgress.getString("note")).contains("no personal programme");
        JsonObject otherMessage = json(get("/api/outbox?job=" + json(letterOnly).getString("jobId"), "admin", ADMIN_PASSWORD))
                .getJsonArray("messages").getJsonObject(0);
        jakarta.mail.internet.MimeMessage letterOnlyMessage = parse(new String(HTTP.send(HttpRequest.newBuilder(
                        uri("/api/outbox/" + otherMessage.getJsonNumber("id").longValue() + ".eml"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body(),
                StandardCharsets.ISO_8859_1));
        assertThat(leaves((jakarta.mail.Multipart) letterOnlyMessage.getContent()).stream().filter(p -> isType(p, "application/pdf")))
                .hasSize(1);
    }

    private static boolean isType(jakarta.mail.Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void templatesAreListedEditedWithKnownPlaceholdersOnlyAndReset() throws Exception {
        JsonArray all = Json.createReader(new StringReader(get("/api/mail/templates", "admin", ADMIN_PASSWORD).body())).readArray();
        assertThat(all).hasSize(20);
        HttpResponse<String> korean = get("/api/mail/templates/INVITATION/ko", "admin", ADMIN_PASSWORD);
        assertThat(korean.statusCode()).isEqualTo(200);
        assertThat(json(korean).getString("subject")).startsWith("초청장");
        assertThat(json(korean).getBoolean("custom")).isFalse();

        HttpResponse<String> unknown = put("/api/mail/templates/REMINDER/kk", "{\"subject\":\"Еске салу {evnt}\",\"body\":\"{name} {link}\"}");
        assertProblem(unknown, 400);
        assertThat(fieldErrors(unknown)).containsExactly("subject");
        assertThat(json(unknown).getJsonArray("errors").getJsonObject(0).getString("message")).contains("{evnt}");
        assertProblem(get("/api/mail/templates/LETTER/kk", "admin", ADMIN_PASSWORD), 400);

        HttpResponse<String> saved = put("/api/mail/templates/REMINDER/kk", "{\"subject\":\"Еске салу: {event}\",\"body\":\"{formOfAddress} {name}! әғқңөұүһі {link}\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(get("/api/mail/templates/REMINDER/kk", "admin", ADMIN_PASSWORD)).getString("body")).contains("әғқңөұүһі");
        assertThat(json(get("/api/audit?entityType=MailTemplate&entityId=REMINDER/kk", "admin", ADMIN_PASSWORD)).getInt("total"))
                .isGreaterThanOrEqualTo(1);
        HttpResponse<String> reset = send(HttpRequest.newBuilder(uri("/api/mail/templates/REMINDER/kk")).DELETE(), "admin", ADMIN_PASSWORD);
        assertThat(json(reset).getBoolean("custom")).isFalse();
    }

    @Test
    void aReleaseThatMovesTheSpeakersItemQueuesAProgrammeChangedMessageForThem() throws Exception {
        long event = forumWithDelegation();
        long kr = delegationOf(event);
        String email = unique("speaker") + "@example.kr";
        long speaker = memberOf(kr, "{\"name\":{\"ko\":{\"family\":\"박\",\"given\":\"지민\"}},\"language\":\"ko\",\"email\":\"" + email + "\"}");
        String path = "/api/events/" + event + "/agenda";
        String item = """
                {"kind":"SPEECH","startsAt":"%s","endsAt":"%s","title":{"kk":"Баяндама","ru":"Выступление","ko":"기조연설"},
                 "speakers":["%d"],"visibility":"DELEGATES","version":%s}""";
        HttpResponse<String> speech = post(path, "admin", ADMIN_PASSWORD, item.formatted("2025-09-18T10:00", "2025-09-18T10:20", speaker, "null"));
        long speechId = created(speech);
        HttpResponse<String> first = post(path + "/releases", "admin", ADMIN_PASSWORD, "{\"expectedLatestNumber\":0}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        long version = json(get("/api/agenda/" + speechId, "admin", ADMIN_PASSWORD)).getJsonNumber("version").longValue();
        assertThat(put("/api/agenda/" + speechId, item.formatted("2025-09-18T11:00", "2025-09-18T11:20", speaker, version)).statusCode())
                .isEqualTo(200);
        HttpResponse<String> second = post(path + "/releases", "admin", ADMIN_PASSWORD, "{\"expectedLatestNumber\":1}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

        JsonObject changed = await("a PROGRAMME_CHANGED message in the outbox").atMost(Duration.ofMinutes(1)).until(
                () -> json(get("/api/outbox?event=" + event, "admin", ADMIN_PASSWORD)).getJsonArray("messages").stream()
                        .map(JsonValue::asJsonObject).filter(m -> m.getString("kind").equals("PROGRAMME_CHANGED")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(changed.getString("recipient")).isEqualTo(email);
        assertThat(changed.getString("language")).isEqualTo("ko");
        assertThat(changed.getString("subject")).startsWith("일정 변경 안내");
        byte[] eml = HTTP.send(HttpRequest.newBuilder(uri("/api/outbox/" + changed.getJsonNumber("id").longValue() + ".eml"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        jakarta.mail.internet.MimeMessage message = parse(new String(eml, StandardCharsets.ISO_8859_1));
        java.util.List<jakarta.mail.BodyPart> parts = leaves((jakarta.mail.Multipart) message.getContent());
        String text = (String) parts.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow().getContent();
        assertThat(text).contains("기조연설").contains("11:00");
        jakarta.mail.BodyPart calendar = parts.stream().filter(p -> isType(p, "text/calendar")).findFirst().orElseThrow();
        String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics).contains("METHOD:REQUEST", "SEQUENCE:1", "DTSTART;TZID=Asia/Almaty:20250918T110000")
                .containsPattern("ATTENDEE[^\\r\\n]*:mailto:" + java.util.regex.Pattern.quote(email));
        // Only the speaker's programme changed: nobody else is told.
        assertThat(json(get("/api/outbox?event=" + event, "admin", ADMIN_PASSWORD)).getInt("total")).isEqualTo(1);
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
