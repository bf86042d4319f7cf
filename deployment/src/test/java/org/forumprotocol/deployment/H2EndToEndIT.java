package org.forumprotocol.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.json.JsonString;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The uber jar with its default database (H2 under FORUM_DATA_DIR), as a first-time operator runs it. One
 * start serves every check; the last test restarts it on the same data directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class H2EndToEndIT {
    private static final String ADMIN_PASSWORD = "e2e-admin-secret";
    private static final String OFFICER = "e2e-officer";
    private static final String OFFICER_PASSWORD = "e2e-officer-secret";
    private static final String PROBLEM_JSON = "application/problem+json";

    private Path workDir;
    private ForumProcess forum;
    /** The SMTP server the application delivers its outbox to, in this JVM. */
    private GreenMail smtp;

    @BeforeAll
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        workDir = ForumProcess.newWorkDir("h2");
        forum = ForumProcess.startReady("forum-h2", workDir, environment());
        // Created here rather than in a test, because the role check, the browser login and the restart
        // all need an account that is not the initial administrator.
        HttpResponse<String> created = admin().postJson("/api/accounts",
                "{\"username\":\"" + OFFICER + "\",\"password\":\"" + OFFICER_PASSWORD + "\",\"roles\":[\"OFFICER\"]}");
        assertThat(created.statusCode()).as(Api.describe(created)).isEqualTo(201);
    }

    @AfterAll
    void killIfStillRunning() {
        if (forum != null) {
            forum.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private Map<String, String> environment() {
        return Map.of("FORUM_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "FORUM_SMTP_HOST", smtp.getSmtp().getBindTo(),
                "FORUM_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "FORUM_SMTP_FROM", "Protocol Office <protocol@example.kz>");
    }

    @Test
    @Order(1)
    void readinessIsUpWithTheDatabaseCheck() {
        HttpResponse<String> r = Api.anonymous(forum).get("/health/ready");

        assertThat(r.statusCode()).as(Api.describe(r)).isEqualTo(200);
        JsonObject health = Api.json(r);
        assertThat(health.getString("status")).as(r.body()).isEqualTo("UP");
        JsonObject database = check(health, "database");
        assertThat(database.getString("status")).as(r.body()).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("product")).as(r.body()).isEqualTo("H2");
    }

    @Test
    @Order(2)
    void meWithBasicAuthenticationListsTheAdminRole() {
        HttpResponse<String> r = admin().get("/api/me");

        assertThat(r.statusCode()).as(Api.describe(r)).isEqualTo(200);
        JsonObject me = Api.json(r);
        assertThat(me.getString("username")).isEqualTo("admin");
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString)).as(r.body()).containsExactly("ADMIN");
    }

    @Test
    @Order(3)
    void withoutCredentialsTheApiAnswers401WithAChallengeAndAProblem() {
        HttpResponse<String> r = Api.anonymous(forum).get("/api/me");

        assertThat(r.statusCode()).as(Api.describe(r)).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).as(Api.describe(r)).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertProblem(r, 401);
    }

    @Test
    @Order(4)
    void anOfficerIsForbiddenToListAccounts() {
        HttpResponse<String> r = Api.as(forum, OFFICER, OFFICER_PASSWORD).get("/api/accounts");

        assertThat(r.statusCode()).as(Api.describe(r)).isEqualTo(403);
        assertProblem(r, 403);
    }

    @Test
    @Order(5)
    void anUnknownApiAddressIsANotFoundProblem() {
        HttpResponse<String> r = admin().get("/api/does-not-exist");

        assertThat(r.statusCode()).as(Api.describe(r)).isEqualTo(404);
        assertProblem(r, 404);
    }

    @Test
    @Order(6)
    void anInvalidNewAccountIsABadRequestNamingTheFields() {
        HttpResponse<String> r = admin().postJson("/api/accounts", "{\"username\":\"\",\"password\":\"short\"}");

        assertThat(r.statusCode()).as(Api.describe(r)).isEqualTo(400);
        JsonObject problem = assertProblem(r, 400);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .as(r.body())
                .extracting(e -> e.getString("field"))
                .contains("username", "roles");
    }

    @Test
    @Order(7)
    void signingInThroughTheLoginPageShowsTheUserName() {
        WebDriver browser = Browser.open();
        try {
            browser.get(forum.uri("/login.xhtml").toString());
            signIn(browser, OFFICER, OFFICER_PASSWORD);

            String shown = new Pages(browser).visible(By.id("signed-in-user")).getText();
            assertThat(shown).isNotNull().contains(OFFICER);
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isNotEqualTo("/login.xhtml");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(8)
    void aWrongPasswordStaysOnTheLoginPage() {
        WebDriver browser = Browser.open();
        try {
            browser.get(forum.uri("/login.xhtml").toString());
            signIn(browser, OFFICER, "not-the-password");

            new Pages(browser).visible(By.id("login:password"));
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/login.xhtml");
            assertThat(browser.findElements(By.id("signed-in-user"))).as("nobody is signed in").isEmpty();

            // The failed attempt left no signed-in session behind: the start page still sends to the login page.
            browser.get(forum.uri("/").toString());
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/login.xhtml");
        } finally {
            browser.quit();
        }
    }

    /**
     * The acceptance criterion, through the pages: an officer signs in, switches to Kazakh, creates an event,
     * adds a Korean delegation whose head has a Hangul name, and reads the participant list in Kazakh order.
     * The Kazakh names are chosen so that code-point order, Russian (root) collation and Kazakh collation
     * all give different lists: Қ after К, Ы and then І at the end of the alphabet.
     */
    @Test
    @Order(9)
    void anOfficerCreatesAnEventWithAKoreanHeadAndSeesTheParticipantsInKazakhOrder() {
        // Its own officer, so that the language it chooses (which is remembered per account) touches no other test.
        String officer = "e2e-kk-officer";
        String password = "e2e-kk-officer-secret";
        HttpResponse<String> created = admin().postJson("/api/accounts",
                "{\"username\":\"" + officer + "\",\"password\":\"" + password + "\",\"roles\":[\"OFFICER\"]}");
        assertThat(created.statusCode()).as(Api.describe(created)).isEqualTo(201);

        WebDriver browser = Browser.open();
        try {
            Pages pages = new Pages(browser);
            browser.get(forum.uri("/login.xhtml").toString());
            signIn(browser, officer, password);
            pages.visible(By.id("signed-in-user"));

            // The language switcher is a plain form; the page comes back in Kazakh.
            WebElement kazakh = pages.clickable(By.cssSelector("form.lang-switch button[name='lang'][value='kk']"));
            kazakh.click();
            pages.await("the page in Kazakh", d -> "kk".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

            // Events: a new event, Kazakh host language, Russian and Korean beside it.
            pages.clickable(By.cssSelector("nav.app-nav a[href$='/events.xhtml']")).click();
            pages.clickable(By.id("events:new")).click();
            pages.visible(By.id("eventForm:title_kk"));
            assertThat(browser.findElement(By.id("eventForm:hostLanguage_label")).getText())
                    .as("the host language proposed for a new event").isEqualTo("Қазақша");
            pages.checkbox("eventForm:otherLanguages", "ko").click();
            pages.visible(By.id("eventForm:title_ko"));
            String title = "Астана халықаралық форумы";
            pages.type(By.id("eventForm:title_kk"), title);
            pages.type(By.id("eventForm:title_ru"), "Астанинский международный форум");
            pages.type(By.id("eventForm:title_ko"), "아스타나 국제 포럼");
            DateTimeFormatter kkDate = DateTimeFormatter.ofPattern("dd.MM.yyyy");
            LocalDate firstDay = LocalDate.now().plusMonths(3);
            pages.type(By.id("eventForm:startsOn_input"), firstDay.format(kkDate));
            pages.type(By.id("eventForm:endsOn_input"), firstDay.plusDays(2).format(kkDate));
            pages.clickable(By.id("eventForm:save")).click();
            pages.clickable(By.linkText(title)).click();

            // The event: a delegation of the Republic of Korea.
            pages.await("the event page", d -> URI.create(d.getCurrentUrl()).getPath().equals("/event.xhtml"));
            String korea = "Корея Республикасының делегациясы";
            pages.addDelegation("KR", korea);
            String kazakhstan = "Қазақстан делегациясы";
            pages.addDelegation("KZ", kazakhstan);

            // The Korean delegation: its first member is proposed as head; the Hangul name is typed as the Koreans write it.
            pages.clickable(By.linkText(korea)).click();
            pages.await("the delegation page", d -> URI.create(d.getCurrentUrl()).getPath().equals("/delegation.xhtml"));
            pages.addMember(Map.of("ko", new String[] {"조", "태익"}, "kk", new String[] {"Чжо", "Тэ Ик"},
                    "ru", new String[] {"Чжо", "Тэ Ик"}), "HEAD", null);
            WebElement headRow = pages.memberRow("Чжо Тэ Ик");
            assertThat(headRow.findElements(By.cssSelector(".tag--head"))).as("the first member is the head: " + headRow.getText())
                    .hasSize(1);

            // The Kazakh delegation, by the breadcrumbs back to the event.
            pages.clickable(By.linkText(title)).click();
            pages.clickable(By.linkText(kazakhstan)).click();
            pages.await("the delegation page of " + kazakhstan,
                    d -> d.findElement(By.tagName("h1")).getText().equals(kazakhstan));
            String script = "<script>alert(1)</script>";
            pages.addMember(Map.of("kk", new String[] {"Қасымов", "Дәурен"}), "HEAD", null);
            pages.addMember(Map.of("kk", new String[] {"Ысқақов", "Ерлан"}), "MEMBER", null);
            pages.addMember(Map.of("kk", new String[] {"Іргебаев", "Нұрлан"}), "MEMBER", null);
            pages.addMember(Map.of("kk", new String[] {"Кенесов", "Айбек"}), "MEMBER", script);

            // The participant list: first by precedence, then by name in Kazakh, as the officer would switch.
            pages.clickable(By.cssSelector("#members a.link-as-button[href*='participants.xhtml']")).click();
            pages.visible(By.id("participants:table"));
            pages.selectButton("participants:order", "PRECEDENCE");
            pages.selectButton("participants:listLanguage", "kk");
            pages.selectButton("participants:order", "NAME");

            List<String> kazakhOrder = List.of("Кенесов Айбек", "Қасымов Дәурен", "Чжо Тэ Ик", "Ысқақов Ерлан", "Іргебаев Нұрлан");
            assertThat(pages.participantNames())
                    .as("participants by name in Kazakh order (К < Қ < Ч < Ы < І); Russian collation would put "
                            + "Іргебаев first, code points would put Қасымов last")
                    .containsExactlyElementsOf(kazakhOrder);
            WebElement kenesov = pages.participantRow("Кенесов Айбек");
            assertThat(kenesov.findElement(By.cssSelector("td.column-position .cell > span")).getText())
                    .as("markup typed as a position is shown as text").isEqualTo(script);
            assertThat(browser.findElements(By.cssSelector("[id='participants:table'] script")))
                    .as("no script element was made from the typed position").isEmpty();
            assertThat(pages.participantRow("Чжо Тэ Ик").findElements(By.cssSelector(".tag--head"))).hasSize(1);

            // The same list in Korean: the head's name as he writes it, in Hangul.
            pages.selectButton("participants:listLanguage", "ko");
            pages.await("the Korean list", d -> pages.participantNames().contains("조태익"));
            assertThat(pages.participantNames()).as("the Korean list").hasSize(kazakhOrder.size()).contains("조태익");
            WebElement hangul = pages.participantRow("조태익");
            assertThat(hangul.findElement(By.cssSelector(".person-name")).getAttribute("lang")).isEqualTo("ko");
            assertThat(hangul.findElements(By.cssSelector(".tag--head"))).as(hangul.getText()).hasSize(1);
            assertThat(hangul.findElements(By.cssSelector(".tag--suggested")))
                    .as("the Hangul name was typed, not transliterated: " + hangul.getText()).isEmpty();
        } finally {
            browser.quit();
        }
    }

    /**
     * The agenda's conflict check, through the pages: an event with a delegation and its head is set up over the
     * API; the officer then adds two items that overlap in time for the same speaker through the item form, and the
     * schedule marks both with the warning, which did not stop either from being saved.
     */
    @Test
    @Order(10)
    void anOfficerAddsTwoOverlappingItemsForOneSpeakerAndSeesTheWarning() {
        Api officer = Api.as(forum, OFFICER, OFFICER_PASSWORD);
        LocalDate firstDay = LocalDate.now().plusMonths(4);
        HttpResponse<String> event = officer.postJson("/api/events", "{\"kind\":\"FORUM\",\"title\":{\"ru\":\"Форум городов-побратимов\","
                + "\"ko\":\"자매도시 포럼\"},\"startsOn\":\"" + firstDay + "\",\"endsOn\":\"" + firstDay.plusDays(1)
                + "\",\"timeZone\":\"Asia/Almaty\",\"languages\":[\"ru\",\"ko\"]}");
        assertThat(event.statusCode()).as(Api.describe(event)).isEqualTo(201);
        long eventId = Api.json(event).getJsonNumber("id").longValue();
        HttpResponse<String> delegation = officer.postJson("/api/events/" + eventId + "/delegations",
                "{\"country\":\"KR\",\"name\":{\"ru\":\"Делегация Республики Корея\",\"ko\":\"대한민국 대표단\"},\"status\":\"CONFIRMED\"}");
        assertThat(delegation.statusCode()).as(Api.describe(delegation)).isEqualTo(201);
        long delegationId = Api.json(delegation).getJsonNumber("id").longValue();
        HttpResponse<String> head = officer.postJson("/api/delegations/" + delegationId + "/members",
                "{\"name\":{\"ru\":{\"family\":\"Чжо\",\"given\":\"Тэ Ик\"},\"ko\":{\"family\":\"조\",\"given\":\"태익\"}},"
                        + "\"role\":\"HEAD\",\"rank\":\"AMBASSADOR\",\"language\":\"ko\"}");
        assertThat(head.statusCode()).as(Api.describe(head)).isEqualTo(201);
        String speaker = String.valueOf(Api.json(head).getJsonNumber("id").longValue());
        HttpResponse<String> link = officer.postJson("/api/delegates/" + speaker + "/link", "{}");
        assertThat(link.statusCode()).as(Api.describe(link)).isEqualTo(201);
        String url = Api.json(link).getString("url");
        String privatePage = url.substring(url.indexOf("/d/"));

        WebDriver browser = Browser.open();
        try {
            Pages pages = new Pages(browser);
            browser.get(forum.uri("/login.xhtml").toString());
            signIn(browser, OFFICER, OFFICER_PASSWORD);
            pages.visible(By.id("signed-in-user"));
            browser.get(forum.uri("/event.xhtml?id=" + eventId).toString());
            pages.clickable(By.id("delegations:agenda")).click();
            pages.await("the agenda page", d -> URI.create(d.getCurrentUrl()).getPath().equals("/agenda.xhtml"));
            assertThat(browser.findElement(By.id("schedule:summary")).getAttribute("data-count")).isEqualTo("0");

            String opening = "Открытие форума";
            String welcome = "Приветственное слово посла";
            pages.addAgendaItem("PLENARY", "10:00", "11:30", titles("ru", opening, "ko", "포럼 개막식"), speaker);
            WebElement first = pages.agendaItem(opening);
            assertThat(first.findElements(By.cssSelector(".agenda-warning"))).as("alone, nothing clashes: " + first.getText()).isEmpty();
            assertThat(first.findElements(By.cssSelector(".speaker-list > li[data-delegate='" + speaker + "']"))).hasSize(1);

            pages.addAgendaItem("SPEECH", "11:00", "11:20", titles("ru", welcome, "ko", "대사 환영사"), speaker);

            // Saved all the same, with a warning right after saving and on the schedule next to both items.
            pages.visible(By.cssSelector("[id='messages'] .ui-messages-warn"));
            pages.await("two warnings counted", d -> "2".equals(d.findElement(By.id("schedule:summary")).getAttribute("data-count")));
            for (String[] pair : new String[][] {{opening, welcome}, {welcome, opening}}) {
                WebElement item = pages.agendaItem(pair[0]);
                List<WebElement> warnings = item.findElements(By.cssSelector(".agenda-warning[data-code='SPEAKER_DOUBLE_BOOKED']"));
                assertThat(warnings).as("the warning of «%s»: %s", pair[0], item.getText()).hasSize(1);
                WebElement warning = warnings.get(0);
                assertThat(warning.isDisplayed()).isTrue();
                assertThat(warning.findElement(By.cssSelector(".agenda-warning__label")).getText()).as("a translated label").isNotBlank();
                assertThat(warning.findElement(By.cssSelector(".agenda-warning__detail")).getText())
                        .as("the detail names the other item").contains(pair[1]);
            }

            // Warnings never stop a release: the officer publishes, and the history shows release 1 with its log.
            pages.clickable(By.id("releases:publish")).click();
            WebElement release = pages.visible(By.cssSelector("li.release[data-number='1']"));
            assertThat(release.findElements(By.cssSelector(".release__changes > li"))).as(release.getText()).hasSize(2);
            assertThat(release.getText()).contains(opening, welcome);

            // The event page now offers the booklet of release 1 in each working language; its preview opens in the
            // browser (inline) with the page's own session, no password asked.
            browser.get(forum.uri("/event.xhtml?id=" + eventId).toString());
            WebElement booklet = pages.visible(By.cssSelector("#documents-programme a[href*='programme.pdf?lang=ko'][target='_blank']"));
            browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
            Object answer = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type') + ' '"
                    + " + r.headers.get('Content-Disposition'))).catch(e => done(String(e)));", booklet.getAttribute("href"));
            assertThat(String.valueOf(answer)).startsWith("200 application/pdf").contains(" inline; filename=");

            // The delegate's private page shows the released programme, in Korean, with a calendar to take along.
            browser.get(forum.uri(privatePage).toString());
            WebElement programme = pages.visible(By.id("programme"));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
            assertThat(browser.findElement(By.id("programme-release")).getAttribute("data-release")).isEqualTo("1");
            assertThat(programme.findElement(By.id("programme-heading")).getText()).isEqualTo("나의 일정");
            assertThat(programme.findElements(By.cssSelector("article.programme-item h4")).stream().map(WebElement::getText))
                    .containsExactly("포럼 개막식", "대사 환영사");
            assertThat(programme.getText()).contains("10:00–11:30", "조태익").doesNotContain(opening);
            assertThat(browser.findElement(By.id("programme-calendar")).getAttribute("href")).endsWith("/programme.ics");
        } finally {
            browser.quit();
        }

        // The pages saved what the API reads.
        HttpResponse<String> agenda = officer.get("/api/events/" + eventId + "/agenda");
        assertThat(agenda.statusCode()).as(Api.describe(agenda)).isEqualTo(200);
        assertThat(agenda.body()).as(agenda.body()).contains("\"startsAt\":\"" + firstDay + "T10:00:00\"", "SPEAKER_DOUBLE_BOOKED");
    }

    /**
     * The memoranda pages from draft to archive, as issue 7 asks: an officer (on Korean pages) drafts a Kazakh–Korean
     * memorandum of two universities, saves a second revision and compares it with the first, agrees the text, signs
     * for both parties in turn with two generated PKCS#12 key files (RSA for the Kazakh party, ECDSA for the Korean),
     * and archives it. An archivist (on Kazakh pages) finds it by a Hangul word and by a Kazakh one, and reads the
     * verification report of the archived copy: two intact signatures; a copy downloaded over the API and uploaded to
     * the page's verification form gives the same.
     */
    @Test
    @Order(20)
    void anOfficerDraftsAgreesAndSignsAMemorandumForBothPartiesAndAnArchivistFindsItWithTwoIntactSignatures() throws Exception {
        String officer = "e2e-memo-officer";
        String officerPassword = "e2e-memo-officer-secret";
        String archivist = "e2e-archivist";
        String archivistPassword = "e2e-archivist-secret";
        for (String[] account : new String[][] {{officer, officerPassword, "OFFICER"}, {archivist, archivistPassword, "ARCHIVIST"}}) {
            HttpResponse<String> created = admin().postJson("/api/accounts", "{\"username\":\"" + account[0] + "\",\"password\":\""
                    + account[1] + "\",\"roles\":[\"" + account[2] + "\"]}");
            assertThat(created.statusCode()).as(Api.describe(created)).isEqualTo(201);
        }
        Path keys = workDir.resolve("keys");
        long id = memorandumFromDraftToArchive(forum::uri, officer, officerPassword, archivist, archivistPassword, keys);

        HttpResponse<String> archived = Api.as(forum, archivist, archivistPassword).get("/api/archive/" + id);
        assertThat(archived.statusCode()).as(Api.describe(archived)).isEqualTo(200);
        JsonObject memorandum = Api.json(archived);
        assertThat(memorandum.getString("state")).isEqualTo("ARCHIVED");
        assertThat(memorandum.getJsonArray("signatures")).hasSize(2);
        assertThat(memorandum.getJsonObject("archive").getString("classification")).isEqualTo("INTERNAL");
        assertThat(memorandum.getJsonObject("archive").getInt("retentionYears")).isEqualTo(25);
        HttpResponse<String> revisions = Api.as(forum, officer, officerPassword).get("/api/memoranda/" + id + "/revisions");
        assertThat(revisions.body()).as(Api.describe(revisions)).contains("\"number\":2", "\"author\":\"" + officer + "\"");
    }

    /** The browser steps of the test above, against the application at {@code uri}; returns the memorandum's id. */
    static long memorandumFromDraftToArchive(java.util.function.Function<String, URI> uri, String officer, String officerPassword,
                                             String archivist, String archivistPassword, Path keys) throws Exception {
        char[] ktuPassword = "ktu-signing-key-2025".toCharArray();
        char[] kongjuPassword = "kongju-signing-key-2025!".toCharArray();
        Path ktu = SignatoryKeys.write(keys.resolve("ktu.p12"), "Жаксыбаев Галым", "Карагандинский технический университет", "KZ",
                true, ktuPassword);
        Path kongju = SignatoryKeys.write(keys.resolve("kongju.p12"), "임경호", "국립공주대학교", "KR", false, kongjuPassword);
        long id;
        WebDriver browser = Browser.open();
        try {
            Pages pages = new Pages(browser);
            browser.get(uri.apply("/login.xhtml").toString());
            signIn(browser, officer, officerPassword);
            pages.clickable(By.cssSelector("form.lang-switch button[name='lang'][value='ko']")).click();
            pages.await("the page in Korean", d -> "ko".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

            // The draft: Kazakh and Korean (Russian, proposed with Kazakh, is unticked), two parties, two articles.
            pages.clickable(By.cssSelector("nav.app-nav a[href$='/memoranda.xhtml']")).click();
            pages.clickable(By.id("list:new")).click();
            pages.visible(By.id("draft:title_kk"));
            pages.checkbox("draft:languages", "ko").click();
            pages.visible(By.id("draft:title_ko"));
            pages.awaitAjax();
            pages.checkbox("draft:languages", "ru").click();
            pages.await("the Russian inputs to go", ExpectedConditions.invisibilityOfElementLocated(By.id("draft:title_ru")));
            pages.awaitAjax();
            pages.type(By.id("draft:title_kk"), "Өзара түсіністік туралы меморандум");
            pages.type(By.id("draft:title_ko"), "양해각서");
            pages.type(By.id("draft:place_kk"), "Түркістан");
            pages.type(By.id("draft:place_ko"), "투르키스탄");
            pages.type(By.id("draft:signingDate_input"), "2025.09.18");
            String[][] parties = {
                    {"KZ", "Қарағанды техникалық университеті", "카라간다 기술대학교", "Жақсыбаев Ғалым", "잭시바예프 갈림", "Ректор", "총장"},
                    {"KR", "Конджу ұлттық университеті", "국립공주대학교", "Им Гён Хо", "임경호", "Президент", "총장"}};
            for (int i = 0; i < parties.length; i++) {
                String row = "draft:parties:" + i + ":";
                pages.chooseCountry(row + "country", parties[i][0]);
                pages.type(By.id(row + "organisation_kk"), parties[i][1]);
                pages.type(By.id(row + "organisation_ko"), parties[i][2]);
                pages.type(By.id(row + "name_kk"), parties[i][3]);
                pages.type(By.id(row + "name_ko"), parties[i][4]);
                pages.type(By.id(row + "position_kk"), parties[i][5]);
                pages.type(By.id(row + "position_ko"), parties[i][6]);
            }
            pages.type(By.id("draft:articles:0:article_kk"), "Тараптар студенттер алмасуын дамытады.");
            pages.type(By.id("draft:articles:0:article_ko"), "양 당사자는 학생 교류를 발전시킨다.");
            pages.clickable(By.id("draft:addArticle")).click();
            pages.visible(By.id("draft:articles:1:article_kk"));
            pages.awaitAjax();
            pages.type(By.id("draft:articles:1:article_kk"), "Меморандум бес жыл әрекет етеді.");
            pages.type(By.id("draft:articles:1:article_ko"), "이 양해각서는 5년간 유효하다.");
            pages.clickable(By.id("draft:save")).click();
            pages.await("the draft form to close", ExpectedConditions.invisibilityOfElementLocated(By.id("draft:title_kk")));
            pages.awaitMemorandumState("DRAFT");

            // A second revision, compared with the first: article 2 changed in Korean only.
            pages.clickable(By.id("actions:edit")).click();
            pages.visible(By.id("draft:articles:1:article_ko"));
            pages.type(By.id("draft:articles:1:article_ko"), "이 양해각서는 서명일로부터 5년간 유효하다.");
            pages.clickable(By.id("draft:save")).click();
            pages.await("the draft form to close", ExpectedConditions.invisibilityOfElementLocated(By.id("draft:title_kk")));
            pages.visible(By.cssSelector("#revisions tr[data-revision='2']"));
            pages.clickable(By.id("revisions:compare")).click();
            WebElement change = pages.visible(By.cssSelector("[id='revisions:comparison'] tr[data-article='2'][data-lang='ko']"));
            assertThat(change.getText()).contains("5년간 유효하다", "서명일로부터");
            assertThat(browser.findElements(By.cssSelector("[id='revisions:comparison'] tr[data-article]"))).as("only that one").hasSize(1);

            // Agreed: the parties sign in their order.
            pages.clickable(By.id("actions:agree")).click();
            pages.confirm();
            pages.awaitMemorandumState("AGREED");
            assertThat(pages.standing(0)).isEqualTo("NEXT");
            assertThat(pages.standing(1)).isEqualTo("WAITING");
            id = Long.parseLong(browser.findElement(By.id("memorandum")).getAttribute("data-id"));

            signFor(pages, browser, 0, ktu, ktuPassword);
            pages.awaitMemorandumState("SIGNING");
            assertThat(pages.standing(1)).isEqualTo("NEXT");
            assertThat(browser.findElement(By.cssSelector("#memorandum tr[data-party='0']")).getText()).contains("Жаксыбаев Галым");
            signFor(pages, browser, 1, kongju, kongjuPassword);
            pages.awaitMemorandumState("SIGNED");
            assertThat(browser.findElements(By.id("sign:password"))).as("nobody is left to sign").isEmpty();

            pages.type(By.id("archiving:retentionYears_input"), "25");
            pages.choose("archiving:classification", "INTERNAL");
            pages.clickable(By.id("archiving:submit")).click();
            pages.awaitMemorandumState("ARCHIVED");
            assertThat(pages.visible(By.id("archive-record")).getText()).contains("25");
            pages.clickable(By.cssSelector("form.sign-out button")).click();
            pages.visible(By.id("login:username"));

            // The archivist, on Kazakh pages: found by a Hangul word, and by a Kazakh one.
            signIn(browser, archivist, archivistPassword);
            pages.clickable(By.cssSelector("form.lang-switch button[name='lang'][value='kk']")).click();
            pages.await("the page in Kazakh", d -> "kk".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            pages.clickable(By.cssSelector("nav.app-nav a[href$='/archive.xhtml']")).click();
            By found = By.cssSelector("[id='archive:results_data'] div[data-id='" + id + "']");
            for (String word : new String[] {"학생", "алмасуын"}) {
                pages.type(By.id("archive:text"), word);
                pages.clickable(By.id("archive:search")).click();
                pages.awaitAjax();
                assertThat(pages.visible(found).getText()).as("found by " + word).isEqualTo("Өзара түсіністік туралы меморандум");
            }
            pages.type(By.id("archive:text"), "없는단어");
            pages.clickable(By.id("archive:search")).click();
            pages.await("nothing found by a word that is not in it", ExpectedConditions.invisibilityOfElementLocated(found));
            pages.type(By.id("archive:text"), "학생 교류");
            pages.clickable(By.id("archive:search")).click();
            pages.visible(found).findElement(By.xpath("ancestor::tr[1]//button[contains(@id, ':open')]")).click();

            WebElement report = pages.visible(By.id("archived-report"));
            assertThat(report.getAttribute("data-signatures")).isEqualTo("2");
            assertThat(report.getAttribute("data-intact")).isEqualTo("2");
            assertThat(report.getAttribute("data-all-intact")).isEqualTo("true");
            List<WebElement> signatures = report.findElements(By.cssSelector("li.signature"));
            assertThat(signatures).extracting(s -> s.getAttribute("data-field")).containsExactly("party-1", "party-2");
            assertThat(signatures).allSatisfy(s -> assertThat(s.getAttribute("data-intact")).isEqualTo("true"));
            assertThat(signatures.get(0).getText()).contains("Жаксыбаев Галым");
            assertThat(signatures.get(1).getText()).contains("임경호");
            assertThat(pages.visible(By.id("archive-record")).getText()).contains("25");

            // The download link of the details gives the PDF, with the archivist's session.
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Object answer = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type'))).catch(e => done(String(e)));",
                    browser.findElement(By.id("download")).getAttribute("href"));
            assertThat(String.valueOf(answer)).startsWith("200 application/pdf");

            // The same copy, downloaded over the API and verified through the page's upload form.
            Path copy = keys.resolve("archived-" + id + ".pdf");
            HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            uri.apply("/api/archive/" + id + ".pdf")).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString((archivist + ":" + archivistPassword).getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            java.nio.file.Files.write(copy, pdf.body());
            browser.findElement(By.id("verify:pdf")).sendKeys(copy.toAbsolutePath().toString());
            pages.clickable(By.id("verify:submit")).click();
            WebElement uploaded = pages.visible(By.id("uploaded-report"));
            assertThat(uploaded.getAttribute("data-intact")).isEqualTo("2");
            assertThat(uploaded.getAttribute("data-all-intact")).isEqualTo("true");
            assertThat(uploaded.getText()).contains("archived-" + id + ".pdf");
        } finally {
            browser.quit();
        }
        return id;
    }

    /** Signs for the party whose turn it is with its key file; the form posts the whole page, as file uploads do. */
    private static void signFor(Pages pages, WebDriver browser, int party, Path keyFile, char[] password) {
        assertThat(pages.standing(party)).isEqualTo("NEXT");
        pages.visible(By.id("sign:keystore")).sendKeys(keyFile.toAbsolutePath().toString());
        pages.type(By.id("sign:password"), new String(password));
        WebElement submit = pages.clickable(By.id("sign:submit"));
        submit.click();
        pages.await("the page after signing", Pages.gone(submit));
        pages.await("party " + party + " to have signed", d -> "SIGNED".equals(d.findElement(
                By.cssSelector("#memorandum tr[data-party='" + party + "']")).getAttribute("data-standing")));
        assertThat(browser.findElements(By.cssSelector("#messages .ui-messages-error"))).as("no refusal").isEmpty();
    }

    private static Map<String, String> titles(String hostLanguage, String hostTitle, String language, String title) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put(hostLanguage, hostTitle);
        titles.put(language, title);
        return titles;
    }

    /** Last: it replaces the running process. */
    @Test
    @Order(60)
    void aNoticeGoesFromTheOutboxToTheSmtpServerSoonAfterItIsQueued() throws Exception {
        String subject = "프로그램 변경: 제2차 중앙아시아-한국 협력 포럼";
        HttpResponse<String> queued = Api.as(forum, OFFICER, OFFICER_PASSWORD).postJson("/api/outbox",
                "{\"recipient\":\"jo@example.kr\",\"name\":\"조태익\",\"language\":\"ko\",\"subject\":\"" + subject
                        + "\",\"text\":\"본회의는 11:00에 시작합니다.\"}");
        assertThat(queued.statusCode()).as(Api.describe(queued)).isEqualTo(201);
        long id = Api.json(queued).getJsonNumber("id").longValue();
        String messageId = Api.json(queued).getString("messageId");

        assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("the notice reaches the SMTP server" + forum.describeOutput()).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo(messageId);
        assertThat(received.getSubject()).isEqualTo(subject);
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("protocol@example.kz");
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getPersonal()).isEqualTo("조태익");

        // The outcome is stored just after the server's answer.
        JsonObject message = await("message " + id + " recorded as sent").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200)).until(() -> Api.json(admin().get("/api/outbox/" + id)), m -> "SENT".equals(m.getString("state")));
        JsonObject attempt = message.getJsonArray("history").getJsonObject(0);
        assertThat(attempt.getString("outcome")).isEqualTo("SENT");
        assertThat(attempt.getString("reply")).startsWith("250");
        assertThat(Api.json(admin().get("/api/outbox")).getBoolean("mailServerConfigured")).isTrue();
        assertThat(smtp.getReceivedMessages()).as("sent once").hasSize(1);

        // The officer finds it on the outbox page, sent, with the server's reply among its attempts.
        WebDriver browser = Browser.open();
        try {
            Pages pages = new Pages(browser);
            browser.get(forum.uri("/login.xhtml").toString());
            signIn(browser, OFFICER, OFFICER_PASSWORD);
            pages.clickable(By.cssSelector("nav.app-nav a[href$='/outbox.xhtml']")).click();
            pages.visible(By.id("outbox:table"));
            assertThat(browser.findElements(By.id("noServer"))).as("a server is configured: no warning").isEmpty();
            WebElement row = pages.visible(By.xpath("//tbody[@id='outbox:table_data']/tr[.//span[text()='" + subject + "']]"));
            assertThat(row.getText()).contains("jo@example.kr");
            row.findElement(By.cssSelector("button[id$=':open']")).click();
            pages.visible(By.id("details-heading"));
            String details = browser.findElement(By.id("outbox:details")).getText();
            assertThat(details).contains(messageId).contains("본회의는 11:00에 시작합니다.").contains("250");
            assertThat(row.findElement(By.cssSelector("a[href$='/api/outbox/" + id + ".eml']")).isDisplayed()).isTrue();
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(70)
    void anOfficerPreviewsAndSendsInvitationsAndWatchesTheProgressUntilTheyAreSent() throws Exception {
        Api officer = Api.as(forum, OFFICER, OFFICER_PASSWORD);
        HttpResponse<String> event = officer.postJson("/api/events", """
                {"kind":"FORUM","title":{"kk":"Орталық Азия – Корея II форумы","ru":"Форум «Центральная Азия – Корея II»","en":"Central Asia – Korea II Forum","ko":"중앙아시아-한국 II 포럼"},
                 "city":{"kk":"Түркістан","ru":"Туркестан","en":"Turkestan","ko":"투르키스탄"},
                 "hostOrganisation":{"kk":"Қазақстан Республикасы Сыртқы істер министрлігі","ru":"Министерство иностранных дел Республики Казахстан"},
                 "startsOn":"2025-09-18","endsOn":"2025-09-19","languages":["kk","ru","en","ko"]}""");
        assertThat(event.statusCode()).as(Api.describe(event)).isEqualTo(201);
        long eventId = Api.json(event).getJsonNumber("id").longValue();
        HttpResponse<String> delegation = officer.postJson("/api/events/" + eventId + "/delegations",
                "{\"country\":\"KR\",\"name\":{\"ru\":\"Делегация Республики Корея\"},\"status\":\"CONFIRMED\"}");
        long kr = Api.json(delegation).getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/delegations/" + kr + "/members", "{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"}},"
                + "\"language\":\"ko\",\"head\":true,\"email\":\"jo.invited@example.kr\"}").statusCode()).isEqualTo(201);
        assertThat(officer.postJson("/api/delegations/" + kr + "/members", "{\"name\":{\"ru\":{\"family\":\"Ким\",\"given\":\"Ольга\"}},"
                + "\"language\":\"ru\",\"email\":\"kim.invited@example.kz\"}").statusCode()).isEqualTo(201);
        int before = smtp.getReceivedMessages().length;

        WebDriver browser = Browser.open();
        try {
            Pages pages = new Pages(browser);
            browser.get(forum.uri("/login.xhtml").toString());
            signIn(browser, OFFICER, OFFICER_PASSWORD);
            browser.get(forum.uri("/event.xhtml?id=" + eventId).toString());
            pages.clickable(By.id("delegations:invitations")).click();
            pages.clickable(By.id("invitations:preview")).click();
            WebElement preview = pages.visible(By.id("invitations:previewPanel"));
            assertThat(preview.getText()).contains("초청장: 중앙아시아-한국 II 포럼").contains("조태익");

            pages.clickable(By.id("invitations:send")).click();
            pages.visible(By.id("invitations:bar"));
            // The page polls the job every second: the counts reach 2 composed of 2, 2 sent, none failed or skipped.
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .ignoring(WebDriverException.class)
                    .withMessage(() -> "the progress did not reach all sent: " + browser.findElement(By.id("counts")).getText())
                    // Languages order the numbers differently; the five of them are the same.
                    .until(d -> java.util.regex.Pattern.compile("\\d+").matcher(d.findElement(By.id("counts")).getText()).results()
                            .map(java.util.regex.MatchResult::group).sorted().toList().equals(java.util.List.of("0", "0", "2", "2", "2")));

            // The outbox page follows the latest bulk sends too (the API lists them newest first), and lists one's messages.
            JsonObject job = Api.jsonArray(officer.get("/api/mail/jobs?limit=1")).getJsonObject(0);
            assertThat(job.getInt("total")).isEqualTo(2);
            assertThat(job.getInt("sent")).isEqualTo(2);
            assertThat(job.getBoolean("done")).isTrue();
            pages.clickable(By.cssSelector("nav.app-nav a[href$='/outbox.xhtml']")).click();
            WebElement shown = pages.visible(By.cssSelector("div.job[data-job='" + job.getString("jobId") + "']"));
            assertThat(shown.getText()).contains(job.getString("description"));
            assertThat(shown.findElement(By.cssSelector(".ui-progressbar")).isDisplayed()).isTrue();
            assertThat(java.util.regex.Pattern.compile("\\d+").matcher(shown.findElement(By.cssSelector(".job__counts")).getText()).results()
                    .map(java.util.regex.MatchResult::group).sorted().toList()).isEqualTo(java.util.List.of("0", "0", "2", "2", "2"));
            shown.findElement(By.cssSelector("button[id$='showJob']")).click();
            pages.visible(By.id("outbox:jobFilter"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                    .withMessage(() -> "the list did not show the bulk send's two messages")
                    .until(d -> d.findElements(By.cssSelector("tbody[id='outbox:table_data'] > tr")).size() == 2
                            && d.findElement(By.id("outbox:table_data")).getText().contains("jo.invited@example.kr")
                            && d.findElement(By.id("outbox:table_data")).getText().contains("kim.invited@example.kz"));
        } finally {
            browser.quit();
        }
        assertThat(smtp.waitForIncomingEmail(30_000, before + 2)).isTrue();
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()).skip(before).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).anySatisfy(subject -> assertThat(subject).startsWith("초청장"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Приглашение"));
    }

    @Test
    @Order(75)
    void anOfficerInvitesOneDelegationOrDelegatesPickedByHandAndIsToldWhenNoneIsChosen() throws Exception {
        Api officer = Api.as(forum, OFFICER, OFFICER_PASSWORD);
        long eventId = created(officer, "/api/events", """
                {"kind":"OFFICIAL_VISIT","title":{"kk":"Канада елшісінің Қарағанды облысына сапары","ru":"Визит посла Канады в Карагандинскую область","en":"Visit of the Ambassador of Canada to the Karaganda Region"},
                 "city":{"kk":"Қарағанды","ru":"Караганда","en":"Karaganda"},
                 "hostOrganisation":{"kk":"Қарағанды облысының әкімдігі","ru":"Акимат Карагандинской области"},
                 "startsOn":"2025-11-12","endsOn":"2025-11-12","languages":["kk","ru","en"]}""");
        long canada = created(officer, "/api/events/" + eventId + "/delegations",
                "{\"country\":\"CA\",\"name\":{\"en\":\"Embassy of Canada\"},\"status\":\"CONFIRMED\"}");
        long hosts = created(officer, "/api/events/" + eventId + "/delegations",
                "{\"country\":\"KZ\",\"name\":{\"ru\":\"Акимат Карагандинской области\"},\"status\":\"CONFIRMED\"}");
        created(officer, "/api/delegations/" + canada + "/members", "{\"name\":{\"en\":{\"family\":\"Scott\",\"given\":\"Alison\"}},"
                + "\"language\":\"en\",\"head\":true,\"email\":\"ambassador.picked@example.ca\"}");
        long akim = created(officer, "/api/delegations/" + hosts + "/members", "{\"name\":{\"ru\":{\"family\":\"Булекпаев\","
                + "\"given\":\"Ермаганбет\"}},\"language\":\"ru\",\"head\":true,\"email\":\"akim.picked@example.kz\"}");
        created(officer, "/api/delegations/" + hosts + "/members", "{\"name\":{\"kk\":{\"family\":\"Әбдіқалықова\","
                + "\"given\":\"Гүлшара\"}},\"language\":\"kk\",\"email\":\"deputy.not.picked@example.kz\"}");
        int before = smtp.getReceivedMessages().length;

        WebDriver browser = Browser.open();
        try {
            Pages pages = new Pages(browser);
            browser.get(forum.uri("/login.xhtml").toString());
            signIn(browser, OFFICER, OFFICER_PASSWORD);
            browser.get(forum.uri("/invitations.xhtml?event=" + eventId).toString());

            // One delegation, but none chosen yet: the field says so and nothing is sent.
            pages.selectRadio("invitations:recipients", "DELEGATION");
            pages.visible(By.id("invitations:delegation"));
            pages.clickable(By.id("invitations:send")).click();
            pages.await("the delegation field refusing", d -> !d.findElements(By.cssSelector("[id='invitations:whom'] .ui-message-error")).isEmpty());
            assertThat(Api.json(officer.get("/api/outbox?event=" + eventId)).getInt("total")).isZero();

            pages.choose("invitations:delegation", String.valueOf(canada));
            pages.clickable(By.id("invitations:send")).click();
            pages.await("the Canadian delegation's invitation sent", d -> digits(d.findElement(By.id("counts")).getText())
                    .equals(List.of("0", "0", "1", "1", "1")));

            // Delegates picked by hand: the akim alone of the two hosts.
            browser.get(forum.uri("/invitations.xhtml?event=" + eventId).toString());
            pages.selectRadio("invitations:recipients", "CHOSEN");
            pages.tick("invitations:chosen", String.valueOf(akim));
            pages.clickable(By.id("invitations:send")).click();
            pages.await("the akim's invitation sent", d -> digits(d.findElement(By.id("counts")).getText())
                    .equals(List.of("0", "0", "1", "1", "1")));
        } finally {
            browser.quit();
        }
        assertThat(smtp.waitForIncomingEmail(30_000, before + 2)).isTrue();
        List<String> to = new java.util.ArrayList<>();
        for (MimeMessage m : java.util.Arrays.copyOfRange(smtp.getReceivedMessages(), before, smtp.getReceivedMessages().length)) {
            to.add(((InternetAddress) m.getAllRecipients()[0]).getAddress());
        }
        assertThat(to).containsExactlyInAnyOrder("ambassador.picked@example.ca", "akim.picked@example.kz");
    }

    @Test
    @Order(76)
    void anOfficerRewordsTheKoreanInvitationPreviewsItWithADelegateAndPutsTheShippedWordingBack() throws Exception {
        Api officer = Api.as(forum, OFFICER, OFFICER_PASSWORD);
        long eventId = created(officer, "/api/events", """
                {"kind":"FORUM","title":{"kk":"Өңірлер форумы","ru":"Форум регионов","ko":"지역 포럼"},
                 "city":{"kk":"Түркістан","ru":"Туркестан","ko":"투르키스탄"},
                 "hostOrganisation":{"kk":"Түркістан облысының әкімдігі","ru":"Акимат Туркестанской области"},
                 "startsOn":"2025-09-18","endsOn":"2025-09-19","languages":["kk","ru","ko"]}""");
        long kr = created(officer, "/api/events/" + eventId + "/delegations",
                "{\"country\":\"KR\",\"name\":{\"ko\":\"대한민국 대표단\"},\"status\":\"CONFIRMED\"}");
        created(officer, "/api/delegations/" + kr + "/members", "{\"name\":{\"ko\":{\"family\":\"조\",\"given\":\"태익\"}},"
                + "\"language\":\"ko\",\"head\":true,\"position\":{\"ko\":\"<b>대사</b>\"}}");
        String shipped = Api.json(officer.get("/api/mail/templates/INVITATION/ko")).getString("subject");

        WebDriver browser = Browser.open();
        try {
            Pages pages = new Pages(browser);
            browser.get(forum.uri("/login.xhtml").toString());
            signIn(browser, OFFICER, OFFICER_PASSWORD);
            browser.get(forum.uri("/outbox.xhtml").toString());
            pages.clickable(By.id("templatesLink")).click();
            // Kinds in order, each in kk, ru, en, ko: the fourth row is the Korean invitation.
            pages.clickable(By.id("templates:table:3:edit")).click();
            pages.visible(By.id("templateForm:subject"));

            // An unknown placeholder is named at its field and nothing is saved.
            pages.type(By.id("templateForm:subject"), "초청장 안내: {event} {venue}");
            pages.clickable(By.id("templateForm:save")).click();
            pages.await("the subject refusing {venue}", d -> d.findElement(By.id("templateForm")).getText().contains("{venue}")
                    && !d.findElements(By.cssSelector("[id='templateForm:subject'].ui-state-error")).isEmpty());
            assertThat(Api.json(officer.get("/api/mail/templates/INVITATION/ko")).getBoolean("custom")).isFalse();

            pages.type(By.id("templateForm:subject"), "초청장 안내: {event}");
            pages.clickable(By.id("templateForm:save")).click();
            pages.await("the new wording saved", d -> {
                JsonObject t = Api.json(officer.get("/api/mail/templates/INVITATION/ko"));
                return t.getBoolean("custom") && t.getString("subject").equals("초청장 안내: {event}");
            });

            // The preview fills the wording as typed with the delegate's data; markup in it stays text.
            pages.choose("templateForm:previewEvent", String.valueOf(eventId));
            pages.awaitAjax();
            pages.clickable(By.id("templateForm:preview")).click();
            WebElement preview = pages.visible(By.id("templateForm:previewPanel"));
            assertThat(preview.getText()).contains("초청장 안내: 지역 포럼").contains("조태익").contains("<b>대사</b>");
            assertThat(preview.findElement(By.tagName("iframe")).getAttribute("sandbox")).isEmpty();

            pages.clickable(By.id("templateForm:reset")).click();
            pages.confirm();
            pages.await("the shipped wording back", d -> !Api.json(officer.get("/api/mail/templates/INVITATION/ko")).getBoolean("custom"));
        } finally {
            browser.quit();
        }
        assertThat(Api.json(officer.get("/api/mail/templates/INVITATION/ko")).getString("subject")).isEqualTo(shipped);
    }

    /** Creates through the API (201 expected, else the answer in the failure) and returns the new record's id. */
    private static long created(Api api, String path, String json) {
        HttpResponse<String> r = api.postJson(path, json);
        assertThat(r.statusCode()).as(Api.describe(r)).isEqualTo(201);
        return Api.json(r).getJsonNumber("id").longValue();
    }

    /** The numbers of a progress line, sorted: languages order them differently. */
    private static List<String> digits(String text) {
        return Pattern.compile("\\d+").matcher(text).results().map(java.util.regex.MatchResult::group).sorted().toList();
    }

    @Test
    @Order(90)
    void invitationsInterruptedByARestartAreFinishedAfterItAndNoneIsSentTwice() throws Exception {
        Api officer = Api.as(forum, OFFICER, OFFICER_PASSWORD);
        HttpResponse<String> event = officer.postJson("/api/events", """
                {"kind":"FORUM","title":{"kk":"Түркістан инвестициялық форумы","ru":"Туркестанский инвестиционный форум","en":"Turkestan Investment Forum"},
                 "city":{"kk":"Түркістан","ru":"Туркестан","en":"Turkestan"},
                 "hostOrganisation":{"kk":"Түркістан облысының әкімдігі","ru":"Акимат Туркестанской области"},
                 "startsOn":"2025-10-02","endsOn":"2025-10-03","languages":["kk","ru","en"]}""");
        assertThat(event.statusCode()).as(Api.describe(event)).isEqualTo(201);
        long eventId = Api.json(event).getJsonNumber("id").longValue();
        HttpResponse<String> delegation = officer.postJson("/api/events/" + eventId + "/delegations",
                "{\"country\":\"KZ\",\"name\":{\"ru\":\"Делегация предпринимателей\"},\"status\":\"CONFIRMED\"}");
        long delegationId = Api.json(delegation).getJsonNumber("id").longValue();
        int count = 100;
        java.util.Set<String> addresses = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            String address = "investor" + i + "@resume.example.kz";
            addresses.add(address);
            HttpResponse<String> member = officer.postJson("/api/delegations/" + delegationId + "/members",
                    ("{\"name\":{\"ru\":{\"family\":\"Инвесторов\",\"given\":\"Номер %d\"},\"en\":{\"family\":\"Investor\",\"given\":\"No. %d\"}},"
                            + "\"language\":\"%s\",\"email\":\"%s\"}").formatted(i, i, i % 2 == 0 ? "ru" : "en", address));
            assertThat(member.statusCode()).as(Api.describe(member)).isEqualTo(201);
        }
        HttpResponse<String> item = officer.postJson("/api/events/" + eventId + "/agenda", """
                {"kind":"PLENARY","startsAt":"2025-10-02T10:00","endsAt":"2025-10-02T11:30",
                 "title":{"kk":"Форумның ашылуы","ru":"Открытие форума","en":"Opening of the forum"}}""");
        assertThat(item.statusCode()).as(Api.describe(item)).isEqualTo(201);
        assertThat(officer.postJson("/api/events/" + eventId + "/agenda/releases", "{\"expectedLatestNumber\":0}").statusCode())
                .isEqualTo(201);

        HttpResponse<String> sent = officer.postJson("/api/events/" + eventId + "/invitations", "{\"recipients\":\"ALL\"}");
        assertThat(sent.statusCode()).as(Api.describe(sent)).isEqualTo(202);
        String jobId = Api.json(sent).getString("jobId");
        // Stopped (SIGTERM) as soon as the first batch is in the outbox, with most of the job still to compose.
        JsonObject progress = awaitJob(officer, jobId, p -> p.getInt("composed") > 0, Duration.ofMinutes(2));
        forum.stop();
        assertThat(progress.getInt("composed")).as("stopped in the middle: " + progress).isLessThan(count);

        forum = ForumProcess.startReady("forum-h2-resumed", workDir, environment());
        Api resumedOfficer = Api.as(forum, OFFICER, OFFICER_PASSWORD);
        // Every message is composed, and sent unless the stopped process had claimed it for sending: such a claim
        // (at most one batch) is taken over when its lease runs out (MailDispatcherTest shows that). A stopping
        // process hands its claims back when it still can; on H2 the JVM's shutdown closes the embedded database
        // beside the application's own stop, so here it may not.
        record Seen(JsonObject job, long sending) {
        }
        Seen seen = await("every invitation composed and sent or held").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500)).until(() -> new Seen(Api.json(resumedOfficer.get("/api/mail/jobs/" + jobId)),
                        Api.json(resumedOfficer.get("/api/outbox?job=" + jobId + "&state=SENDING")).getJsonNumber("total").longValue()),
                v -> v.job().getInt("composed") == count && v.job().getInt("sent") + v.sending() == count);
        JsonObject finished = seen.job();
        long sending = seen.sending();
        assertThat(sending).as("held by the stopped process's claim").isLessThanOrEqualTo(20);
        assertThat(finished.getJsonArray("skipped")).isEmpty();
        Matcher resumed = Pattern.compile("Mail job " + jobId + ": (\\d+) invitations composed, 0 skipped; finished\\.")
                .matcher(forum.output());
        assertThat(resumed.find()).as("the restarted application carried the job on" + forum.describeOutput()).isTrue();
        assertThat(Integer.parseInt(resumed.group(1))).as("composed after the restart").isBetween(1, count - 1);

        // Nobody got an invitation twice, and each has a Message-ID of its own.
        List<MimeMessage> ours = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (addresses.contains(((InternetAddress) m.getAllRecipients()[0]).getAddress())) {
                ours.add(m);
            }
        }
        assertThat(ours.size()).isBetween(finished.getInt("sent"), count);
        java.util.Set<String> recipients = new java.util.HashSet<>();
        java.util.Set<String> messageIds = new java.util.HashSet<>();
        for (MimeMessage m : ours) {
            recipients.add(((InternetAddress) m.getAllRecipients()[0]).getAddress());
            messageIds.add(m.getMessageID());
        }
        assertThat(recipients).as("nobody twice").hasSize(ours.size());
        assertThat(messageIds).hasSize(ours.size());
    }

    /** Polls the mail job until {@code condition} holds, at most {@code limit}; returns the last progress. */
    private static JsonObject awaitJob(Api api, String jobId, java.util.function.Predicate<JsonObject> condition, Duration limit)
            throws Exception {
        return await("mail job " + jobId + " getting there").atMost(limit).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> r = api.get("/api/mail/jobs/" + jobId);
            assertThat(r.statusCode()).as(Api.describe(r)).isEqualTo(200);
            return Api.json(r);
        }, condition);
    }

    @Test
    @Order(100)
    void dataSurvivesARestartAndTheLogSaysWhereItListensAndKeepsData() {
        Path dataDir = workDir.resolve("data").toAbsolutePath().normalize();
        assertStartLog(forum, dataDir);

        forum.stop();
        forum = ForumProcess.startReady("forum-h2-restarted", workDir, environment());

        assertStartLog(forum, dataDir);
        HttpResponse<String> r = Api.as(forum, OFFICER, OFFICER_PASSWORD).get("/api/me");
        assertThat(r.statusCode()).as("the officer created before the restart signs in: " + Api.describe(r)).isEqualTo(200);
        assertThat(Api.json(r).getJsonArray("roles").getValuesAs(JsonString::getString)).as(r.body()).containsExactly("OFFICER");
        forum.stop();
    }

    static void assertStartLog(ForumProcess process, Path dataDir) {
        String log = process.output();
        // Payara Micro lists the addresses it answers on; the application names its data directory.
        assertThat(Pattern.compile("http://[^\\s/]+:" + process.port() + "/").matcher(log).find())
                .as("%s logs the address it listens on (port %d)%s", process, process.port(), process.describeOutput())
                .isTrue();
        assertThat(log).as("%s logs its data directory%s", process, process.describeOutput())
                .contains("Data: " + dataDir);
    }

    private Api admin() {
        return Api.as(forum, "admin", ADMIN_PASSWORD);
    }

    /** Fills in and sends the login form, and returns once the browser has left the page it was on. */
    private static void signIn(WebDriver browser, String username, String password) {
        Pages pages = new Pages(browser);
        WebElement submit = pages.clickable(By.id("login:submit"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        submit.click();
        // Without this, a check of the next page could still see the form that was just sent.
        pages.await("the page after the login form to replace it", Pages.gone(submit));
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> name.equals(c.getString("name", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no health check named '" + name + "' in " + health));
    }

    /** An RFC 9457 body: the right media type, and type, title, status and detail all filled in. */
    static JsonObject assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.headers().firstValue("Content-Type")).as(Api.describe(r))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        JsonObject problem = Api.json(r);
        assertThat(problem.getString("type", "")).as(r.body()).isNotBlank();
        assertThat(problem.getString("title", "")).as(r.body()).isNotBlank();
        assertThat(problem.getInt("status", -1)).as(r.body()).isEqualTo(status);
        assertThat(problem.getString("detail", "")).as(r.body()).isNotBlank();
        return problem;
    }
}
