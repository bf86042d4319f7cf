package org.forumprotocol.deployment;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Polls until what another process (the application, its dispatcher) does has happened: a wait for a condition
 * with a deadline, never a sleep of a guessed length. Fails naming what was awaited and what was seen last.
 */
final class Eventually {
    /** What is looked at each round; it may throw, as a request to the application may. */
    @FunctionalInterface
    interface Probe<T> {
        T look() throws Exception;
    }

    private Eventually() {
    }

    static <T> T await(String what, Duration limit, Duration every, Probe<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            T seen = probe.look();
            if (done.test(seen)) {
                return seen;
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError(what + " did not happen within " + limit.toSeconds() + " s; last seen: " + seen);
            }
            Thread.sleep(every.toMillis());
        }
    }
}
