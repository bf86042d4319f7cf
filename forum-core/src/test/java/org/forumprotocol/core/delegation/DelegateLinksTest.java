package org.forumprotocol.core.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumprotocol.core.ForumSamples.ambassadorJo;
import static org.forumprotocol.core.ForumSamples.korea;
import static org.forumprotocol.core.ForumSamples.person;
import static org.forumprotocol.core.ForumSamples.turkestanForum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DelegateLinksTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private ForumFixture f;
    private long jo;
    private long yu;

    @BeforeEach
    void setUp() {
        f = new ForumFixture(DB);
        long forum = f.tx(() -> f.events.create(turkestanForum())).getId();
        long kr = f.tx(() -> f.delegations.addDelegation(forum, korea())).getId();
        jo = f.tx(() -> f.delegations.addDelegate(kr, ambassadorJo().dietaryNeeds("no pork").details())).getId();
        yu = f.tx(() -> f.delegations.addDelegate(kr, person().name("ru", "Ю", "Мин Бон").details())).getId();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void issueReturnsA256BitUrlSafeTokenThatIsShownOnce() {
        DelegateLinks.Issued issued = f.tx(() -> f.links.issue(jo, null));

        String token = issued.token();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        byte[] secret = Base64.getUrlDecoder().decode(token);
        assertThat(secret.length * 8).isGreaterThanOrEqualTo(128).isEqualTo(256);
        assertThat(issued.link().getDelegate().getId()).isEqualTo(jo);
        assertThat(issued.link().getCreatedAt()).isEqualTo(ForumFixture.T0);
        assertThat(issued.link().getExpiresAt()).isNull();
        assertThat(issued.link().getRevokedAt()).isNull();

        // Tokens never repeat.
        Set<String> tokens = new HashSet<>();
        tokens.add(token);
        for (int i = 0; i < 20; i++) {
            tokens.add(f.tx(() -> f.links.issue(yu, null)).token());
        }
        assertThat(tokens).hasSize(21);
    }

    @Test
    void onlyTheSha256OfTheTokenIsStored() throws Exception {
        String token = f.tx(() -> f.links.issue(jo, ForumFixture.T0.plus(Duration.ofDays(30)))).token();

        List<Map<String, String>> rows = f.rowsByColumn("delegate_link");
        assertThat(rows).singleElement().satisfies(row -> {
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
            assertThat(row.get("token_hash")).isEqualTo(expected).matches("[0-9a-f]{64}");
            assertThat(row.get("delegate_id")).isEqualTo(String.valueOf(jo));
            for (Map.Entry<String, String> column : row.entrySet()) {
                assertThat(column.getValue()).as(column.getKey()).satisfiesAnyOf(
                        v -> assertThat(v).isNull(),
                        v -> assertThat(v).doesNotContain(token).doesNotContain(token.substring(0, 20)));
            }
        });
        // Nor does the audit trail know it.
        assertThat(f.auditEntries()).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("LINK_ISSUED");
            assertThat(e.getEntityId()).isEqualTo(String.valueOf(jo));
            assertThat(e.getSummary()).isEqualTo("private link issued, expires 2025-10-15T09:00:00Z").doesNotContain(token);
        });
        assertThat(f.rows("audit_entry").toString()).doesNotContain(token);
    }

    @Test
    void openReturnsTheDelegateTheTokenWasIssuedFor() {
        String joToken = f.tx(() -> f.links.issue(jo, null)).token();
        String yuToken = f.tx(() -> f.links.issue(yu, null)).token();

        Delegate opened = f.fresh(em -> links(em).open(joToken));
        assertThat(opened.getId()).isEqualTo(jo);
        assertThat(opened.displayName(org.forumprotocol.core.i18n.Language.KO)).isEqualTo("조태익");
        Delegate other = f.fresh(em -> links(em).open(yuToken));
        assertThat(other.getId()).isEqualTo(yu);
    }

    @Test
    void unknownTooShortTooLongAndAlteredTokensAreNotFound() {
        String token = f.tx(() -> f.links.issue(jo, null)).token();
        char[] altered = token.toCharArray();
        altered[10] = altered[10] == 'A' ? 'B' : 'A';
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);

        for (String wrong : Arrays.asList(null, "", "abc", token.substring(0, 19), token.substring(0, 42), token + "x",
                new String(altered), Base64.getUrlEncoder().withoutPadding().encodeToString(random), "x".repeat(101),
                "' OR '1'='1' -- padding padding", token.toUpperCase())) {
            ForumException e = f.refused(() -> f.links.open(wrong));
            assertThat(e.kind()).as("%s", wrong).isEqualTo(Kind.NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo("This link does not exist");
        }
        // The real one still opens.
        assertThat(f.fresh(em -> links(em).open(token)).getId()).isEqualTo(jo);
    }

    @Test
    void aRevokedLinkIsNotFoundAndRevokeCountsTheOpenLinks() {
        String first = f.tx(() -> f.links.issue(jo, null)).token();
        String second = f.tx(() -> f.links.issue(jo, ForumFixture.T0.plus(Duration.ofDays(3)))).token();
        String yuToken = f.tx(() -> f.links.issue(yu, null)).token();
        f.clock.advance(Duration.ofHours(1));

        int revoked = f.tx(() -> f.links.revoke(jo));

        assertThat(revoked).isEqualTo(2);
        for (String token : List.of(first, second)) {
            assertThat(f.refused(() -> f.links.open(token)).kind()).isEqualTo(Kind.NOT_FOUND);
        }
        assertThat(f.fresh(em -> links(em).open(yuToken)).getId()).isEqualTo(yu);
        assertThat(f.rowsByColumn("delegate_link")).filteredOn(r -> r.get("delegate_id").equals(String.valueOf(jo)))
                .allSatisfy(r -> assertThat(r.get("revoked_at")).isNotNull());
        assertThat(f.auditEntries()).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("LINK_REVOKED");
            assertThat(e.getSummary()).isEqualTo("2 private link(s) revoked");
            assertThat(e.getOccurredAt()).isEqualTo(ForumFixture.T0.plus(Duration.ofHours(1)));
        });

        // Nothing left to revoke: 0, and no audit entry for nothing.
        long entries = f.count("audit_entry");
        assertThat(f.tx(() -> f.links.revoke(jo))).isZero();
        assertThat(f.count("audit_entry")).isEqualTo(entries);

        // A new link after revoking works.
        String fresh = f.tx(() -> f.links.issue(jo, null)).token();
        assertThat(f.fresh(em -> links(em).open(fresh)).getId()).isEqualTo(jo);
        assertThat(f.refused(() -> f.links.revoke(-1)).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void anExpiredLinkIsNotFound() {
        Instant expires = ForumFixture.T0.plus(Duration.ofDays(7));
        String token = f.tx(() -> f.links.issue(jo, expires)).token();

        f.clock.set(expires.minusSeconds(1));
        assertThat(f.fresh(em -> links(em).open(token)).getId()).isEqualTo(jo);

        f.clock.set(expires);
        assertThat(f.refused(() -> f.links.open(token)).kind()).isEqualTo(Kind.NOT_FOUND);
        f.clock.advance(Duration.ofDays(365));
        assertThat(f.refused(() -> f.links.open(token)).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(f.refused(() -> f.links.answer(token, "CONFIRMED", null, null)).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void aLinkMustExpireInTheFuture() {
        for (Instant past : List.of(ForumFixture.T0, ForumFixture.T0.minusSeconds(1))) {
            ForumException e = f.refusedStoringNothing(() -> f.links.issue(jo, past));
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.fieldErrors()).containsExactly(new FieldError("expiresAt", "must be in the future"));
        }
        assertThat(f.refusedStoringNothing(() -> f.links.issue(-1, null)).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void theDelegatesAnswerIsStoredAndAuditedAsTheLink() {
        String token = f.tx(() -> f.links.issue(jo, null)).token();
        f.clock.advance(Duration.ofDays(1));

        Delegate answered = f.tx(() -> f.links.answer(token, " confirmed ", "KC 931 from Seoul (ICN), 17 Sep 07:40 at Turkistan",
                "halal, no pork"));

        assertThat(answered.getId()).isEqualTo(jo);
        Delegate stored = reload(jo);
        assertThat(stored.getAttendance()).isEqualTo(Attendance.CONFIRMED);
        assertThat(stored.getArrivalDetails()).isEqualTo("KC 931 from Seoul (ICN), 17 Sep 07:40 at Turkistan");
        assertThat(stored.getDietaryNeeds()).isEqualTo("halal, no pork");
        assertThat(f.auditEntries()).last().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("link:delegate-" + jo);
            assertThat(e.getEntityType()).isEqualTo("Delegate");
            assertThat(e.getEntityId()).isEqualTo(String.valueOf(jo));
            assertThat(e.getAction()).isEqualTo("ANSWER");
            assertThat(e.getSummary()).isEqualTo("attendance=CONFIRMED").doesNotContain(token);
            assertThat(e.getOccurredAt()).isEqualTo(ForumFixture.T0.plus(Duration.ofDays(1)));
        });

        // Changing one's mind; an answer without attendance keeps the one given.
        f.tx(() -> f.links.answer(token, "DECLINED", null, null));
        assertThat(reload(jo).getAttendance()).isEqualTo(Attendance.DECLINED);
        // Fields not sent stay as they were.
        assertThat(reload(jo).getArrivalDetails()).startsWith("KC 931");
        f.tx(() -> f.links.answer(token, null, "Arriving by car from Shymkent", "vegetarian"));
        assertThat(reload(jo).getAttendance()).isEqualTo(Attendance.DECLINED);
        assertThat(reload(jo).getArrivalDetails()).isEqualTo("Arriving by car from Shymkent");
        assertThat(f.auditEntries()).filteredOn(e -> e.getAction().equals("ANSWER")).extracting(AuditEntry::getSummary)
                .containsExactly("attendance=CONFIRMED", "attendance=DECLINED", "attendance=DECLINED");
        // The other delegate is untouched.
        assertThat(reload(yu).getAttendance()).isEqualTo(Attendance.UNANSWERED);
    }

    @Test
    void anInvalidAnswerIsRefusedByFieldAndChangesNothing() {
        String token = f.tx(() -> f.links.issue(jo, null)).token();

        ForumException e = f.refusedStoringNothing(() -> f.links.answer(token, "MAYBE", "Flight\u0007", "halal\u202E"));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("attendance", "arrivalDetails", "dietaryNeeds");
        assertThat(e.fieldErrors().get(0).message()).isEqualTo("unknown value 'MAYBE'; one of [UNANSWERED, CONFIRMED, DECLINED]");
        Delegate stored = reload(jo);
        assertThat(stored.getAttendance()).isEqualTo(Attendance.UNANSWERED);
        assertThat(stored.getDietaryNeeds()).isEqualTo("no pork");

        ForumException tooLong = f.refusedStoringNothing(() -> f.links.answer(token, "CONFIRMED", "x".repeat(1001), null));
        assertThat(tooLong.fieldErrors()).extracting(FieldError::field).containsExactly("arrivalDetails");
    }

    @Test
    void aRevokedLinkCannotAnswer() {
        String token = f.tx(() -> f.links.issue(jo, null)).token();
        f.tx(() -> f.links.revoke(jo));

        ForumException e = f.refusedStoringNothing(() -> f.links.answer(token, "CONFIRMED", null, null));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(reload(jo).getAttendance()).isEqualTo(Attendance.UNANSWERED);
    }

    private DelegateLinks links(jakarta.persistence.EntityManager em) {
        return new DelegateLinks(em, delegations(em), f.audit, f.clock);
    }

    private Delegations delegations(jakarta.persistence.EntityManager em) {
        return new Delegations(em, new org.forumprotocol.core.event.Events(em, f.audit), f.audit);
    }

    private Delegate reload(long id) {
        return f.fresh(em -> delegations(em).delegate(id));
    }
}
