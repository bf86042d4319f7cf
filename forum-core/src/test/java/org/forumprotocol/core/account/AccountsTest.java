package org.forumprotocol.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.MutableClock;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.account.LoginResult.Outcome;
import org.forumprotocol.core.audit.AuditEntry;
import org.forumprotocol.core.audit.AuditFilter;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.config.ForumSettings;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The account service against a real database. Hashing with the production parameters costs about 0.2 s, so
 * accounts that a test only needs to exist are seeded with one hash computed once ({@link #SEED_PASSWORD}).
 */
class AccountsTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();

    private static final Instant T0 = Instant.parse("2025-09-15T09:00:00Z");
    private static final String SEED_PASSWORD = "seeded-password-42";
    private static final String NEW_PASSWORD = "Turkestan-2025-new";

    private static PasswordHashing hashing;
    private static String seedHash;

    private final MutableClock clock = new MutableClock(T0);
    private EntityManager em;
    private Accounts accounts;

    @BeforeAll
    static void hashOnce() {
        hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl());
        seedHash = hashing.hash(SEED_PASSWORD);
    }

    @BeforeEach
    void setUp() {
        em = DB.newEntityManager();
        accounts = accounts(em, Map.of());
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    // --- creating ---

    @Test
    void createNormalisesTheUsernameKeepsTheRolesAndRecordsWhoDidIt() throws Exception {
        String password = "Ordabasy-Square-7";
        Account created = tx(() -> accounts.create("  Aliya.Nurlanova ", password, EnumSet.of(Role.ARCHIVIST, Role.OFFICER)));

        assertThat(created.getId()).isNotNull().isPositive();
        assertThat(created.getUsername()).isEqualTo("aliya.nurlanova");

        Account stored = reload("ALIYA.NURLANOVA");
        assertThat(stored.getUsername()).isEqualTo("aliya.nurlanova");
        assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.OFFICER, Role.ARCHIVIST);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getCreatedAt()).isEqualTo(T0);
        assertThat(stored.getPasswordChangedAt()).isEqualTo(T0);
        assertThat(stored.getLastLoginAt()).isNull();
        assertThat(stored.getFailedLogins()).isZero();
        assertThat(stored.getLanguage()).isNull();

        List<AuditEntry> audit = auditEntries();
        assertThat(audit).hasSize(1);
        AuditEntry entry = audit.get(0);
        assertThat(entry.getActor()).isEqualTo("tester");
        assertThat(entry.getEntityType()).isEqualTo("Account");
        assertThat(entry.getEntityId()).isEqualTo("aliya.nurlanova");
        assertThat(entry.getAction()).isEqualTo("CREATE");
        assertThat(entry.getOccurredAt()).isEqualTo(T0);
        assertThat(entry.getSummary()).isEqualTo("roles=[OFFICER, ARCHIVIST], enabled=true").doesNotContain(password);

        // The password is kept only as a PBKDF2 hash in Soteria's format: algorithm:iterations:salt:key.
        String hash = storedHash("aliya.nurlanova");
        assertThat(hash).isEqualTo(stored.getPasswordHash())
                .matches("PBKDF2WithHmacSHA512:210000:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*")
                .doesNotContain(password);
        String[] parts = hash.split(":");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(64);
        assertThat(hashing.verify(password, hash)).isTrue();
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        seed("bolat", Role.OFFICER);

        ForumException e = refused(() -> accounts.create("Bolat", "another-password", Set.of(Role.ARCHIVIST)));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.getMessage()).contains("'bolat' already exists");
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("username");
        assertThat(reload("bolat").getRoles()).containsExactly(Role.OFFICER);
        assertThat(accountCount()).isEqualTo(1);
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void invalidInputIsRefusedWithOneErrorPerField() {
        ForumException e = refused(() -> accounts.create("-x", "short", Set.of()));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("username", "password", "roles");
        assertThat(e.fieldErrors().get(1).message()).contains("10");

        ForumException nulls = refused(() -> accounts.create(null, null, null));
        assertThat(nulls.kind()).isEqualTo(Kind.INVALID);
        assertThat(nulls.fieldErrors()).extracting(FieldError::field).containsExactly("username", "password", "roles");

        assertThat(refused(() -> accounts.create("кирилл", "long-enough-password", Set.of(Role.OFFICER))).fieldErrors())
                .extracting(FieldError::field).containsExactly("username");
        assertThat(refused(() -> accounts.create("a", "long-enough-password", Set.of(Role.OFFICER))).fieldErrors())
                .extracting(FieldError::field).containsExactly("username");
        assertThat(refused(() -> accounts.create("x".repeat(65), "long-enough-password", Set.of(Role.OFFICER))).fieldErrors())
                .extracting(FieldError::field).containsExactly("username");
        ForumException sameAsName = refused(() -> accounts.create("dana.officer", "DANA.OFFICER", Set.of(Role.OFFICER)));
        assertThat(sameAsName.fieldErrors()).containsExactly(new FieldError("password", "must not be the user name"));
        assertThat(refused(() -> accounts.create("dana", "p".repeat(201), Set.of(Role.OFFICER))).fieldErrors())
                .extracting(FieldError::field).containsExactly("password");

        assertThat(accountCount()).isZero();
        assertThat(auditEntries()).isEmpty();
    }

    // --- administrators' changes ---

    @Test
    void updateChangesRolesAndEnabledRaisingTheVersionEachTime() {
        seed("boss", Role.ADMIN);
        Account bolat = seed("bolat", Role.OFFICER);
        long v1 = bolat.getVersion();

        Account afterRoles = tx(() -> accounts.update("bolat", new AccountChange(v1, EnumSet.of(Role.OFFICER, Role.ARCHIVIST), null, null)));
        long v2 = afterRoles.getVersion();
        assertThat(v2).isEqualTo(v1 + 1);
        Account stored = reload("bolat");
        assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.OFFICER, Role.ARCHIVIST);
        assertThat(stored.getVersion()).isEqualTo(v2);

        Account afterDisable = tx(() -> accounts.update("bolat", new AccountChange(v2, null, false, null)));
        assertThat(afterDisable.getVersion()).isEqualTo(v2 + 1);
        stored = reload("bolat");
        assertThat(stored.isEnabled()).isFalse();
        assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.OFFICER, Role.ARCHIVIST);
        assertThat(stored.getVersion()).isEqualTo(afterDisable.getVersion());

        tx(() -> accounts.update("bolat", new AccountChange(null, null, true, null)));
        assertThat(reload("bolat").isEnabled()).isTrue();

        assertThat(auditEntries()).extracting(AuditEntry::getAction, AuditEntry::getEntityId, AuditEntry::getSummary).containsExactly(
                tuple("UPDATE", "bolat", "enabled: false → true"),
                tuple("UPDATE", "bolat", "enabled: true → false"),
                tuple("UPDATE", "bolat", "roles: [OFFICER] → [OFFICER, ARCHIVIST]"));
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        Account bolat = seed("bolat", Role.OFFICER);

        tx(() -> accounts.update("bolat", new AccountChange(bolat.getVersion(), EnumSet.of(Role.OFFICER), true, null)));

        assertThat(reload("bolat").getVersion()).isEqualTo(bolat.getVersion());
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        seed("boss", Role.ADMIN);
        Account bolat = seed("bolat", Role.OFFICER);
        long seen = bolat.getVersion();
        tx(() -> accounts.update("bolat", new AccountChange(seen, EnumSet.of(Role.ARCHIVIST), null, null)));
        Account current = reload("bolat");
        int auditBefore = auditEntries().size();

        ForumException e = refused(() -> accounts.update("bolat", new AccountChange(seen, EnumSet.of(Role.ADMIN), false, "stale-password-123")));

        assertThat(e.kind()).isEqualTo(Kind.STALE);
        assertThat(e.getMessage()).contains("'bolat'");
        Account after = reload("bolat");
        assertThat(after.getVersion()).isEqualTo(current.getVersion());
        assertThat(after.getRoles()).containsExactly(Role.ARCHIVIST);
        assertThat(after.isEnabled()).isTrue();
        assertThat(after.getPasswordHash()).isEqualTo(seedHash);
        assertThat(auditEntries()).hasSize(auditBefore);
    }

    @Test
    void aConcurrentChangeIsNotSilentlyOverwritten() {
        seed("boss", Role.ADMIN);
        seed("bolat", Role.OFFICER);
        EntityManager otherEm = DB.newEntityManager();
        try {
            Accounts other = accounts(otherEm, Map.of());
            otherEm.getTransaction().begin();
            other.get("bolat"); // another request has read the account ...
            tx(() -> accounts.update("bolat", new AccountChange(null, EnumSet.of(Role.ARCHIVIST), null, null))); // ... this one commits first

            assertThatThrownBy(() -> other.update("bolat", new AccountChange(null, null, false, null)))
                    .isInstanceOf(OptimisticLockException.class);
        } finally {
            if (otherEm.getTransaction().isActive()) {
                otherEm.getTransaction().rollback();
            }
            otherEm.close();
        }
        Account stored = reload("bolat");
        assertThat(stored.getRoles()).containsExactly(Role.ARCHIVIST);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(auditEntries()).singleElement().extracting(AuditEntry::getSummary).isEqualTo("roles: [OFFICER] → [ARCHIVIST]");
    }

    @Test
    void rolesCannotBeEmptied() {
        Account bolat = seed("bolat", Role.OFFICER);

        ForumException e = refused(() -> accounts.update("bolat", new AccountChange(bolat.getVersion(), Set.of(), null, null)));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("roles");
        assertThat(reload("bolat").getRoles()).containsExactly(Role.OFFICER);
    }

    @Test
    void theLastEnabledAdministratorCannotLoseTheRoleOrBeDisabled() {
        seed("boss", Role.ADMIN, Role.OFFICER);

        ForumException demoted = refused(() -> accounts.update("boss", new AccountChange(null, EnumSet.of(Role.OFFICER), null, null)));
        assertThat(demoted.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(demoted.getMessage()).contains("'boss'");
        ForumException disabled = refused(() -> accounts.update("boss", new AccountChange(null, null, false, null)));
        assertThat(disabled.kind()).isEqualTo(Kind.CONFLICT);

        // A disabled administrator does not count.
        seed("deputy", Role.ADMIN);
        tx(() -> accounts.update("deputy", new AccountChange(null, null, false, null)));
        assertThat(refused(() -> accounts.update("boss", new AccountChange(null, null, false, null))).kind()).isEqualTo(Kind.CONFLICT);
        assertThat(refused(() -> accounts.update("boss", new AccountChange(null, EnumSet.of(Role.OFFICER), null, null))).kind())
                .isEqualTo(Kind.CONFLICT);
        Account boss = reload("boss");
        assertThat(boss.getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICER);
        assertThat(boss.isEnabled()).isTrue();

        // With another enabled administrator, both changes are allowed.
        tx(() -> accounts.update("deputy", new AccountChange(null, null, true, null)));
        tx(() -> accounts.update("boss", new AccountChange(null, EnumSet.of(Role.OFFICER), false, null)));
        boss = reload("boss");
        assertThat(boss.getRoles()).containsExactly(Role.OFFICER);
        assertThat(boss.isEnabled()).isFalse();
        // ... and now the deputy is the last one.
        assertThat(refused(() -> accounts.update("deputy", new AccountChange(null, null, false, null))).kind()).isEqualTo(Kind.CONFLICT);
    }

    @Test
    void anAdministratorResetsAPasswordWhichAlsoLiftsALock() {
        Accounts strict = accounts(em, Map.of("FORUM_LOGIN_MAX_FAILURES", "1"));
        seed("bolat", Role.OFFICER);
        assertThat(tx(() -> strict.authenticate("bolat", "wrong-password-1")).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(reload("bolat").getLockedUntil()).isNotNull();
        long version = reload("bolat").getVersion();
        clock.advance(Duration.ofSeconds(5));

        ForumException tooShort = refused(() -> accounts.update("bolat", new AccountChange(version, null, null, "short")));
        assertThat(tooShort.fieldErrors()).extracting(FieldError::field).containsExactly("password");

        tx(() -> accounts.update("bolat", new AccountChange(version, null, null, NEW_PASSWORD)));

        Account stored = reload("bolat");
        assertThat(stored.getVersion()).isGreaterThan(version);
        assertThat(stored.getPasswordChangedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(stored.getLockedUntil()).isNull();
        assertThat(stored.getFailedLogins()).isZero();
        assertThat(stored.getPasswordHash()).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(NEW_PASSWORD);
        assertThat(hashing.verify(NEW_PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(hashing.verify(SEED_PASSWORD, stored.getPasswordHash())).isFalse();
        assertThat(auditEntries()).first().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("UPDATE");
            assertThat(e.getSummary()).isEqualTo("password reset").doesNotContain(NEW_PASSWORD);
        });
    }

    @Test
    void unknownAccountsAreNotFound() {
        assertThat(refused(() -> accounts.get("ghost")).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(refused(() -> accounts.update("ghost", new AccountChange(null, null, false, null))).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(accounts.find(null)).isEmpty();
        assertThat(accounts.find("ghost")).isEmpty();
    }

    @Test
    void listIsOrderedByUsername() {
        seed("zarina", Role.OFFICER);
        seed("aliya", Role.ARCHIVIST);
        seed("marat", Role.ADMIN);

        assertThat(accounts.list()).extracting(Account::getUsername).containsExactly("aliya", "marat", "zarina");
    }

    // --- own password ---

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOne() {
        seed("bolat", Role.OFFICER);

        ForumException wrong = refused(() -> accounts.changeOwnPassword("bolat", "not-the-password", NEW_PASSWORD));
        assertThat(wrong.kind()).isEqualTo(Kind.INVALID);
        assertThat(wrong.fieldErrors()).extracting(FieldError::field).containsExactly("currentPassword");
        assertThat(refused(() -> accounts.changeOwnPassword("bolat", null, NEW_PASSWORD)).fieldErrors())
                .extracting(FieldError::field).containsExactly("currentPassword");
        assertThat(reload("bolat").getPasswordHash()).isEqualTo(seedHash);
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void theNewOwnPasswordMustBeAcceptableAndDifferent() {
        seed("bolat", Role.OFFICER);

        assertThat(refused(() -> accounts.changeOwnPassword("bolat", SEED_PASSWORD, "short")).fieldErrors())
                .extracting(FieldError::field).containsExactly("newPassword");
        assertThat(refused(() -> accounts.changeOwnPassword("bolat", SEED_PASSWORD, SEED_PASSWORD)).fieldErrors())
                .extracting(FieldError::field).containsExactly("newPassword");
        assertThat(reload("bolat").getPasswordHash()).isEqualTo(seedHash);
    }

    @Test
    void afterChangingTheOwnPasswordOnlyTheNewOneWorks() {
        seed("bolat", Role.OFFICER);
        clock.advance(Duration.ofDays(3));

        tx(() -> accounts.changeOwnPassword("Bolat", SEED_PASSWORD, NEW_PASSWORD));

        assertThat(reload("bolat").getPasswordChangedAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(tx(() -> accounts.authenticate("bolat", SEED_PASSWORD)).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(tx(() -> accounts.authenticate("bolat", NEW_PASSWORD)).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(auditEntries()).extracting(AuditEntry::getAction).contains("PASSWORD_CHANGED");
        assertThat(auditEntries()).extracting(AuditEntry::getSummary).noneMatch(s -> s.contains(NEW_PASSWORD) || s.contains(SEED_PASSWORD));
    }

    // --- signing in ---

    @Test
    void anUnknownUserIsRejected() {
        LoginResult result = tx(() -> accounts.authenticate("ghost", SEED_PASSWORD));

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.accepted()).isFalse();
        assertThat(result.roles()).isEmpty();
        assertThat(result.retryAfter()).isNull();
        assertThat(tx(() -> accounts.authenticate(null, null)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void theRightPasswordIsAcceptedAndAWrongOneIsCounted() {
        seed("bolat", Role.OFFICER, Role.ARCHIVIST);

        LoginResult wrong = tx(() -> accounts.authenticate("bolat", "wrong-password-1"));
        assertThat(wrong.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(wrong.roles()).isEmpty();
        assertThat(reload("bolat").getFailedLogins()).isEqualTo(1);
        assertThat(tx(() -> accounts.authenticate("bolat", null)).outcome()).isEqualTo(Outcome.REJECTED);

        clock.advance(Duration.ofMinutes(1));
        LoginResult right = tx(() -> accounts.authenticate(" BOLAT ", SEED_PASSWORD));
        assertThat(right.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(right.accepted()).isTrue();
        assertThat(right.username()).isEqualTo("bolat");
        assertThat(right.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.ARCHIVIST);
        Account stored = reload("bolat");
        assertThat(stored.getFailedLogins()).isZero();
        assertThat(stored.getLastLoginAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void repeatedFailuresLockTheAccountUntilTheDelayHasPassed() {
        seed("bolat", Role.OFFICER);
        for (int i = 1; i <= 4; i++) {
            assertThat(tx(() -> accounts.authenticate("bolat", "wrong-password")).outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(reload("bolat").getLockedUntil()).isNull();
        }
        clock.advance(Duration.ofSeconds(10));
        assertThat(tx(() -> accounts.authenticate("bolat", "wrong-password")).outcome()).isEqualTo(Outcome.REJECTED);
        Instant lockedUntil = T0.plusSeconds(10).plus(Account.FIRST_LOCK);
        Account locked = reload("bolat");
        assertThat(locked.getFailedLogins()).isEqualTo(5);
        assertThat(locked.getLockedUntil()).isEqualTo(lockedUntil);
        assertThat(auditEntries()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("LOGIN_SLOWED");
            assertThat(e.getEntityId()).isEqualTo("bolat");
            assertThat(e.getSummary()).startsWith("5 failed logins in a row");
        });

        // Even the right password is refused while the account is locked.
        clock.advance(Account.FIRST_LOCK.minusSeconds(1));
        LoginResult refused = tx(() -> accounts.authenticate("bolat", SEED_PASSWORD));
        assertThat(refused.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(refused.retryAfter()).isEqualTo(lockedUntil);
        assertThat(refused.roles()).isEmpty();
        assertThat(reload("bolat").getFailedLogins()).isEqualTo(5);

        clock.set(lockedUntil);
        LoginResult accepted = tx(() -> accounts.authenticate("bolat", SEED_PASSWORD));
        assertThat(accepted.outcome()).isEqualTo(Outcome.ACCEPTED);
        Account unlocked = reload("bolat");
        assertThat(unlocked.getFailedLogins()).isZero();
        assertThat(unlocked.getLockedUntil()).isNull();
        assertThat(unlocked.getLastLoginAt()).isEqualTo(lockedUntil);
    }

    @Test
    void theNumberOfFailuresBeforeALockIsConfigurable() {
        Accounts strict = accounts(em, Map.of("FORUM_LOGIN_MAX_FAILURES", "2"));
        seed("bolat", Role.OFFICER);

        assertThat(tx(() -> strict.authenticate("bolat", "wrong-password")).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(reload("bolat").getLockedUntil()).isNull();
        assertThat(tx(() -> strict.authenticate("bolat", "wrong-password")).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(reload("bolat").getLockedUntil()).isEqualTo(T0.plus(Account.FIRST_LOCK));
        assertThat(tx(() -> strict.authenticate("bolat", SEED_PASSWORD)).outcome()).isEqualTo(Outcome.LOCKED);
    }

    @Test
    void aDisabledAccountIsRejectedEvenWithTheRightPassword() {
        seed("boss", Role.ADMIN);
        seed("bolat", Role.OFFICER);
        tx(() -> accounts.update("bolat", new AccountChange(null, null, false, null)));

        LoginResult result = tx(() -> accounts.authenticate("bolat", SEED_PASSWORD));

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.roles()).isEmpty();
        assertThat(reload("bolat").getLastLoginAt()).isNull();
    }

    // --- first start ---

    @Test
    void theFirstAdministratorIsCreatedOnceWithAGeneratedPassword() {
        Optional<String> generated = tx(() -> accounts.ensureInitialAdmin(Optional.empty()));

        assertThat(generated).hasValueSatisfying(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(Accounts.MIN_PASSWORD_LENGTH));
        Account admin = reload(Accounts.INITIAL_ADMIN);
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(hashing.verify(generated.get(), admin.getPasswordHash())).isTrue();
        assertThat(auditEntries()).singleElement().satisfies(e -> assertThat(e.getSummary()).doesNotContain(generated.get()));

        assertThat(tx(() -> accounts.ensureInitialAdmin(Optional.empty()))).isEmpty();
        assertThat(tx(() -> accounts.ensureInitialAdmin(Optional.of("configured-password")))).isEmpty();
        assertThat(accountCount()).isEqualTo(1);
        assertThat(reload(Accounts.INITIAL_ADMIN).getPasswordHash()).isEqualTo(admin.getPasswordHash());
    }

    @Test
    void theFirstAdministratorGetsTheConfiguredPasswordWhichIsNotReturned() {
        Optional<String> generated = tx(() -> accounts.ensureInitialAdmin(Optional.of("configured-password")));

        assertThat(generated).isEmpty();
        assertThat(hashing.verify("configured-password", reload(Accounts.INITIAL_ADMIN).getPasswordHash())).isTrue();
        assertThat(tx(() -> accounts.ensureInitialAdmin(Optional.of("configured-password")))).isEmpty();
        assertThat(accountCount()).isEqualTo(1);
    }

    @Test
    void noFirstAdministratorWhenAnyAccountExists() {
        seed("bolat", Role.OFFICER);

        assertThat(tx(() -> accounts.ensureInitialAdmin(Optional.empty()))).isEmpty();
        assertThat(accounts.find(Accounts.INITIAL_ADMIN)).isEmpty();
    }

    // --- language ---

    @Test
    void theLanguageIsRememberedWhenItIsOneOfTheFour() {
        seed("bolat", Role.OFFICER);

        for (String language : List.of("kk", "ru", "en", "ko")) {
            tx(() -> accounts.rememberLanguage("bolat", language));
            assertThat(reload("bolat").getLanguage()).isEqualTo(language);
        }
        tx(() -> accounts.rememberLanguage("bolat", "ko"));

        assertThat(auditEntries()).extracting(AuditEntry::getSummary).containsExactly(
                "language: en → ko", "language: ru → en", "language: kk → ru", "language: null → kk");
        for (String bad : new String[] {"de", "KK", "", "kk-KZ"}) {
            ForumException e = refused(() -> accounts.rememberLanguage("bolat", bad));
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("language");
        }
        assertThat(refused(() -> accounts.rememberLanguage("bolat", null)).kind()).isEqualTo(Kind.INVALID);
        assertThat(refused(() -> accounts.rememberLanguage("ghost", "kk")).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(reload("bolat").getLanguage()).isEqualTo("ko");
    }

    // --- the slowing down itself ---

    @Test
    void theLockDoublesWithEveryFurtherFailureUpToFifteenMinutes() {
        Account account = new Account("bolat", "hash", Set.of(Role.OFFICER), T0);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0, 5);
        }
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.isLocked(T0)).isFalse();

        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            account.recordFailedLogin(T0, 5);
            delays.add(Duration.between(T0, account.getLockedUntil()));
        }
        assertThat(delays).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertThat(account.isLocked(T0.plus(Duration.ofMinutes(15)).minusNanos(1))).isTrue();
        assertThat(account.isLocked(T0.plus(Duration.ofMinutes(15)))).isFalse();

        for (int i = 0; i < 100; i++) {
            account.recordFailedLogin(T0, 5);
        }
        assertThat(Duration.between(T0, account.getLockedUntil())).isEqualTo(Account.MAX_LOCK);

        account.recordSuccessfulLogin(T0);
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLockedUntil()).isNull();
    }

    // --- helpers ---

    private Accounts accounts(EntityManager entityManager, Map<String, String> settings) {
        return new Accounts(entityManager, new AuditTrail(entityManager, clock, () -> "tester"), hashing, clock,
                ForumSettings.of(settings));
    }

    /** An account with {@link #SEED_PASSWORD}, stored without hashing again and without an audit entry. */
    private Account seed(String username, Role... roles) {
        EntityManager seeding = DB.newEntityManager();
        try {
            Account account = new Account(username, seedHash, EnumSet.copyOf(List.of(roles)), clock.instant());
            TestDatabase.inTransaction(seeding, () -> seeding.persist(account));
            return account;
        } finally {
            seeding.close();
        }
    }

    private <T> T tx(Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }

    private void tx(Runnable work) {
        TestDatabase.inTransaction(em, work);
    }

    /** Runs work in a transaction that must fail with a ForumException; the transaction is rolled back. */
    private ForumException refused(Runnable work) {
        try {
            tx(work);
        } catch (ForumException e) {
            return e;
        }
        throw new AssertionError("expected the request to be refused with a ForumException");
    }

    /** The account as the database holds it, read with an entity manager of its own. */
    private Account reload(String username) {
        EntityManager reader = DB.newEntityManager();
        try {
            return accounts(reader, Map.of()).find(username).orElseThrow(() -> new AssertionError("no account " + username));
        } finally {
            reader.close();
        }
    }

    private long accountCount() {
        EntityManager reader = DB.newEntityManager();
        try {
            return reader.createNamedQuery("Account.count", Long.class).getSingleResult();
        } finally {
            reader.close();
        }
    }

    /** All audit entries, newest first. */
    private List<AuditEntry> auditEntries() {
        EntityManager reader = DB.newEntityManager();
        try {
            return new AuditTrail(reader, clock, () -> "reader").search(new AuditFilter(null, null, null, null, null, null, 0, 500)).entries();
        } finally {
            reader.close();
        }
    }

    private String storedHash(String username) throws Exception {
        try (Connection c = DB.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT password_hash FROM account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
