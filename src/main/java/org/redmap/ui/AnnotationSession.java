package org.redmap.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import org.redmap.annotate.Change;
import org.redmap.model.annotation.Annotation;

/**
 * The annotations of the map shown, as steps of the window's one history ({@link WindowHistory}):
 * adding an arrow and then overriding a vendor are two steps, undone in the order they were made.
 *
 * <p>A drag is previewed with {@link #preview} (shown, not recorded) and recorded once, on release,
 * with {@link #record}: one undo step per gesture.
 */
final class AnnotationSession {

    private final WindowHistory window;
    private final DocumentHistory history;

    /** Over a history of its own (a test's, or a window with no other edits). */
    AnnotationSession(MapState state) {
        this(new WindowHistory(state, null, Runnable::run));
    }

    AnnotationSession(WindowHistory window) {
        this.window = window;
        this.history = window.edits();
    }

    /** What Undo would take back ("Move arrow"); null when there is nothing. */
    ReadOnlyStringProperty undoLabelProperty() {
        return window.undoLabelProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return window.redoLabelProperty();
    }

    /** The annotations as last recorded (during a drag, as they were before it). */
    List<Annotation> current() {
        EditableProject c = history.current();
        return c == null ? List.of() : c.annotations();
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    /** Applies and records a change; false when it changed nothing (so no step was recorded). */
    boolean apply(Change<List<Annotation>> change) {
        return history.edit(change.label(), c -> c.withAnnotations(change.applyTo(c.annotations())));
    }

    /** Shows annotations without recording them: a drag in progress. */
    void preview(List<Annotation> annotations) {
        EditableProject c = history.current();
        if (c != null) history.preview(c.withAnnotations(annotations));
    }

    /** Records the end of a previewed gesture as one step; false when it ended where it began. */
    boolean record(String label, List<Annotation> annotations) {
        return history.edit(label, c -> c.withAnnotations(annotations));
    }

    /** Drops a preview: shows the annotations as recorded. */
    void revertPreview() {
        history.endPreview();
    }

    /** Undoes the last step (of any kind) and returns its label. */
    Optional<String> undo() {
        return history.undo();
    }

    Optional<String> redo() {
        return history.redo();
    }
}
