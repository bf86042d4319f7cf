package org.forumprotocol.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.forumprotocol.core.account.Accounts;
import org.forumprotocol.core.account.Role;
import org.forumprotocol.core.agenda.AgendaItemKind;
import org.forumprotocol.core.agenda.AgendaWarning;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.delegation.Attendance;
import org.forumprotocol.core.delegation.DelegateRole;
import org.forumprotocol.core.delegation.DelegationStatus;
import org.forumprotocol.core.delegation.Gender;
import org.forumprotocol.core.delegation.ParticipantOrder;
import org.forumprotocol.core.delegation.Rank;
import org.forumprotocol.core.event.EventKind;
import org.forumprotocol.core.mail.AttemptOutcome;
import org.forumprotocol.core.mail.MailState;
import org.forumprotocol.core.mail.MessageKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page texts: complete in every language, and every key a page or bean uses exists. */
class MessageBundlesTest {
    private static final String BASE = "org/forumprotocol/web/messages";
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    /** #{msg['key']}, #{msg["key"]} and #{msg.key}, also inside larger expressions. */
    private static final Pattern EL_KEY = Pattern.compile("\\bmsg\\s*\\[\\s*(['\"])([^'\"]+)\\1\\s*\\]|\\bmsg\\.([A-Za-z_][A-Za-z0-9_]*)");
    /** Keys that beans pass to Texts: Texts.get/info/error("key", ...). */
    private static final Pattern JAVA_KEY = Pattern.compile("Texts\\.(?:get|info|error|fieldError)\\(\\s*(?:[^,()]+,\\s*)?\"([a-zA-Z][\\w.]*)\"");
    private static final Pattern NUMBERED_ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    private static Map<String, Properties> bundles;

    @BeforeAll
    static void load() throws IOException {
        bundles = new LinkedHashMap<>();
        for (String suffix : new String[] {"", "_en", "_ru", "_kk", "_ko"}) {
            bundles.put("messages" + suffix, read(BASE + suffix + ".properties"));
        }
    }

    @Test
    void everyLanguageOfferedHasABundle() {
        for (String language : Accounts.LANGUAGES) {
            assertThat(bundles).containsKey("messages_" + language);
        }
    }

    @Test
    void allBundlesHaveExactlyTheSameKeys() {
        Set<String> reference = bundles.get("messages").stringPropertyNames();
        assertThat(reference).isNotEmpty();
        bundles.forEach((name, texts) -> assertThat(texts.stringPropertyNames())
                .as("keys of %s compared with messages.properties", name)
                .containsExactlyInAnyOrderElementsOf(reference));
    }

    @Test
    void noValueIsEmpty() {
        bundles.forEach((name, texts) -> texts.stringPropertyNames().forEach(key ->
                assertThat(texts.getProperty(key)).as("%s in %s", key, name).isNotBlank()));
    }

