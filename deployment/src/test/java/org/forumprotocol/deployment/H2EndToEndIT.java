package org.forumprotocol.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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

    @BeforeAll
    void start() {
        workDir = ForumProcess.newWorkDir("h2");
        forum = ForumProcess.startReady("forum-h2", workDir, Map.of("FORUM_ADMIN_PASSWORD", ADMIN_PASSWORD));
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

            String shown = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .withMessage(() -> "no element #signed-in-user after signing in; page at " + browser.getCurrentUrl()
                            + ":\n" + browser.getPageSource())
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")))
                    .getText();
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

            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .withMessage(() -> "no login form after a wrong password; page at " + browser.getCurrentUrl()
                            + ":\n" + browser.getPageSource())
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("login:password")));
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

    /** Last: it replaces the running process. */
    @Test
    @Order(100)
    void dataSurvivesARestartAndTheLogSaysWhereItListensAndKeepsData() {
        Path dataDir = workDir.resolve("data").toAbsolutePath().normalize();
        assertStartLog(forum, dataDir);

        forum.stop();
        forum = ForumProcess.startReady("forum-h2-restarted", workDir, Map.of("FORUM_ADMIN_PASSWORD", ADMIN_PASSWORD));

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
        WebElement submit = new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage(() -> "no login form at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource())
                .until(ExpectedConditions.elementToBeClickable(By.id("login:submit")));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        submit.click();
        // Without this, a check of the next page could still see the form that was just sent.
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage("the login form was sent but the page did not change")
                .until(ExpectedConditions.stalenessOf(submit));
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
