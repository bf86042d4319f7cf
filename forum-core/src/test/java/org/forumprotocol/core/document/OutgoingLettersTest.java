package org.forumprotocol.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumFixture;
import org.forumprotocol.core.ForumSamples;
import org.forumprotocol.core.TestDatabase;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.event.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reference numbers of outgoing letters and the server's own secrets, on H2 and (with FORUM_TEST_DB_URL) PostgreSQL. */
class OutgoingLettersTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.migrated();
    private static final String AKIMAT = "Түркістан облысының әкімдігі";

    private ForumFixture f;
    private OutgoingLetters letters;
    private ServerSecrets secrets;
    private Delegate jo;
    private Delegate park;

    @BeforeEach
    void services() {
        f = new ForumFixture(DB);
        letters = new OutgoingLetters(f.em, f.audit, f.clock);
        secrets = new ServerSecrets(f.em, f.audit, f.clock);
        f.tx(() -> {
            Event event = f.events.create(ForumSamples.turkestanForum());
            Delegation korea = f.delegations.addDelegation(event.getId(), ForumSamples.korea());
            jo = f.delegations.addDelegate(korea.getId(), ForumSamples.ambassadorJo().details());
            park = f.delegations.addDelegate(korea.getId(), ForumSamples.person().name("en", "Park", "Ji-min").details());
        });
    }

    @AfterEach
    void close() {
        f.close();
    }

    private OutgoingReference issue(Delegate d, String organisation) {
        return f.tx(() -> letters.issue(OutgoingLetters.INVITATION, d, organisation));
    }

    @Test
    void numbersRunPerOrganisationAndYearAndAReprintKeepsItsNumber() {
        OutgoingReference first = issue(jo, AKIMAT);
        int start = first.number();
        assertThat(first.year()).isEqualTo(2025);
        assertThat(first.text()).isEqualTo(start + "/2025");
        assertThat(issue(park, "  Түркістан   облысының ӘКІМДІГІ ").number()).as("the same office, written differently").isEqualTo(start + 1);
        assertThat(issue(jo, AKIMAT)).as("printed again").isEqualTo(first);
        assertThat(f.count("outgoing_letter")).isEqualTo(2);

        OutgoingReference other = f.tx(() -> letters.issue("THANKS", jo, "Akimat of the Karaganda Region " + System.nanoTime()));
        assertThat(other.number()).as("another organisation's register").isEqualTo(1);

        f.clock.set(Instant.parse("2026-01-01T00:30:00Z")); // 05:30 in Almaty: already the new year there
        OutgoingReference nextYear = f.tx(() -> letters.issue("REMINDER", jo, AKIMAT));
        assertThat(nextYear.year()).isEqualTo(2026);
        assertThat(nextYear.number()).isEqualTo(1);
        assertThat(f.auditEntries()).anySatisfy(e -> assertThat(e.getSummary()).contains("INVITATION No. " + start + "/2025"));
    }

    @Test
    void aNumberIsNeverGivenAgainEvenWhenItsDelegateIsRemoved() {
        String office = "Office " + System.nanoTime();
        OutgoingReference toPark = issue(park, office);
        f.tx(() -> f.delegations.removeDelegate(park.getId()));
        OutgoingReference toJo = issue(jo, office);
        assertThat(toJo.number()).isEqualTo(toPark.number() + 1);
        assertThat(f.rowsByColumn("outgoing_letter")).anySatisfy(r -> assertThat(r).containsEntry("delegate_id", String.valueOf(park.getId())));
    }

    @Test
    void twoFirstLettersOfANewRegisterAtOnceLoseNoNumberAndTheLoserSucceedsOnRetry() throws Exception {
        String office = "Racing office " + System.nanoTime();
        ForumFixture other = new ForumFixture(DB);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            OutgoingLetters otherLetters = new OutgoingLetters(other.em, other.audit, other.clock);
            f.em.getTransaction().begin();
            OutgoingReference winner = letters.issue(OutgoingLetters.INVITATION, jo, office);
            // The second request starts while the first one's new counter row is not committed yet.
            java.util.concurrent.Future<OutgoingReference> loser = pool.submit(() -> other.tx(() ->
                    otherLetters.issue(OutgoingLetters.INVITATION, park, office)));
            awaitCollision(loser);
            f.em.getTransaction().commit();
            java.util.concurrent.ExecutionException failed = org.assertj.core.api.Assertions.catchThrowableOfType(
                    java.util.concurrent.ExecutionException.class, () -> loser.get(10, java.util.concurrent.TimeUnit.SECONDS));
            assertThat(failed).as("the loser collides with the winner's counter row").isNotNull();
            assertThat(OutgoingLetters.isUniqueViolation(failed.getCause())).as(String.valueOf(failed.getCause())).isTrue();
            assertThat(OutgoingLetters.isUniqueViolation(new IllegalStateException("unrelated"))).isFalse();

            OutgoingReference retried = other.tx(() -> otherLetters.issue(OutgoingLetters.INVITATION, park, office));
            assertThat(winner.number()).isEqualTo(1);
            assertThat(retried.number()).isEqualTo(2);
        } finally {
            if (f.em.getTransaction().isActive()) {
                f.em.getTransaction().rollback(); // lets a loser still waiting for the row go before it is closed
            }
            pool.shutdownNow();
            other.close();
        }
    }

    /**
     * Returns once the loser, having found no counter row, is inserting its own: from then on it collides with
     * the winner's row, committed or not. PostgreSQL shows it waiting for the winner's lock; H2 shows the
     * statement it is executing.
     */
    private void awaitCollision(java.util.concurrent.Future<?> loser) {
        String waiting = DB.isPostgreSql()
                // pg_stat_activity would keep showing this transaction's first look at it; pg_locks is live.
                ? "SELECT COUNT(*) FROM pg_locks WHERE NOT granted"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO outgoing_counter%'";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!loser.isDone() && ((Number) f.em.createNativeQuery(waiting).getSingleResult()).longValue() == 0) {
            assertThat(System.nanoTime()).as("the second request never began to insert its counter row").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
    }

    @Test
    void aLetterNeedsAnOrganisation() {
        ForumException e = f.refused(() -> letters.issue(OutgoingLetters.INVITATION, jo, "  "));
        assertThat(e.fieldErrors().get(0).field()).isEqualTo("organisation");
        assertThat(f.count("outgoing_letter")).isZero();
    }

    @Test
    void theBadgeSecretIsMadeOnceRandomAndNeverShown() {
        byte[] first = f.tx(() -> secrets.secret(ServerSecrets.BADGES));
        byte[] again = f.tx(() -> secrets.secret(ServerSecrets.BADGES));
        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(f.count("server_secret")).isGreaterThanOrEqualTo(1);
        String stored = Base64.getEncoder().encodeToString(first);
        assertThat(f.auditEntries()).allSatisfy(e -> assertThat(e.getSummary()).doesNotContain(stored));
        assertThat(f.tx(() -> secrets.secret("other " + System.nanoTime()))).isNotEqualTo(first);
    }
}
