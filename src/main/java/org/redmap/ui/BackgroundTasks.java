package org.redmap.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Slow work (reading files, projecting, exporting) off the UI thread, one job at a time, with the
 * outcome handed back on the UI thread. One thread keeps an open and an export from racing.
 */
final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService worker;
    private final Executor ui;

    /** @param ui where outcomes are delivered: {@code Platform::runLater} in the app */
    BackgroundTasks(String threadName, Executor ui) {
        this.ui = ui;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        worker.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> done.accept(result));
            } catch (Exception e) {
                ui.execute(() -> failed.accept(e));
            } catch (OutOfMemoryError e) {
                // A huge export must not take the window down with it.
                ui.execute(() -> failed.accept(new IllegalStateException("not enough memory for this: " + e.getMessage(), e)));
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
