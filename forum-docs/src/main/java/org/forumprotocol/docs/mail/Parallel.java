package org.forumprotocol.docs.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on the calling thread and up to {@code threads - 1} helpers of an executor, which take items from
 * one shared counter. The calling thread works too and never waits for a helper to start, only for items a
 * helper has already taken: so a busy or small pool (the container's managed executor, on which the caller
 * itself may be running) slows the work down but can never dead-lock it.
 */
final class Parallel {
    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> work, Executor helpers, int threads) {
        int n = items.size();
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(n);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i; (i = next.getAndIncrement()) < n; ) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    finished.countDown();
                }
            }
        };
        if (helpers != null) {
            for (int h = 0; h < Math.min(threads, n) - 1; h++) {
                try {
                    helpers.execute(worker);
                } catch (RejectedExecutionException e) {
                    break; // the calling thread does the rest
                }
            }
        }
        worker.run();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the helpers", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) new ArrayList<>(Arrays.asList(results));
        return list;
    }
}
