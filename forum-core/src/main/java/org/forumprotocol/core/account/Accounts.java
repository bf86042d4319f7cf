package org.forumprotocol.core.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.config.ForumSettings;

/** The operations on accounts. Each one owns its transaction and records what it changed. */
@ApplicationScoped
@Transactional
public class Accounts {
    public static final String INITIAL_ADMIN = "admin";
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en", "ko");
    static final String ENTITY = "Account";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    private EntityManager em;
    private AuditTrail audit;
    private PasswordHashing hashing;
    private Clock clock;
    private int maxFailures;

    protected Accounts() {
    }

    @Inject
    public Accounts(EntityManager em, AuditTrail audit, PasswordHashing hashing, Clock clock, ForumSettings settings) {
        this.em = em;
        this.audit = audit;
        this.hashing = hashing;
        this.clock = clock;
        this.maxFailures = settings.loginMaxFailures();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> list() {
        return em.createNamedQuery("Account.all", Account.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", normalise(username))
                .getResultStream().findFirst();
    }

    public Account get(String username) {
        return find(username).orElseThrow(() -> ForumException.notFound("Account '" + username + "'"));
    }

    public Account create(String username, String password, Set<Role> roles) {
        String name = normalise(username);
        List<FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(name).matches()) {
            errors.add(new FieldError("username", "2 to 64 characters: lower-case Latin letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        passwordProblem(name, password).ifPresent(p -> errors.add(new FieldError("password", p)));
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "at least one role is required"));
        }
        if (!errors.isEmpty()) {
            throw new ForumException(Kind.INVALID, "The account cannot be created as given", errors);
        }
        if (find(name).isPresent()) {
            throw new ForumException(Kind.CONFLICT, "An account named '" + name + "' already exists",
                    List.of(new FieldError("username", "already taken")));
        }
        Account account = new Account(name, hashing.hash(password), roles, clock.instant());
        em.persist(account);
        em.flush();
        audit.record(ENTITY, name, "CREATE", "roles=" + sorted(roles) + ", enabled=true");
        return account;
    }

    public Account update(String username, AccountChange change) {
        Account account = get(username);
        if (change.expectedVersion() != null && change.expectedVersion() != account.getVersion()) {
            throw ForumException.stale("Account '" + account.getUsername() + "'");
        }
        List<String> summary = new ArrayList<>();
        if (change.roles() != null && !change.roles().equals(account.getRoles())) {
            if (change.roles().isEmpty()) {
                throw ForumException.invalid("roles", "at least one role is required");
            }
            if (account.hasRole(Role.ADMIN) && !change.roles().contains(Role.ADMIN)) {
                requireAnotherEnabledAdmin(account);
            }
            summary.add("roles: " + sorted(account.getRoles()) + " → " + sorted(change.roles()));
            account.assignRoles(change.roles());
        }
        if (change.enabled() != null && change.enabled() != account.isEnabled()) {
            if (!change.enabled() && account.hasRole(Role.ADMIN)) {
                requireAnotherEnabledAdmin(account);
            }
            summary.add("enabled: " + account.isEnabled() + " → " + change.enabled());
            account.setEnabled(change.enabled());
        }
        if (change.newPassword() != null) {
            passwordProblem(account.getUsername(), change.newPassword()).ifPresent(p -> {
                throw ForumException.invalid("password", p);
            });
            account.changePassword(hashing.hash(change.newPassword()), clock.instant());
            summary.add("password reset");
        }
        if (!summary.isEmpty()) {
            // Raise the version even when only the role collection changed, so stale edits are detected.
            em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.record(ENTITY, account.getUsername(), "UPDATE", String.join("; ", summary));
            em.flush();
        }
        return account;
    }

    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        Account account = get(username);
        if (currentPassword == null || !hashing.verify(currentPassword, account.getPasswordHash())) {
            throw ForumException.invalid("currentPassword", "the current password is not correct");
        }
        passwordProblem(account.getUsername(), newPassword).ifPresent(p -> {
            throw ForumException.invalid("newPassword", p);
        });
        if (newPassword.equals(currentPassword)) {
            throw ForumException.invalid("newPassword", "the new password must differ from the current one");
        }
        account.changePassword(hashing.hash(newPassword), clock.instant());
        audit.record(ENTITY, account.getUsername(), "PASSWORD_CHANGED", "password changed by its owner");
    }

