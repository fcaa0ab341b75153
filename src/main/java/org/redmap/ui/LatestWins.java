package org.redmap.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on one background thread where only the newest request matters: a request that a
 * newer one replaces before it starts is never run, and a result that a newer request has made
 * stale is never delivered. A map being dragged asks for many frames; the user wants the last.
 *
 * @param <Q> the request
 * @param <R> the result
 */
public final class LatestWins<Q, R> implements AutoCloseable {

    private final ExecutorService worker;
    private final Function<Q, R> work;
    private final BiConsumer<Q, R> deliver;
    private final Consumer<RuntimeException> failed;
    private final AtomicReference<Q> pending = new AtomicReference<>();

    /**
     * @param deliver called on the worker thread with each result that is still the newest
     * @param failed  called on the worker thread when the work throws
     */
    public LatestWins(String threadName, Function<Q, R> work, BiConsumer<Q, R> deliver,
                      Consumer<RuntimeException> failed) {
        this.work = work;
        this.deliver = deliver;
        this.failed = failed;
        ThreadFactory daemon = r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        };
        this.worker = Executors.newSingleThreadExecutor(daemon);
    }

    /** Queues {@code request}, replacing any request that has not started yet; ignored once closed. Never blocks. */
    public void submit(Q request) {
        // A closed window may still hear from its last tasks: there is nothing left to do for them.
        if (worker.isShutdown()) return;
        // Only the submit that finds the slot empty schedules a drain; later ones ride on it.
        if (pending.getAndSet(request) == null) worker.execute(this::drain);
    }

    /** Runs a task on the worker ahead of any later request: warming up while there is nothing to do. */
    public void prime(Runnable task) {
        worker.execute(task);
    }

    private void drain() {
        Q request = pending.getAndSet(null);
        if (request == null) return;
        R result;
        try {
            result = work.apply(request);
        } catch (RuntimeException e) {
            failed.accept(e);
            return;
        }
        if (pending.get() == null) deliver.accept(request, result);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
