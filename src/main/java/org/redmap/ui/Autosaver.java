package org.redmap.ui;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.redmap.project.Project;

/**
 * Writes the unsaved project to the {@link RecoveryStore} shortly after each change
 * ({@link #DEBOUNCE}) and every {@link #PERIOD}, on a thread of its own, only while there are
 * unsaved changes and only when they differ from what was last written. Deleting the recovery
 * goes through the same thread, so a late write never brings back a file just deleted. Only this
 * session's own recovery is ever written or deleted here; earlier sessions' are left to the analyst.
 */
final class Autosaver implements AutoCloseable {

    static final Duration DEBOUNCE = Duration.millis(1500);
    static final Duration PERIOD = Duration.seconds(30);

    private final RecoveryStore store;
    private final ProjectTracker tracker;
    private final Clock clock;
    private final Executor ui;
    private final Consumer<String> message;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "redmap-autosave");
        t.setDaemon(true);
        return t;
    });
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final Timeline periodic = new Timeline(new KeyFrame(PERIOD, e -> writeIfChanged()));
    private Project lastWritten;
    private boolean discarded;
    private boolean failed;
    /** After {@link #close}, the writer thread is gone: a change still reported by the state is ignored. */
    private boolean closed;

    /** @param ui runs on the UI thread: {@code Platform::runLater} */
    Autosaver(RecoveryStore store, ProjectTracker tracker, Clock clock, Executor ui, Consumer<String> message) {
        this.store = store;
        this.tracker = tracker;
        this.clock = clock;
        this.ui = ui;
        this.message = message;
        debounce.setOnFinished(e -> writeIfChanged());
        periodic.setCycleCount(Animation.INDEFINITE);
        periodic.play();
        tracker.onCheck(modified -> {
            if (closed) return;
            if (modified) debounce.playFromStart();
            // Undone back to what is saved: there is nothing to recover any more.
            else if (lastWritten != null) discard();
        });
    }

    /** Writes the recovery now if there are unsaved changes not written yet. */
    void writeIfChanged() {
        if (closed || !tracker.modified()) return;
        Project now = tracker.snapshot();
        if (now == null || now.equals(lastWritten)) return;
        lastWritten = now;
        Optional<java.nio.file.Path> file = tracker.file();
        writer.execute(() -> {
            try {
                store.write(now, file, clock.instant());
                if (failed) ui.execute(() -> failed = false);
            } catch (IOException | RuntimeException e) {
                // Asked here: the store's lock may be held by a slow scan, and the UI thread must not wait for it.
                java.nio.file.Path where = store.location();
                ui.execute(() -> {
                    // Said once, not on every change: the status line is for news.
                    if (!failed) message.accept("Could not write the recovery file in " + where + ": " + e.getMessage());
                    failed = true;
                    lastWritten = null;
                });
            }
        });
    }

    /** The changes were saved or thrown away: no recovery is needed for them. */
    void discard() {
        if (closed) return;
        lastWritten = null;
        debounce.stop();
        writer.execute(this::deleteQuietly);
    }

    /**
     * An earlier session's recovery was restored on screen: from now on this session writes to it
     * (see {@link RecoveryStore#adopt}). Queued behind the writes and deletes asked for before, so
     * none of those can reach it.
     */
    void adopt(RecoveryStore.Recovered restored) {
        if (closed) return;
        lastWritten = null;
        writer.execute(() -> store.adopt(restored));
    }

    /** The analyst chose to close without saving: the recovery goes with the window. */
    void discardOnClose() {
        discarded = true;
        discard();
    }

    private void deleteQuietly() {
        try {
            store.delete();
        } catch (IOException e) {
            ui.execute(() -> message.accept("Could not delete the recovery file: " + e.getMessage()));
        }
    }

    /**
     * The window closes. With unsaved changes nobody chose to discard (the platform quit under
     * us), the last state is written; otherwise the recovery is deleted. Waits for the writes.
     */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        debounce.stop();
        periodic.stop();
        boolean keep = tracker.modified() && !discarded;
        Project last = keep ? tracker.snapshot() : null;
        Optional<java.nio.file.Path> file = tracker.file();
        writer.execute(() -> {
            try {
                if (last != null) store.write(last, file, clock.instant());
                else store.delete();
            } catch (IOException | RuntimeException e) {
                System.err.println("redmap: could not update the recovery file: " + e.getMessage());
            }
        });
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
