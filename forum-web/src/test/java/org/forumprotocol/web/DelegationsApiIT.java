package org.forumprotocol.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Events, delegations, delegates, participant lists and private links through the real REST API. */
@ExtendWith(ArquillianExtension.class)
class DelegationsApiIT {
    private static final String ADMIN = "admin";
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
        base = "http://localhost:" + deployed.getPort() + deployed.getPath().replaceAll("/$", "");
    }

    private long forum() throws Exception {
        HttpResponse<String> created = send("POST", "/api/events", """
                {"kind":"FORUM","title":{"kk":"Орталық Азия – Корея II форумы","ru":"Форум «Центральная Азия – Корея II»","en":"Central Asia – Korea II Forum","ko":"중앙아시아-한국 II 포럼"},
                 "city":{"kk":"Түркістан","ru":"Туркестан","en":"Turkestan","ko":"투르키스탄"},
                 "startsOn":"2025-09-18","endsOn":"2025-09-19","languages":["kk","ru","en","ko"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/events/"));
        return json(created).getJsonNumber("id").longValue();
    }

    private long delegation(long event, String country, String nameRu) throws Exception {
        HttpResponse<String> created = send("POST", "/api/events/" + event + "/delegations",
                "{\"country\":\"" + country + "\",\"name\":{\"ru\":\"" + nameRu + "\"},\"status\":\"CONFIRMED\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> member(long delegation, String json) throws Exception {
        return send("POST", "/api/delegations/" + delegation + "/members", json);
    }

    @Test
    void eventsAreCreatedReadAndGuardedAgainstStaleEdits() throws Exception {
        long id = forum();
        JsonObject event = json(send("GET", "/api/events/" + id, null));
        assertThat(event.getString("timeZone")).isEqualTo("Asia/Almaty");
        assertThat(event.getJsonObject("title").getString("kk")).isEqualTo("Орталық Азия – Корея II форумы");
        assertThat(event.getJsonArray("languages").getString(0)).isEqualTo("kk");
        assertThat(send("GET", "/api/events", null).body()).contains("\"id\":" + id);

        long version = event.getJsonNumber("version").longValue();
        String update = "{\"kind\":\"FORUM\",\"title\":{\"ru\":\"Форум\"},\"startsOn\":\"2025-09-18\",\"endsOn\":\"2025-09-20\",\"languages\":[\"ru\",\"kk\"],\"version\":%d}";
        assertThat(send("PUT", "/api/events/" + id, update.formatted(version)).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = send("PUT", "/api/events/" + id, update.formatted(version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertProblem(stale, 409);
    }

    @Test
    void badEventsAreRefusedWithTheirFields() throws Exception {
        HttpResponse<String> backwards = send("POST", "/api/events",
                "{\"kind\":\"FORUM\",\"title\":{\"ru\":\"Визит\"},\"startsOn\":\"2025-09-19\",\"endsOn\":\"2025-09-18\",\"languages\":[\"ru\"]}");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(fields(backwards)).contains("endsOn");

        HttpResponse<String> language = send("POST", "/api/events",
                "{\"kind\":\"VISIT\",\"title\":{\"ru\":\"Визит\"},\"startsOn\":\"2025-13-01\",\"endsOn\":\"2025-09-18\",\"languages\":[\"de\"]}");
        assertThat(language.statusCode()).isEqualTo(400);
        assertThat(fields(language)).contains("kind", "startsOn");

        HttpResponse<String> unknownLanguage = send("POST", "/api/events",
                "{\"kind\":\"MEETING\",\"title\":{\"ru\":\"Встреча\"},\"startsOn\":\"2025-09-18\",\"endsOn\":\"2025-09-18\",\"languages\":[\"de\"],\"timeZone\":\"Mars/Olympus\"}");
        assertThat(unknownLanguage.statusCode()).isEqualTo(400);
        assertThat(fields(unknownLanguage)).contains("languages[0]", "timeZone");

        assertThat(send("GET", "/api/events/999999999", null).statusCode()).isEqualTo(404);
    }

    @Test
    void delegatesKeepEveryScriptAndTheRulesOfADelegation() throws Exception {
        long event = forum();
        long korea = delegation(event, "kr", "Делегация Республики Корея");
        assertThat(json(send("GET", "/api/delegations/" + korea, null)).getString("country")).isEqualTo("KR");

        HttpResponse<String> head = member(korea, """
                {"name":{"ko":{"family":"조","given":"태익"},"ru":{"family":"Чжо","given":"Тэ Ик"},"en":{"family":"Jo","given":"Tae-ik","familyFirst":true}},
                 "position":{"ru":"Чрезвычайный и Полномочный Посол Республики Корея в Республике Казахстан","en":"Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Republic of Kazakhstan"},
                 "formOfAddress":{"ru":"Его Превосходительство","en":"H.E.","ko":"각하"},
                 "rank":"AMBASSADOR","rankSince":"2023-05-10","head":true,"email":"jo@example.kr","language":"ko","gender":"MALE"}""");
        assertThat(head.statusCode()).as(head.body()).isEqualTo(201);
        JsonObject jo = json(head);
        assertThat(jo.getJsonObject("name").getJsonObject("ko").getString("written")).isEqualTo("조태익");
        assertThat(jo.getJsonObject("name").getJsonObject("ru").getString("written")).isEqualTo("Чжо Тэ Ик");
        assertThat(jo.getJsonObject("suggestedName").getJsonObject("kk").getString("written")).isEqualTo("Чжо Тэ Ик");
        assertThat(jo.getBoolean("head")).isTrue();

        HttpResponse<String> secondHead = member(korea, "{\"name\":{\"ru\":{\"family\":\"Ким\",\"given\":\"Ён\"}},\"head\":true}");
        assertThat(secondHead.statusCode()).isEqualTo(409);
        assertThat(fields(secondHead)).contains("head");

        HttpResponse<String> sameEmail = member(korea, "{\"name\":{\"ru\":{\"family\":\"Ким\"}},\"email\":\"JO@example.kr\"}");
        assertThat(sameEmail.statusCode()).isEqualTo(409);
        assertThat(fields(sameEmail)).contains("email");

        HttpResponse<String> bad = member(korea, "{\"name\":{},\"email\":\"not-an-address\",\"rank\":\"EMPEROR\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(fields(bad)).contains("names", "email", "rank");

        HttpResponse<String> control = member(korea, "{\"name\":{\"ru\":{\"family\":\"Ким\\u0007\"}}}");
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(fields(control)).contains("names.ru.family");

        HttpResponse<String> bidi = member(korea, "{\"name\":{\"en\":{\"family\":\"Kim\\u202Emid\"}}}");
        assertThat(bidi.statusCode()).isEqualTo(400);
        assertThat(fields(bidi)).contains("names.en.family");

        HttpResponse<String> huge = member(korea, "{\"name\":{\"en\":{\"family\":\"" + "a".repeat(1_000_000) + "\"}}}");
        assertThat(huge.statusCode()).isBetween(400, 413);

        HttpResponse<String> script = member(korea, "{\"name\":{\"en\":{\"family\":\"<script>alert(1)</script>\",\"given\":\"Éric Müller\"}}}");
        assertThat(script.statusCode()).isEqualTo(201);
        long scriptId = json(script).getJsonNumber("id").longValue();
        JsonObject stored = json(send("GET", "/api/delegates/" + scriptId, null));
        assertThat(stored.getJsonObject("name").getJsonObject("en").getString("family")).isEqualTo("<script>alert(1)</script>");
        assertThat(stored.getJsonObject("name").getJsonObject("en").getString("given")).isEqualTo("Éric Müller");

        assertThat(Json.createReader(new StringReader(send("GET", "/api/delegations/" + korea + "/members", null).body())).readArray()).hasSize(2);

        HttpResponse<String> country = send("POST", "/api/events/" + event + "/delegations", "{\"country\":\"XX\",\"name\":{\"ru\":\"?\"}}");
        assertThat(country.statusCode()).isEqualTo(400);
        assertThat(fields(country)).contains("country");
    }

    @Test
    void participantsAreListedInKazakhOrderAndByPrecedence() throws Exception {
        long event = forum();
        long kz = delegation(event, "KZ", "Делегация Туркестанской области");
        long kg = delegation(event, "KG", "Делегация Кыргызской Республики");
        long kr = delegation(event, "KR", "Делегация Республики Корея");
        member(kz, "{\"name\":{\"kk\":{\"family\":\"Өтепов\",\"given\":\"Ұлан\"}},\"rank\":\"OFFICIAL\"}");
        member(kz, "{\"name\":{\"kk\":{\"family\":\"Оспанов\",\"given\":\"Әсет\"}},\"rank\":\"GOVERNOR\",\"rankSince\":\"2022-10-01\",\"head\":true}");
        member(kg, "{\"name\":{\"kk\":{\"family\":\"Қасымов\",\"given\":\"Нұрлан\"}},\"rank\":\"DEPUTY_MINISTER\",\"head\":true}");
        member(kg, "{\"name\":{\"kk\":{\"family\":\"Кенесов\",\"given\":\"Ғани\"}},\"rank\":\"EXPERT\"}");
        member(kr, "{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"},\"ru\":{\"family\":\"Чжо\",\"given\":\"Тэ Ик\"}},\"rank\":\"AMBASSADOR\",\"rankSince\":\"2023-05-10\",\"head\":true}");

        JsonArray byName = array(send("GET", "/api/events/" + event + "/participants?lang=kk&order=name", null));
        assertThat(byName.stream().map(v -> v.asJsonObject().getString("displayName")).toList())
                .containsExactly("Кенесов Ғани", "Қасымов Нұрлан", "Оспанов Әсет", "Өтепов Ұлан", "Чжо Тэ Ик");
        assertThat(byName.getJsonObject(4).getBoolean("nameSuggested")).isTrue();
        assertThat(byName.getJsonObject(0).getBoolean("nameSuggested")).isFalse();

        JsonArray byPrecedence = array(send("GET", "/api/events/" + event + "/participants?lang=en&order=precedence", null));
        assertThat(byPrecedence.stream().map(v -> v.asJsonObject().getString("rank")).toList())
                .containsExactly("AMBASSADOR", "GOVERNOR", "DEPUTY_MINISTER", "OFFICIAL", "EXPERT");
        long expertId = byPrecedence.getJsonObject(4).getJsonNumber("id").longValue();
        assertThat(send("PUT", "/api/delegates/" + expertId + "/precedence", "{\"position\":1}").statusCode()).isEqualTo(200);
        JsonArray pinned = array(send("GET", "/api/events/" + event + "/participants?lang=en&order=precedence", null));
        assertThat(pinned.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(expertId);
        assertThat(pinned.getJsonObject(0).getBoolean("manualPrecedence")).isTrue();
        assertThat(pinned.getJsonObject(1).getBoolean("manualPrecedence")).isFalse();

        HttpResponse<String> wrong = send("GET", "/api/events/" + event + "/participants?lang=de&order=height", null);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(fields(wrong)).contains("lang", "order");
    }

    @Test
    void aPrivateLinkOpensOnlyTheDelegatesOwnPageUntilRevoked() throws Exception {
        long event = forum();
        long kr = delegation(event, "KR", "Делегация Республики Корея");
        long jo = json(member(kr, "{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"},\"en\":{\"family\":\"Jo\",\"given\":\"Tae-ik\"}},\"language\":\"ko\",\"head\":true,\"email\":\"jo@example.kr\"}"))
                .getJsonNumber("id").longValue();
        member(kr, "{\"name\":{\"en\":{\"family\":\"Park\"}},\"email\":\"park@example.kr\",\"phone\":\"+82 2 123 4567\"}");

        HttpResponse<String> issued = send("POST", "/api/delegates/" + jo + "/link", "{}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String url = json(issued).getString("url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);

        HttpResponse<String> page = anonymous("GET", "/api/links/" + token, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json(page).getString("name")).isEqualTo("조태익");
        assertThat(json(page).getString("language")).isEqualTo("ko");
        assertThat(page.body()).doesNotContain("park@example.kr").doesNotContain("+82");

        HttpResponse<String> answered = anonymous("PUT", "/api/links/" + token,
                "{\"attendance\":\"CONFIRMED\",\"arrivalDetails\":\"KC 131, 17 Sep 14:30\",\"dietaryNeeds\":\"halal\"}");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(json(send("GET", "/api/delegates/" + jo, null)).getString("attendance")).isEqualTo("CONFIRMED");

        assertThat(send("DELETE", "/api/delegates/" + jo + "/link", null).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = anonymous("GET", "/api/links/" + token, null);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertProblem(revoked, 404);
        assertThat(anonymous("GET", "/api/links/" + URLEncoder.encode("not-a-real-token-at-all-xyz", StandardCharsets.UTF_8), null).statusCode()).isEqualTo(404);
    }

    /** The page behind /d/{token}: the delegate's own, in their language, without an account or a session. */
    @Test
    void thePrivatePageTakesTheAnswerWithoutAnAccount() throws Exception {
        long event = forum();
        long kr = delegation(event, "KR", "Делегация Республики Корея");
        long jo = json(member(kr, "{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"}},\"language\":\"ko\",\"head\":true}"))
                .getJsonNumber("id").longValue();
        member(kr, "{\"name\":{\"en\":{\"family\":\"<script>alert(1)</script>\"}},\"email\":\"other@example.kr\"}");
        String url = json(send("POST", "/api/delegates/" + jo + "/link", "{}")).getString("url");
        String token = url.substring(url.lastIndexOf('/') + 1);

        // The delegate's language wins over the browser's and over a language chosen on the officers' pages.
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/d/" + token))
                .header("Cookie", "forum-lang=ru").header("Accept-Language", "en").GET(), null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"ko\"", "조태익", "참석하시겠습니까?")
                .doesNotContain("other@example.kr", "<script>alert(1)</script>", "app-nav", "/logout");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session for a stateless page").isEmpty();

        java.util.regex.Matcher form = java.util.regex.Pattern.compile("<form id=\"answer\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        assertThat(form.find()).isTrue();
        String action = form.group(1);
        assertThat(action).as("the token stays out of the address of later requests").doesNotContain(token).doesNotContain("?");
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(state.find()).isTrue();
        String body = String.join("&", "answer=answer", "token=" + token, "answer%3Aattendance=CONFIRMED",
                "answer%3Aarrival=" + URLEncoder.encode("KC 131, 17 Sep 14:30", StandardCharsets.UTF_8),
                "answer%3Adietary=" + URLEncoder.encode("할랄", StandardCharsets.UTF_8), "answer%3Asend=",
                "jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
        HttpResponse<String> answered = send(HttpRequest.newBuilder(URI.create("http://localhost:" + deployed.getPort() + action))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)), null, null);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("감사합니다");
        JsonObject stored = json(send("GET", "/api/delegates/" + jo, null));
        assertThat(stored.getString("attendance")).isEqualTo("CONFIRMED");
        assertThat(stored.getString("dietaryNeeds")).isEqualTo("할랄");

        // Only the servlet's forward or the form's hidden field open the page; a query parameter does not.
        assertThat(anonymous("GET", "/delegate.xhtml", null).statusCode()).isEqualTo(404);
        assertThat(anonymous("GET", "/delegate.xhtml?token=" + token, null).statusCode()).isEqualTo(404);
        assertThat(anonymous("GET", "/d/not-a-real-token-at-all-xyz", null).statusCode()).isEqualTo(404);
        send("DELETE", "/api/delegates/" + jo + "/link", null);
        assertThat(anonymous("GET", "/d/" + token, null).statusCode()).isEqualTo(404);
        // The officers' pages are not public.
        assertThat(anonymous("GET", "/events.xhtml", null).statusCode()).isEqualTo(302);
    }

    @Test
    void participantFilesGoInAndOutAllOrNothing() throws Exception {
        long event = forum();
        String api = "/api/events/" + event + "/participants";

        // The template: exactly the columns and the example row, as XLSX and as CSV.
        HttpResponse<byte[]> xlsxTemplate = download(api + "/template.xlsx");
        assertThat(xlsxTemplate.statusCode()).isEqualTo(200);
        assertThat(xlsxTemplate.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(xlsxTemplate.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"participants-template.xlsx\"; filename*=UTF-8''participants-template.xlsx");
        assertThat(xlsxTemplate.body()).startsWith('P', 'K', 3, 4);
        HttpResponse<byte[]> csvTemplate = download(api + "/template.csv");
        assertThat(csvTemplate.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String csvText = new String(csvTemplate.body(), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFFcountry,delegation_kk,delegation_ru,delegation_en,delegation_ko,family_kk,given_kk,")
                .contains(",조,태익,", "Чжо", "Jo,Tae-ik", "AMBASSADOR,2023-05-10,HEAD");

        // The template itself imports: a dry run counts, stores nothing; the real import stores the ambassador.
        HttpResponse<String> dry = upload(api + "/import?dryRun=true", "participants-template.xlsx", XLSX, xlsxTemplate.body(), null);
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        assertThat(json(dry).getBoolean("dryRun")).isTrue();
        assertThat(json(dry).getInt("delegationsCreated")).isEqualTo(1);
        assertThat(json(dry).getInt("delegatesAdded")).isEqualTo(1);
        assertThat(array(send("GET", api, null))).isEmpty();
        HttpResponse<String> real = upload(api + "/import", "participants-template.xlsx", XLSX, xlsxTemplate.body(), null);
        assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
        assertThat(json(real).getBoolean("dryRun")).isFalse();
        assertThat(array(send("GET", api + "?lang=ko", null)).getJsonObject(0).getString("displayName")).isEqualTo("조태익");

        // A CSV with semicolons and a form field dryRun: the Korean delegation is reused, Kazakhstan created.
        String csv = "country;family_kk;given_kk;family_en;given_en;role;rank;email;phone\r\n"
                + "KR;;;Park;Jin;MEMBER;EXPERT;park@example.kr;+82 2 123 4567\r\n"
                + "KZ;Оспанов;Әсет;;;HEAD;GOVERNOR;akim@example.kz;\r\n";
        HttpResponse<String> csvDry = upload(api + "/import", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), "true");
        assertThat(csvDry.statusCode()).as(csvDry.body()).isEqualTo(200);
        assertThat(json(csvDry).getBoolean("dryRun")).isTrue();
        assertThat(json(csvDry).getInt("delegationsReused")).isEqualTo(1);
        assertThat(json(csvDry).getInt("delegationsCreated")).isEqualTo(1);
        assertThat(array(send("GET", api, null))).hasSize(1);

        // One broken row among good ones: 422 naming every bad cell by row and column, nothing stored.
        String broken = csv + "KZ;Нұров;;;;HEAD;EMPEROR;not-an-address;\r\n";
        HttpResponse<String> refused = upload(api + "/import", "list.csv", "text/csv", broken.getBytes(StandardCharsets.UTF_8), null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertProblem(refused, 422);
        assertThat(fields(refused)).containsExactly("rows[4].rank", "rows[4].role", "rows[4].email");
        assertThat(array(send("GET", api, null))).hasSize(1);

        HttpResponse<String> imported = upload(api + "/import", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), "false");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).getInt("delegatesAdded")).isEqualTo(2);
        assertThat(array(send("GET", api, null))).hasSize(3);

        // Files that are not what they claim, and files that are too large.
        HttpResponse<String> notZip = upload(api + "/import", "list.xlsx", XLSX, csv.getBytes(StandardCharsets.UTF_8), null);
        assertThat(notZip.statusCode()).isEqualTo(400);
        assertThat(fields(notZip)).containsExactly("file");
        HttpResponse<String> noFile = send(HttpRequest.newBuilder(URI.create(base + api + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n--xyz--\r\n")),
                ADMIN, ADMIN_PASSWORD);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(fields(noFile)).containsExactly("file");
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> tooLarge = upload(api + "/import", "huge.csv", "text/csv", huge, null);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertProblem(tooLarge, 413);
        assertThat(fields(tooLarge)).containsExactly("file");
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(base + api + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        multipart("huge.csv", "text/csv", huge, null)))), ADMIN, ADMIN_PASSWORD);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(array(send("GET", api, null))).hasSize(3);

        // Exports: the list in Kazakh by precedence, as a workbook and as CSV named after the event.
        HttpResponse<byte[]> xlsx = download(api + ".xlsx?lang=kk&order=precedence");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(fileName(xlsx)).isEqualTo("Орталық Азия – Корея II форумы – қатысушылар.xlsx");
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"").matches("[\\x20-\\x7E]+"));
        assertThat(xlsx.body()).startsWith('P', 'K', 3, 4);
        HttpResponse<byte[]> exported = download(api + ".csv?lang=ru&order=precedence&delimiter=%3B");
        assertThat(exported.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(fileName(exported)).isEqualTo("Форум «Центральная Азия – Корея II» – участники.csv");
        String exportedText = new String(exported.body(), StandardCharsets.UTF_8);
        assertThat(exportedText).startsWith("\uFEFFno;name;country;").contains("'+82 2 123 4567").contains("Оспанов");
        assertThat(exportedText.lines().skip(1).findFirst().orElseThrow()).startsWith("1;Чжо Тэ Ик;KR;");

        // The export imports into a fresh event as it is.
        long fresh = forum();
        HttpResponse<String> again = upload("/api/events/" + fresh + "/participants/import", "export.xlsx", XLSX, xlsx.body(), null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).getInt("delegatesAdded")).isEqualTo(3);

        HttpResponse<byte[]> wrong = download(api + ".csv?lang=de&order=height&delimiter=tab");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(download("/api/events/999999999/participants/template.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void archivistsCannotRegisterDelegations() throws Exception {
        String name = "arch-" + UUID.randomUUID().toString().substring(0, 8);
        send("POST", "/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"archivist-pass-1\",\"roles\":[\"ARCHIVIST\"]}");
        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(base + "/api/events")).GET(), name, "archivist-pass-1");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void agendaItemsAreCheckedWarnedAboutAndGuardedAgainstStaleEdits() throws Exception {
        HttpResponse<String> created = send("POST", "/api/events", """
                {"kind":"FORUM","title":{"kk":"Форум","ru":"Форум","en":"Forum"},
                 "startsOn":"2025-09-18","endsOn":"2025-09-19","languages":["kk","ru","en"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long event = json(created).getJsonNumber("id").longValue();
        long other = forum();

        HttpResponse<String> hall = send("POST", "/api/events/" + event + "/venues",
                "{\"name\":{\"ru\":\"Конгресс-холл\",\"en\":\"Congress Hall\"},\"address\":{\"ru\":\"Туркестан\"},\"capacity\":400}");
        assertThat(hall.statusCode()).as(hall.body()).isEqualTo(201);
        long venue = json(hall).getJsonNumber("id").longValue();
        JsonArray venues = array(send("GET", "/api/events/" + event + "/venues", null));
        assertThat(venues).hasSize(1);
        assertThat(venues.getJsonObject(0).getJsonObject("name").getString("en")).isEqualTo("Congress Hall");
        assertThat(venues.getJsonObject(0).getInt("capacity")).isEqualTo(400);

        long kazakhstan = delegation(event, "kz", "Делегация Республики Казахстан");
        HttpResponse<String> speaker = member(kazakhstan, "{\"name\":{\"ru\":{\"family\":\"Нурланов\",\"given\":\"Ерлан\"},\"en\":{\"family\":\"Nurlanov\",\"given\":\"Yerlan\"}},\"head\":true}");
        assertThat(speaker.statusCode()).as(speaker.body()).isEqualTo(201);
        long nurlanov = json(speaker).getJsonNumber("id").longValue();
        HttpResponse<String> stranger = member(delegation(other, "kr", "Делегация Кореи"), "{\"name\":{\"ru\":{\"family\":\"Ким\"}}}");
        long foreign = json(stranger).getJsonNumber("id").longValue();

        String item = """
                {"kind":"%s","startsAt":"%s","endsAt":"%s","title":{"kk":"%s","ru":"%s","en":"%s"},"venue":"%s",
                 "speakers":["%s"],"interpretation":{"from":"%s","to":["kk","ru"]},"staffNotes":"microphones","version":%s}""";
        HttpResponse<String> opening = send("POST", "/api/events/" + event + "/agenda", item.formatted("PLENARY",
                "2025-09-18T10:00", "2025-09-18T11:30", "Форумның ашылуы", "Открытие форума", "Opening of the forum",
                venue, nurlanov, "en", "null"));
        assertThat(opening.statusCode()).as(opening.body()).isEqualTo(201);
        assertThat(opening.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/agenda/"));
        long openingId = json(opening).getJsonNumber("id").longValue();
        HttpResponse<String> panel = send("POST", "/api/events/" + event + "/agenda", item.formatted("PANEL",
                "2025-09-18T11:00", "2025-09-18T12:00", "Панель", "Панель", "Panel", venue, nurlanov, "en", "null"));
        assertThat(panel.statusCode()).as(panel.body()).isEqualTo(201);

        JsonArray agenda = array(send("GET", "/api/events/" + event + "/agenda?lang=en&release=working", null));
        assertThat(agenda).hasSize(2);
        JsonObject first = agenda.getJsonObject(0);
        assertThat(first.getJsonNumber("id").longValue()).isEqualTo(openingId);
        assertThat(first.getString("uid")).isNotBlank();
        assertThat(first.getString("title")).isEqualTo("Opening of the forum");
        assertThat(first.getJsonObject("titles").getString("ru")).isEqualTo("Открытие форума");
        assertThat(first.getJsonArray("speakers").getJsonObject(0).getString("displayName")).contains("Nurlanov");
        assertThat(first.getJsonObject("interpretation").getString("from")).isEqualTo("en");
        assertThat(first.getJsonObject("interpretation").getJsonArray("to").getString(1)).isEqualTo("ru");
        for (JsonValue entry : agenda) {
            assertThat(entry.asJsonObject().getJsonArray("warnings").stream().map(w -> w.asJsonObject().getString("code")))
                    .contains("SPEAKER_DOUBLE_BOOKED");
        }
        HttpResponse<String> release = send("GET", "/api/events/" + event + "/agenda?release=third", null);
        assertThat(release.statusCode()).isEqualTo(400);
        assertThat(fields(release)).contains("release");

        String path = "/api/events/" + event + "/agenda";
        HttpResponse<String> backwards = send("POST", path, item.formatted("SPEECH", "2025-09-18T15:00", "2025-09-18T14:00",
                "Сөз", "Речь", "Speech", venue, nurlanov, "en", "null"));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(fields(backwards)).contains("endsAt");
        HttpResponse<String> notIso = send("POST", path, item.formatted("SPEECH", "18.09.2025 15:00", "2025-09-18T16:00",
                "Сөз", "Речь", "Speech", venue, nurlanov, "en", "null"));
        assertThat(notIso.statusCode()).isEqualTo(400);
        assertThat(fields(notIso)).contains("startsAt");
        HttpResponse<String> foreignSpeaker = send("POST", path, item.formatted("SPEECH", "2025-09-18T15:00", "2025-09-18T16:00",
                "Сөз", "Речь", "Speech", venue, foreign, "en", "null"));
        assertThat(foreignSpeaker.statusCode()).isEqualTo(400);
        assertThat(fields(foreignSpeaker)).contains("speakers[0]");
        HttpResponse<String> korean = send("POST", path, item.formatted("SPEECH", "2025-09-18T15:00", "2025-09-18T16:00",
                "Сөз", "Речь", "Speech", 999999999, nurlanov, "ko", "null"));
        assertThat(korean.statusCode()).isEqualTo(400);
        assertThat(fields(korean)).contains("interpretation.from", "venue");
        HttpResponse<String> noHostTitle = send("POST", path, """
                {"kind":"SPEECH","startsAt":"2025-09-18T15:00","endsAt":"2025-09-18T16:00","title":{"ru":"Речь"}}""");
        assertThat(noHostTitle.statusCode()).isEqualTo(400);
        assertThat(fields(noHostTitle)).contains("title.kk");
        assertThat(array(send("GET", path, null))).hasSize(2);

        long version = json(opening).getJsonNumber("version").longValue();
        String moved = item.formatted("PLENARY", "2025-09-18T09:00", "2025-09-18T10:30", "Ашылу", "Открытие", "Opening",
                venue, nurlanov, "en", version);
        HttpResponse<String> update = send("PUT", "/api/agenda/" + openingId, moved);
        assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
        assertThat(json(update).getJsonArray("warnings")).isEmpty();
        HttpResponse<String> stale = send("PUT", "/api/agenda/" + openingId, moved);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertProblem(stale, 409);

        assertThat(send("DELETE", "/api/agenda/" + openingId, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/agenda/" + openingId, null).statusCode()).isEqualTo(404);
        assertThat(array(send("GET", path, null))).hasSize(1);
    }

    /**
     * Officers publish the working copy as numbered releases with a change log per language; delegates see only
     * the released programme, only their part of it and never staff notes.
     */
    @Test
    void releasesPublishTheWorkingCopyAndDelegatesSeeOnlyTheirReleasedProgramme() throws Exception {
        long event = forum();
        long kr = delegation(event, "KR", "Делегация Республики Корея");
        long jo = json(member(kr, "{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"},\"en\":{\"family\":\"Jo\",\"given\":\"Tae-ik\"}},\"language\":\"ko\",\"head\":true}"))
                .getJsonNumber("id").longValue();
        String url = json(send("POST", "/api/delegates/" + jo + "/link", "{}")).getString("url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        String path = "/api/events/" + event + "/agenda";
        HttpResponse<String> none = send("GET", path + "?release=latest", null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertProblem(none, 404);
        assertThat(json(anonymous("GET", "/api/links/" + token + "/programme", null)).getJsonArray("items")).isEmpty();

        String item = """
                {"kind":"%s","startsAt":"%s","endsAt":"%s","title":{"kk":"%s","ru":"%s","en":"%s","ko":"%s"},
                 "speakers":[%s],"visibility":"%s","staffNotes":"flags on the left","version":%s}""";
        HttpResponse<String> speech = send("POST", path, item.formatted("SPEECH", "2025-09-18T10:00", "2025-09-18T10:20",
                "Сөз", "Выступление посла", "Ambassador's address", "대사 연설", "\"" + jo + "\"", "DELEGATES", "null"));
        assertThat(speech.statusCode()).as(speech.body()).isEqualTo(201);
        long speechId = json(speech).getJsonNumber("id").longValue();
        String speechUid = json(speech).getString("uid");
        HttpResponse<String> lunch = send("POST", path, item.formatted("MEAL", "2025-09-18T13:00", "2025-09-18T14:00", "Түскі ас", "Обед",
                "Lunch", "오찬", "", "PUBLIC", "null"));
        assertThat(lunch.statusCode()).isEqualTo(201);
        assertThat(send("POST", path, item.formatted("BREAK", "2025-09-18T08:00", "2025-09-18T09:00", "Брифинг",
                "Брифинг персонала", "Staff briefing", "직원 브리핑", "", "STAFF", "null")).statusCode()).isEqualTo(201);

        HttpResponse<String> first = send("POST", path + "/releases?lang=ru", "{\"expectedLatestNumber\":0,\"note\":\"Первая редакция\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/agenda/releases/1"));
        assertThat(json(first).getInt("number")).isEqualTo(1);
        assertThat(json(first).getInt("added")).isEqualTo(3);
        HttpResponse<String> again = send("POST", path + "/releases", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertProblem(again, 409);

        long version = json(send("GET", "/api/agenda/" + speechId, null)).getJsonNumber("version").longValue();
        HttpResponse<String> moved = send("PUT", "/api/agenda/" + speechId, item.formatted("SPEECH", "2025-09-18T11:00",
                "2025-09-18T11:20", "Сөз", "Выступление посла", "Ambassador's address", "대사 연설", "\"" + jo + "\"",
                "DELEGATES", version));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonArray stillReleased = array(send("GET", path + "?release=latest&lang=en", null));
        assertThat(stillReleased.stream().map(i -> i.asJsonObject().getString("startsAt"))).contains("2025-09-18T10:00:00");
        HttpResponse<String> stale = send("POST", path + "/releases", "{\"expectedLatestNumber\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> second = send("POST", path + "/releases?lang=ru", "{\"expectedLatestNumber\":1}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonObject change = json(second).getJsonArray("changes").getJsonObject(0);
        assertThat(change.getString("kind")).isEqualTo("CHANGED");
        assertThat(change.getString("uid")).isEqualTo(speechUid);
        assertThat(change.getJsonArray("aspects").getString(0)).isEqualTo("TIME");
        assertThat(change.getString("text")).contains("Выступление посла").contains("10:00").contains("11:00");
        JsonArray releases = array(send("GET", path + "/releases?lang=kk", null));
        assertThat(releases.stream().map(r -> r.asJsonObject().getInt("number"))).containsExactly(2, 1);
        assertThat(releases.getJsonObject(1).getString("note")).isEqualTo("Первая редакция");
        assertThat(json(send("GET", path + "/releases/2?lang=ko", null)).getJsonArray("changes").getJsonObject(0)
                .getString("title")).isEqualTo("대사 연설");
        assertThat(send("GET", path + "/releases/7", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", path + "/releases?lang=de", null).statusCode()).isEqualTo(400);

        JsonArray released = array(send("GET", path + "?release=2&lang=en", null));
        assertThat(released).hasSize(3);
        JsonObject address = released.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("uid").equals(speechUid))
                .findFirst().orElseThrow();
        assertThat(address.getInt("sequence")).isEqualTo(1);
        assertThat(address.getString("startsAt")).isEqualTo("2025-09-18T11:00:00");
        assertThat(address.containsKey("staffNotes")).isFalse();
        assertThat(array(send("GET", path + "?release=1", null)).getJsonObject(1).getInt("sequence")).isEqualTo(0);

        HttpResponse<String> own = anonymous("GET", "/api/links/" + token + "/programme", null);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonObject programme = json(own);
        assertThat(programme.getInt("release")).isEqualTo(2);
        assertThat(programme.getString("language")).isEqualTo("ko");
        assertThat(programme.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("title")))
                .containsExactly("대사 연설", "오찬");
        assertThat(programme.getJsonArray("changes").getString(0)).contains("대사 연설");
        assertThat(own.body()).doesNotContain("flags on the left").doesNotContain("직원 브리핑");

        HttpResponse<String> whole = send("GET", path + ".ics?lang=kk", null);
        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(whole.body()));
        assertThat(calendar.getRequiredProperty(Property.METHOD).getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSize(2); // the staff briefing stays inside
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(whole.body()).contains("TZID=Asia/Almaty:20250918T110000").contains("Түскі ас").doesNotContain("flags on the left");
        assertThat(send("GET", path + ".ics?audience=staff", null).body()).contains("Брифинг");
        assertThat(fields(send("GET", path + ".ics?lang=de&audience=everyone", null))).contains("lang", "audience");

        assertThat(send("DELETE", "/api/agenda/" + json(lunch).getJsonNumber("id").longValue(), null).statusCode()).isEqualTo(204);
        assertThat(send("POST", path + "/releases", "{\"expectedLatestNumber\":2}").statusCode()).isEqualTo(201);
        HttpResponse<String> personal = anonymous("GET", "/api/links/" + token + "/programme.ics", null);
        assertThat(personal.statusCode()).as(personal.body()).isEqualTo(200);
        VEvent address2 = null;
        VEvent lunch2 = null;
        for (VEvent e : new CalendarBuilder().build(new StringReader(personal.body())).<VEvent>getComponents(Component.VEVENT)) {
            String uid = e.getRequiredProperty(Property.UID).getValue();
            if (uid.equals(speechUid)) {
                address2 = e;
            } else if (uid.equals(json(lunch).getString("uid"))) {
                lunch2 = e;
            }
        }
        assertThat(address2).isNotNull();
        assertThat(address2.getRequiredProperty(Property.SEQUENCE).getValue()).isEqualTo("1");
        assertThat(address2.getRequiredProperty(Property.SUMMARY).getValue()).isEqualTo("대사 연설");
        assertThat(address2.getRequiredProperty(Property.DTSTAMP).getValue()).endsWith("Z");
        assertThat(lunch2).isNotNull();
        assertThat(lunch2.getRequiredProperty(Property.STATUS).getValue()).isEqualTo("CANCELLED");
        assertThat(lunch2.getRequiredProperty(Property.SEQUENCE).getValue()).isEqualTo("1");
        assertThat(personal.body()).doesNotContain("직원 브리핑");
        assertThat(anonymous("GET", "/api/links/not-a-real-token-at-all-xyz/programme.ics", null).statusCode()).isEqualTo(404);
    }

    @Test
    void protocolDocumentsComeAsPdfANamedInTheirLanguage() throws Exception {
        long bare = forum();
        HttpResponse<String> withHost = send("POST", "/api/events", """
                {"kind":"FORUM","title":{"kk":"Орталық Азия – Корея II форумы","ko":"중앙아시아-한국 II 포럼"},
                 "city":{"kk":"Түркістан","ko":"투르키스탄"},"hostOrganisation":{"kk":"Түркістан облысының әкімдігі"},
                 "startsOn":"2025-09-18","endsOn":"2025-09-19","languages":["kk","ru","en","ko"]}""");
        assertThat(withHost.statusCode()).as(withHost.body()).isEqualTo(201);
        long event = json(withHost).getJsonNumber("id").longValue();
        long kr = delegation(event, "KR", "Делегация Республики Корея");
        long kz = delegation(event, "KZ", "Делегация Туркестанской области");
        long jo = json(member(kr, "{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"},\"ru\":{\"family\":\"Чжо\",\"given\":\"Тэ Ик\"}},"
                + "\"rank\":\"AMBASSADOR\",\"head\":true,\"language\":\"ko\",\"gender\":\"MALE\"}")).getJsonNumber("id").longValue();
        long akim = json(member(kz, "{\"name\":{\"kk\":{\"family\":\"Әбілқайыров\",\"given\":\"Ғалымжан\"}},\"rank\":\"GOVERNOR\","
                + "\"head\":true,\"language\":\"kk\",\"gender\":\"MALE\"}")).getJsonNumber("id").longValue();
        String docs = "/api/events/" + event + "/documents/";

        HttpResponse<byte[]> list = download(docs + "participants.pdf?lang=kk&order=precedence");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(fileName(list)).isEqualTo("Орталық Азия – Корея II форумы – қатысушылар.pdf");
        assertThat(list.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).matches("[\\x20-\\x7E]+"));
        assertPdfA(list.body());
        assertPdfA(download(docs + "participants.pdf").body());

        HttpResponse<byte[]> badges = download(docs + "badges.pdf?format=a6");
        assertThat(badges.statusCode()).isEqualTo(200);
        assertThat(fileName(badges)).endsWith(" – Бейджтер.pdf");
        assertPdfA(badges.body());
        assertThat(download(docs + "badges.pdf?delegate=" + jo).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> letter = download(docs + "invitation.pdf?delegate=" + jo);
        assertThat(letter.statusCode()).isEqualTo(200);
        assertPdfA(letter.body());
        assertThat(fileName(letter)).startsWith("중앙아시아-한국 II 포럼 – 초청장 – 조태익 – ")
                .matches(".* – [0-9]+-" + java.time.Year.now(java.time.ZoneId.of("Asia/Almaty")) + "\\.pdf");
        assertThat(fileName(download(docs + "invitation.pdf?delegate=" + jo))).as("printed again, same number").isEqualTo(fileName(letter));
        HttpResponse<byte[]> toAkim = download(docs + "invitation.pdf?delegate=" + akim);
        assertThat(fileName(toAkim)).contains("Шақыру хат – Әбілқайыров Ғалымжан – ").isNotEqualTo(fileName(letter));

        // Seating plan and place cards of a bilateral meeting from the agenda's working copy.
        String meeting = "{\"kind\":\"BILATERAL_MEETING\",\"startsAt\":\"2025-09-18T15:00\",\"endsAt\":\"2025-09-18T16:00\","
                + "\"title\":{\"kk\":\"Екіжақты кездесу\",\"ru\":\"Двусторонняя встреча\"},\"delegations\":[%s]}";
        HttpResponse<String> bilateral = send("POST", "/api/events/" + event + "/agenda", meeting.formatted("\"" + kz + "\",\"" + kr + "\""));
        assertThat(bilateral.statusCode()).as(bilateral.body()).isEqualTo(201);
        long item = json(bilateral).getJsonNumber("id").longValue();
        HttpResponse<byte[]> seating = download(docs + "seating.pdf?lang=ru&item=" + item);
        assertThat(seating.statusCode()).isEqualTo(200);
        assertThat(fileName(seating)).isEqualTo("Двусторонняя встреча – План рассадки.pdf");
        assertPdfA(seating.body());
        HttpResponse<byte[]> cards = download(docs + "placecards.pdf?item=" + item);
        assertThat(cards.statusCode()).isEqualTo(200);
        assertThat(fileName(cards)).isEqualTo("Екіжақты кездесу – Отырғызу карточкалары.pdf");
        assertPdfA(cards.body());
        long lonely = json(send("POST", "/api/events/" + event + "/agenda", meeting.formatted("\"" + kz + "\""))).getJsonNumber("id").longValue();
        HttpResponse<String> oneSide = send("GET", docs + "seating.pdf?item=" + lonely, null);
        assertThat(oneSide.statusCode()).isEqualTo(409);
        assertThat(fields(oneSide)).containsExactly("delegations");
        HttpResponse<String> noItem = send("GET", docs + "placecards.pdf?item=x", null);
        assertThat(noItem.statusCode()).isEqualTo(400);
        assertThat(fields(noItem)).containsExactly("item");
        assertProblem(send("GET", docs + "seating.pdf?item=999999999", null), 404);
        assertProblem(send("GET", "/api/events/" + bare + "/documents/seating.pdf?item=" + item, null), 404);

        // Bad parameters name their field; unknown events and delegates, or another event's delegate, are not found.
        HttpResponse<String> wrong = send("GET", docs + "participants.pdf?lang=de&order=height", null);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(fields(wrong)).contains("lang", "order");
        HttpResponse<String> format = send("GET", docs + "badges.pdf?format=a4&delegate=abc", null);
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(fields(format)).contains("format", "delegate");
        HttpResponse<String> noDelegate = send("GET", docs + "invitation.pdf", null);
        assertThat(noDelegate.statusCode()).isEqualTo(400);
        assertThat(fields(noDelegate)).contains("delegate");
        assertProblem(send("GET", docs + "invitation.pdf?delegate=999999999", null), 404);
        assertProblem(send("GET", "/api/events/999999999/documents/participants.pdf", null), 404);
        HttpResponse<String> created = send("POST", "/api/events", "{\"kind\":\"MEETING\",\"title\":{\"ru\":\"Встреча\"},"
                + "\"startsOn\":\"2025-09-18\",\"endsOn\":\"2025-09-18\",\"languages\":[\"ru\",\"kk\"]}");
        long ruKk = json(created).getJsonNumber("id").longValue();
        assertProblem(send("GET", "/api/events/" + ruKk + "/documents/badges.pdf?delegate=" + jo, null), 404);
        HttpResponse<String> notWorking = send("GET", "/api/events/" + ruKk + "/documents/participants.pdf?lang=ko", null);
        assertThat(notWorking.statusCode()).isEqualTo(400);
        assertThat(fields(notWorking)).containsExactly("lang");
        assertThat(send(HttpRequest.newBuilder(URI.create(base + docs + "badges.pdf")).GET(), null, null).statusCode()).isEqualTo(401);
        long stranger = json(member(delegation(bare, "KG", "Делегация Кыргызской Республики"),
                "{\"name\":{\"ru\":{\"family\":\"Касымов\"}}}")).getJsonNumber("id").longValue();
        HttpResponse<String> noSender = send("GET", "/api/events/" + bare + "/documents/invitation.pdf?delegate=" + stranger, null);
        assertThat(noSender.statusCode()).isEqualTo(409);
        assertThat(fields(noSender)).containsExactly("hostOrganisation");
    }

    @Test
    void theProgrammeBookletIsPrintedOnlyFromAReleaseAndWithoutStaffItems() throws Exception {
        HttpResponse<String> created = send("POST", "/api/events", """
                {"kind":"FORUM","title":{"kk":"Орталық Азия – Корея II форумы","ko":"중앙아시아-한국 II 포럼"},
                 "city":{"kk":"Түркістан","ko":"투르키스탄"},"hostOrganisation":{"kk":"Түркістан облысының әкімдігі"},
                 "startsOn":"2025-09-18","endsOn":"2025-09-19","languages":["kk","ru","en","ko"]}""");
        long event = json(created).getJsonNumber("id").longValue();
        long kr = delegation(event, "KR", "Делегация Республики Корея");
        long jo = json(member(kr, "{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"},\"kk\":{\"family\":\"Чжо\",\"given\":\"Тэ Ик\"}},"
                + "\"position\":{\"ko\":\"주카자흐스탄 대한민국 대사\"},\"rank\":\"AMBASSADOR\",\"head\":true,\"language\":\"ko\"}"))
                .getJsonNumber("id").longValue();
        String docs = "/api/events/" + event + "/documents/";
        HttpResponse<String> unpublished = send("GET", docs + "programme.pdf", null);
        assertThat(unpublished.statusCode()).isEqualTo(409);
        assertProblem(unpublished, 409);
        assertThat(json(unpublished).getString("detail")).contains("publish");

        String item = """
                {"kind":"%s","startsAt":"%s","endsAt":"%s","title":{"kk":"%s","ko":"%s"},"speakers":[%s],"visibility":"%s",
                 "staffNotes":"флагтар сол жақта"}""";
        assertThat(send("POST", "/api/events/" + event + "/agenda", item.formatted("SPEECH", "2025-09-18T10:00", "2025-09-18T10:20",
                "Елшінің сөзі", "대사 연설", "\"" + jo + "\"", "PUBLIC")).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/events/" + event + "/agenda", item.formatted("BREAK", "2025-09-19T08:00", "2025-09-19T09:00",
                "Қызметкерлер брифингі", "직원 브리핑", "", "STAFF")).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/events/" + event + "/agenda/releases", "{\"expectedLatestNumber\":0}").statusCode()).isEqualTo(201);

        HttpResponse<byte[]> ko = download(docs + "programme.pdf?lang=ko");
        assertThat(ko.statusCode()).isEqualTo(200);
        assertThat(fileName(ko)).isEqualTo("중앙아시아-한국 II 포럼 – 프로그램.pdf");
        assertThat(ko.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        assertPdfA(ko.body());
        try (com.itextpdf.kernel.pdf.PdfDocument pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(
                new java.io.ByteArrayInputStream(ko.body())))) {
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                text.append(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(pdf.getPage(p))).append('\n');
            }
            assertThat(text.toString()).contains("대사 연설", "조태익", "주카자흐스탄 대한민국 대사", "제1판")
                    .doesNotContain("직원 브리핑", "флагтар");
            assertThat(pdf.getOutlines(false).getAllChildren()).hasSize(1);
        }
        assertThat(download(docs + "programme.pdf?release=1&lang=kk").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> personal = download(docs + "programme.pdf?delegate=" + jo + "&disposition=inline");
        assertThat(personal.statusCode()).isEqualTo(200);
        assertThat(personal.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline;"));
        assertThat(fileName(personal)).isEqualTo("중앙아시아-한국 II 포럼 – 프로그램 – 조태익.pdf");
        assertThat(download(docs + "participants.pdf?disposition=inline").headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("inline;"));

        assertProblem(send("GET", docs + "programme.pdf?release=7", null), 404);
        HttpResponse<String> bad = send("GET", docs + "programme.pdf?release=first&lang=de&delegate=x", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(fields(bad)).contains("release", "lang", "delegate");
        HttpResponse<String> disposition = send("GET", docs + "badges.pdf?disposition=window", null);
        assertThat(disposition.statusCode()).isEqualTo(400);
        assertThat(fields(disposition)).containsExactly("disposition");
        assertProblem(send("GET", docs + "programme.pdf?delegate=999999999", null), 404);
    }

    @Test
    void minutesAreEnteredPerLanguageAndPrintedWithBothSides() throws Exception {
        long event = forum();
        long kz = delegation(event, "KZ", "Делегация Туркестанской области");
        long kr = delegation(event, "KR", "Делегация Республики Корея");
        member(kz, "{\"name\":{\"kk\":{\"family\":\"Әбілқайыров\",\"given\":\"Ғалымжан\"}},\"rank\":\"GOVERNOR\",\"head\":true}");
        member(kr, "{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"}},\"rank\":\"AMBASSADOR\",\"head\":true}");
        HttpResponse<String> meeting = send("POST", "/api/events/" + event + "/agenda", "{\"kind\":\"BILATERAL_MEETING\","
                + "\"startsAt\":\"2025-09-18T15:00\",\"endsAt\":\"2025-09-18T16:00\",\"title\":{\"kk\":\"Екіжақты кездесу\","
                + "\"ko\":\"양자 회담\"},\"delegations\":[\"" + kz + "\",\"" + kr + "\"]}");
        long item = json(meeting).getJsonNumber("id").longValue();
        String docs = "/api/events/" + event + "/documents/";
        assertProblem(send("GET", "/api/agenda/" + item + "/minutes", null), 404);
        HttpResponse<String> none = send("GET", docs + "minutes.pdf?item=" + item, null);
        assertThat(none.statusCode()).isEqualTo(409);
        assertThat(fields(none)).containsExactly("item");

        HttpResponse<String> saved = send("PUT", "/api/agenda/" + item + "/minutes",
                "{\"topics\":{\"kk\":\"Инвестициялық ынтымақтастық\",\"ko\":\"투자 협력\"},\"agreements\":{\"ko\":\"비즈니스 포럼 개최\"}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject read = json(send("GET", "/api/agenda/" + item + "/minutes", null));
        assertThat(read.getJsonObject("topics").getString("kk")).isEqualTo("Инвестициялық ынтымақтастық");
        assertThat(read.getJsonObject("agreements").getString("ko")).isEqualTo("비즈니스 포럼 개최");

        HttpResponse<byte[]> ko = download(docs + "minutes.pdf?lang=ko&item=" + item);
        assertThat(ko.statusCode()).isEqualTo(200);
        assertThat(fileName(ko)).isEqualTo("양자 회담 – 회의록.pdf");
        assertPdfA(ko.body());
        try (com.itextpdf.kernel.pdf.PdfDocument pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(
                new java.io.ByteArrayInputStream(ko.body())))) {
            String text = com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(text).contains("회의록", "투자 협력", "비즈니스 포럼 개최", "조태익");
        }

        HttpResponse<String> bad = send("PUT", "/api/agenda/" + item + "/minutes", "{\"topics\":{\"de\":\"Investitionen\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(fields(bad)).contains("topics.de");
        HttpResponse<String> plenary = send("POST", "/api/events/" + event + "/agenda", "{\"kind\":\"PLENARY\","
                + "\"startsAt\":\"2025-09-18T10:00\",\"endsAt\":\"2025-09-18T11:00\",\"title\":{\"kk\":\"Ашылу\"}}");
        long plenaryId = json(plenary).getJsonNumber("id").longValue();
        assertProblem(send("PUT", "/api/agenda/" + plenaryId + "/minutes", "{\"topics\":{\"kk\":\"x\"}}"), 409);
        assertProblem(send("PUT", "/api/agenda/999999999/minutes", "{\"topics\":{\"kk\":\"x\"}}"), 404);
        HttpResponse<String> noItem = send("GET", docs + "minutes.pdf", null);
        assertThat(noItem.statusCode()).isEqualTo(400);
        assertThat(fields(noItem)).containsExactly("item");
    }

    /** A PDF whose XMP declares PDF/A-2u; forum-docs' tests check the documents themselves with PDFBox and veraPDF. */
    private static void assertPdfA(byte[] pdf) {
        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.7");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")U");
    }

    // --- helpers ---

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String BOUNDARY = "forum-boundary-7MA4YWxkTrZu0gW";

    private HttpResponse<byte[]> download(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET().header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The file name a browser saves a download under: the UTF-8 filename* of Content-Disposition. */
    private static String fileName(HttpResponse<?> response) {
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> upload(String path, String fileName, String type, byte[] content, String dryRun) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(fileName, type, content, dryRun))), ADMIN, ADMIN_PASSWORD);
    }

    private static byte[] multipart(String fileName, String type, byte[] content, String dryRun) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (dryRun != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n" + dryRun + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, ADMIN, ADMIN_PASSWORD);
    }

    private HttpResponse<String> anonymous(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, null, null);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String user, String password) throws Exception {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).getInt("status")).isEqualTo(status);
        assertThat(json(response).getString("detail")).isNotBlank();
    }

    private static List<String> fields(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return json(response).getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("field")).toList();
    }
}
