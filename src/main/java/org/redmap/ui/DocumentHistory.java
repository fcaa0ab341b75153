package org.redmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.redmap.annotate.History;
import org.redmap.project.PageLayout;

/**
 * One undo history for everything the analyst edits in the window ({@link EditableProject}):
 * vendor overrides, presets, overlays, weights, band distances, annotations and the page. Each
 * step is named ("Set vendor of Sonora", "Opacity of Risk score"), and undo puts the whole content
 * of that step back into the window, so every pane shows it, not only the map.
 *
 * <p>Edits arrive two ways. Code that knows its edit's name calls {@link #edit} (the annotation
 * tools, the page view). The panes that simply change the window's state are seen afterwards
 * ({@link #observed}) and named from what changed ({@link StepNames}). A continuous gesture (a
 * slider dragged, an element dragged) is one step: changes of the same thing fold into the last
 * step until {@link #endGesture} (the mouse button or key is released).
 *
 * <p>No JavaFX: the window is reached through {@link Window}. Use on one thread.
 */
final class DocumentHistory {

    /** Where the content lives: the window in the app, a plain value in a test. */
    interface Window extends StepNames.Names {
        /** The window's content now; null before a map is shown. */
        EditableProject read();

        /** Puts this content on screen, in every pane. */
        void show(EditableProject content);
    }

    private final Window window;
    private final List<Runnable> listeners = new ArrayList<>();
    private History<EditableProject> history;
    /** The merge key of the last step while its gesture goes on, or null. */
    private String openKey;
    private boolean writing;
    private boolean previewing;

    DocumentHistory(Window window) {
        this.window = Objects.requireNonNull(window, "window");
        restart();
    }

    /** Told after every change of the history (for the Edit menu's labels). */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Forgets every step: another project or map is shown, and its content is where undo stops. */
    void restart() {
        EditableProject now = window.read();
        history = now == null ? null : History.start(now);
        openKey = null;
        previewing = false;
        changed();
    }

    /** The content as last recorded (during a preview, as it was before it); null before a map. */
    EditableProject current() {
        return history == null ? null : history.current();
    }

    // --- edits -------------------------------------------------------------------------------

    /**
     * Makes one undoable edit: applies {@code change} to the content, shows the result in the
     * window and records it as a step called {@code name} ("Move legend", "Rename label").
     *
     * @return false when it changed nothing (then no step is recorded), or before a map is shown
     */
    boolean edit(String name, UnaryOperator<EditableProject> change) {
        return edit(name, change, null);
    }

    /**
     * As {@link #edit}, for one moment of a continuous gesture (an element being dragged): edits
     * of the same name fold into one step until the gesture ends ({@link #endGesture}).
     */
    boolean editContinuously(String name, UnaryOperator<EditableProject> change) {
        return edit(name, change, "edit " + name);
    }

    /** {@link #edit} of the page layout alone: {@code edit("Move legend", l -> l.withBox(LEGEND, box))}. */
    boolean editLayout(String name, UnaryOperator<PageLayout> change) {
        return edit(name, c -> c.withLayout(change.apply(c.layout())));
    }

    /** {@link #editContinuously} of the page layout alone. */
    boolean editLayoutContinuously(String name, UnaryOperator<PageLayout> change) {
        return editContinuously(name, c -> c.withLayout(change.apply(c.layout())));
    }

    private boolean edit(String name, UnaryOperator<EditableProject> change, String mergeKey) {
        Objects.requireNonNull(name, "name");
        if (history == null) restart();
        if (history == null) return false;
        previewing = false;
        EditableProject next = Objects.requireNonNull(change.apply(history.current()), "edited content");
        write(next);
        EditableProject shown = window.read();
        return commit(new StepNames.Step(name, mergeKey), shown == null ? next : shown);
    }

    /**
     * Shows content without recording it: a drag in progress. What the window does meanwhile is
     * not taken for an edit; the next {@link #edit} records the gesture, {@link #endPreview} drops it.
     */
    void preview(EditableProject content) {
        if (history == null) return;
        previewing = true;
        write(content);
    }

    /** Drops a preview: shows the content as recorded. */
    void endPreview() {
        if (history == null) return;
        previewing = false;
        write(history.current());
    }

    /**
     * The window's content may have changed (a pane edited it): records the change as a step named
     * for what it changed. Changes this history made itself, and those during a preview, are not steps.
     */
    void observed() {
        if (writing || previewing) return;
        EditableProject now = window.read();
        if (now == null) return;
        if (history == null) {
            restart();
            return;
        }
        if (now.equals(history.current())) return;
        commit(StepNames.of(history.current(), now, window), now);
    }

    /** The gesture is over (mouse button or key released): the next change is a step of its own. */
    void endGesture() {
        openKey = null;
        // A preview nobody recorded (a style slider let go where it began) shows what is recorded anyway.
        previewing = false;
    }

    private boolean commit(StepNames.Step step, EditableProject next) {
        History<EditableProject> before = history;
        if (step.mergeKey() != null && step.mergeKey().equals(openKey)) {
            history = history.amend(step.label(), next);
            // Dragged back to where it began: the step is gone, so the next move starts a new one.
            openKey = history.undoDepth() < before.undoDepth() ? null : step.mergeKey();
        } else {
            history = history.record(step.label(), next);
            openKey = history == before ? openKey : step.mergeKey();
        }
        if (history == before) return false;
        changed();
        return true;
    }

    // --- undo --------------------------------------------------------------------------------

    boolean canUndo() {
        return history != null && history.canUndo();
    }

    boolean canRedo() {
        return history != null && history.canRedo();
    }

    /** What Undo would take back ("Weight of Vendor"); empty when nothing. */
    Optional<String> undoLabel() {
        return history == null ? Optional.empty() : history.undoLabel();
    }

    Optional<String> redoLabel() {
        return history == null ? Optional.empty() : history.redoLabel();
    }

    int undoDepth() {
        return history == null ? 0 : history.undoDepth();
    }

    /** Takes the last step back, in every pane, and returns its name. */
    Optional<String> undo() {
        if (!canUndo()) return Optional.empty();
        Optional<String> label = history.undoLabel();
        history = history.undo();
        afterMove();
        return label;
    }

    Optional<String> redo() {
        if (!canRedo()) return Optional.empty();
        Optional<String> label = history.redoLabel();
        history = history.redo();
        afterMove();
        return label;
    }

    private void afterMove() {
        openKey = null;
        previewing = false;
        write(history.current());
        changed();
    }

    private void write(EditableProject content) {
        writing = true;
        try {
            window.show(content);
        } finally {
            writing = false;
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