    @Test
    void patternsAreValidAndUseTheSameArgumentsInEveryLanguage() {
        Properties reference = bundles.get("messages");
        for (String key : reference.stringPropertyNames()) {
            Set<String> expected = arguments(reference.getProperty(key));
            bundles.forEach((name, texts) -> {
                String value = texts.getProperty(key);
                if (value == null) {
                    return;
                }
                assertThat(arguments(value)).as("arguments of %s in %s", key, name).isEqualTo(expected);
                if (!expected.isEmpty()) {
                    // Throws on a broken pattern, such as a lone apostrophe swallowing "{0}".
                    String formatted = new MessageFormat(value, Locale.ROOT).format(new Object[] {7, 7, 7});
                    assertThat(formatted).as("%s in %s", key, name).doesNotContain("{0");
                }
            });
        }
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = EL_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(2) != null ? m.group(2) : m.group(3));
                }
            }
        }
        assertThat(used).as("keys found in pages").hasSizeGreaterThan(50);
        assertKeysExist(used, "pages");
    }

    @Test
    void everyKeyUsedInABeanExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in beans").contains("login.error.locked", "start.greeting");
        assertKeysExist(used, "beans");
    }

    @Test
    void keysBuiltAtRuntimeExist() {
        Set<String> built = Arrays.stream(Role.values()).map(r -> "role." + r.name()).collect(Collectors.toCollection(TreeSet::new));
        // Labels of the domain's enumerations, built as prefix + name() in the pages.
        Map<String, Class<? extends Enum<?>>> labelled = Map.ofEntries(Map.entry("eventKind.", EventKind.class),
                Map.entry("delegationStatus.", DelegationStatus.class), Map.entry("delegateRole.", DelegateRole.class),
                Map.entry("rank.", Rank.class), Map.entry("gender.", Gender.class), Map.entry("attendance.", Attendance.class),
                Map.entry("participants.order.", ParticipantOrder.class), Map.entry("agendaKind.", AgendaItemKind.class),
                Map.entry("visibility.", Visibility.class), Map.entry("agendaWarning.", AgendaWarning.Code.class),
                Map.entry("mailState.", MailState.class), Map.entry("messageKind.", MessageKind.class),
                Map.entry("attemptOutcome.", AttemptOutcome.class),
                Map.entry("invitations.recipients.", org.forumprotocol.web.mail.InvitationsPage.Whom.class),
                Map.entry("memorandumState.", org.forumprotocol.core.memorandum.MemorandumState.class),
                Map.entry("standing.", org.forumprotocol.web.memorandum.MemorandumDetails.Standing.class),
                Map.entry("signatureMethod.", org.forumprotocol.core.memorandum.SignatureMethod.class),
                Map.entry("classification.", org.forumprotocol.core.memorandum.Classification.class));
        labelled.forEach((prefix, type) -> Arrays.stream(type.getEnumConstants()).forEach(e -> built.add(prefix + e.name())));
        built.addAll(Set.of("delegate.answer.CONFIRMED", "delegate.answer.DECLINED"));
        // Messages chosen by a condition in the beans, which the scan of Texts calls cannot see.
        built.addAll(Set.of("events.created", "events.saved", "delegations.created", "delegations.saved", "members.created",
                "members.saved", "precedence.pinned", "precedence.unpinned", "delegate.saved", "delegate.saved.declined",
                "agenda.created", "agenda.saved", "venues.created", "venues.saved", "outbox.resent", "outbox.cancelled",
                "memoranda.created", "memoranda.saved", "memoranda.agreed", "memoranda.withdrawn"));
        // What a verified signature covers (ReportView.SignatureRow.coverageKey).
        built.addAll(Set.of("verification.coverage.whole", "verification.coverage.laterRevisions", "verification.coverage.changedAfter"));
        // Texts.refusal: a translated reason per kind for refusals without fields, and the fallback.
        built.addAll(Set.of("error.kind.STALE", "error.kind.NOT_FOUND", "error.refused", "error.fields", "format.dateTime", "time.zone"));
        assertKeysExist(built, "code that builds keys");
    }

    /** The reasons a form shows next to a field come from the bundle, not the domain's English. */
    @Test
    void refusalsOfTheNewFormsAreTranslated() {
        Set<String> fields = new TreeSet<>(Set.of("kind", "title", "city", "hostOrganisation", "startsOn", "endsOn", "timeZone",
                "languages", "country", "name", "sendingOrganisation", "status", "arrivalFlight", "arrivalAirport",
                "departureFlight", "departureAt", "departureAirport", "hotel", "notes", "names", "names.family", "names.given",
                "position", "formOfAddress", "gender", "rank", "role", "email", "phone", "language", "dietaryNeeds",
                "accessibilityNeeds", "attendance", "arrivalDetails", "expiresAt"));
        Set<String> keys = fields.stream().map(f -> "error.INVALID." + f).collect(Collectors.toCollection(TreeSet::new));
        keys.addAll(Set.of("error.CONFLICT.head", "error.CONFLICT.email"));
        // The agenda's forms name their fields within the form (FieldScope), as the domain names them.
        Set.of("kind", "visibility", "startsAt", "endsAt", "title", "description", "room", "venue", "delegations", "speakers",
                "moderators", "interpretation.from", "interpretation.to", "dressCode", "staffNotes")
                .forEach(f -> keys.add("error.INVALID.agenda." + f));
        Set.of("name", "address", "capacity").forEach(f -> keys.add("error.INVALID.venue." + f));
        // The memoranda's forms scope their fields (PageFields): memorandum.…, sign.…, upload.…, archiving.…, archive.…
        Set.of("languages", "title", "place", "signingDate", "parties", "parties.organisation", "parties.country",
                "parties.signatory", "parties.signatory.name", "parties.signatory.position", "articles")
                .forEach(f -> keys.add("error.INVALID.memorandum." + f));
        Set.of("sign.keystore", "sign.password", "sign.certificate", "sign.alias", "upload.file", "verify.file",
                "archiving.retentionYears", "archiving.classification", "archive.country", "archive.language", "archive.to")
                .forEach(f -> keys.add("error.INVALID." + f));
        Set.of("sign.keystore", "upload.file", "verify.file").forEach(f -> keys.add("error.TOO_LARGE." + f));
        assertKeysExist(keys, "Texts.refusal for events, delegations, delegates, venues and agenda items");
    }

    @Test
    void kazakhAndKoreanAreWrittenInTheirOwnScripts() {
        Properties kk = bundles.get("messages_kk");
        Properties ko = bundles.get("messages_ko");
        String allKazakh = String.join(" ", kk.stringPropertyNames().stream().map(kk::getProperty).toList());
        // Letters of Kazakh that Russian has not: a "Kazakh" text without any of them is most likely Russian.
        for (String letter : new String[] {"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"}) {
            assertThat(allKazakh).as("Kazakh bundle uses %s", letter).contains(letter);
        }
        for (String key : new String[] {"events.title", "delegations.list.title", "participants.title", "delegate.title",
                "agenda.title", "agendaKind.BILATERAL_MEETING", "agendaWarning.SPEAKER_DOUBLE_BOOKED", "memoranda.title",
                "archive.title", "verification.allIntact", "standing.NEXT"}) {
            assertThat(ko.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL))
                    .as("%s in Korean is Hangul", key).isTrue();
            assertThat(kk.getProperty(key)).as("%s in Kazakh differs from Russian", key)
                    .isNotEqualTo(bundles.get("messages_ru").getProperty(key));
        }
    }

    @Test
    void startGreetingHasExactlyOnePlaceForTheName() {
        bundles.forEach((name, texts) -> assertThat(texts.getProperty("start.greeting"))
                .as("start.greeting in %s", name).containsOnlyOnce("{0}").doesNotContain("'"));
    }

    private static void assertKeysExist(Set<String> keys, String where) {
        bundles.forEach((name, texts) -> assertThat(texts.stringPropertyNames())
                .as("keys used by %s, in %s", where, name).containsAll(keys));
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = NUMBERED_ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties read(String resource) throws IOException {
        InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        Properties p = new Properties();
        // Java 9+ reads property bundles as UTF-8; reading them the same way here checks the real texts.
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