    public void rememberLanguage(String username, String language) {
        // Set.of(...).contains(null) throws NullPointerException, so null is checked first.
        if (language == null || !LANGUAGES.contains(language)) {
            throw ForumException.invalid("language", "one of kk, ru, en, ko");
        }
        Account account = get(username);
        if (!language.equals(account.getLanguage())) {
            audit.record(ENTITY, account.getUsername(), "UPDATE", "language: " + account.getLanguage() + " → " + language);
            account.setLanguage(language);
        }
    }

    /**
     * Checks a password. Failures are counted on the account (so every instance sees them) and, after
     * {@code FORUM_LOGIN_MAX_FAILURES} in a row, the account refuses logins for a growing delay.
     */
    public LoginResult authenticate(String username, String password) {
        Instant now = clock.instant();
        Optional<Account> found = find(username);
        if (found.isEmpty() || password == null) {
            hashing.verifyDecoy(password == null ? "" : password);
            LOG.warning(() -> "Failed login for unknown account '" + printable(username) + "'");
            return new LoginResult(LoginResult.Outcome.REJECTED, username, Set.of(), null);
        }
        Account account = found.get();
        if (account.isLocked(now)) {
            LOG.warning(() -> "Login refused for account '" + account.getUsername() + "': slowed down until " + account.getLockedUntil());
            return new LoginResult(LoginResult.Outcome.LOCKED, account.getUsername(), Set.of(), account.getLockedUntil());
        }
        if (!hashing.verify(password, account.getPasswordHash()) || !account.isEnabled()) {
            account.recordFailedLogin(now, maxFailures);
            LOG.warning(() -> "Failed login for account '" + account.getUsername() + "' (" + account.getFailedLogins()
                    + " in a row" + (account.isEnabled() ? "" : ", account disabled") + ")");
            if (account.isLocked(now)) {
                audit.record(ENTITY, account.getUsername(), "LOGIN_SLOWED",
                        account.getFailedLogins() + " failed logins in a row; refused until " + account.getLockedUntil());
            }
            return new LoginResult(LoginResult.Outcome.REJECTED, account.getUsername(), Set.of(), null);
        }
        account.recordSuccessfulLogin(now);
        return new LoginResult(LoginResult.Outcome.ACCEPTED, account.getUsername(), account.getRoles(), null);
    }

    /**
     * Creates the first administrator when there is no account at all. Returns the generated password when
     * none was configured, so that the caller can show it once.
     */
    public Optional<String> ensureInitialAdmin(Optional<String> configuredPassword) {
        long count = em.createNamedQuery("Account.count", Long.class).getSingleResult();
        if (count > 0) {
            return Optional.empty();
        }
        String password = configuredPassword.orElseGet(Accounts::randomPassword);
        create(INITIAL_ADMIN, password, EnumSet.of(Role.ADMIN));
        return configuredPassword.isPresent() ? Optional.empty() : Optional.of(password);
    }

    static Optional<String> passwordProblem(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 200) {
            return Optional.of("at most 200 characters");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("must not be the user name");
        }
        return Optional.empty();
    }

    private void requireAnotherEnabledAdmin(Account account) {
        boolean another = em.createNamedQuery("Account.enabledAdmins", Account.class).getResultStream()
                .anyMatch(a -> !a.getId().equals(account.getId()));
        if (!another) {
            throw new ForumException(Kind.CONFLICT, "At least one enabled administrator must remain; '"
                    + account.getUsername() + "' is the last one");
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }

    /** User names in log lines are what a stranger typed: keep them short and on one line. */
    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 64 ? oneLine.substring(0, 64) + "…" : oneLine;
    }

    private static String randomPassword() {
        final String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
