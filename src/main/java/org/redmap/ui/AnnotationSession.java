package org.redmap.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.redmap.annotate.Change;
import org.redmap.annotate.History;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.annotation.Annotation;

/**
 * The annotations of the map shown, with undo and redo. The history holds the annotation list
 * only, so undoing a move never reverts a vendor override made meanwhile: each step is written
 * back into whatever document is shown then. Opening another map starts a new history.
 *
 * <p>A drag is previewed with {@link #preview} (shown, not recorded) and recorded once, on release,
 * with {@link #record}: one undo step per gesture.
 */
final class AnnotationSession {

    private final MapState state;
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel");
    private History<List<Annotation>> history = History.start(List.of());
    private boolean writing;

    AnnotationSession(MapState state) {
        this.state = state;
        state.mapProperty().addListener((o, a, map) -> mapChanged(map));
        mapChanged(state.map());
    }

    /** What Undo would take back ("Move arrow"); null when there is nothing. */
    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** The annotations as last recorded (during a drag, as they were before it). */
    List<Annotation> current() {
        return history.current();
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    /** Applies and records a change; false when it changed nothing (so no step was recorded). */
    boolean apply(Change<List<Annotation>> change) {
        History<List<Annotation>> next = history.apply(change);
        if (next == history) {
            show(history.current());
            return false;
        }
        history = next;
        show(history.current());
        return true;
    }

    /** Shows annotations without recording them: a drag in progress. */
    void preview(List<Annotation> annotations) {
        show(annotations);
    }

    /** Records the end of a previewed gesture as one step; false when it ended where it began. */
    boolean record(String label, List<Annotation> annotations) {
        History<List<Annotation>> next = history.record(label, annotations);
        boolean changed = next != history;
        history = next;
        show(history.current());
        return changed;
    }

    /** Drops a preview: shows the annotations as recorded. */
    void revertPreview() {
        show(history.current());
    }

    /** Undoes the last step and returns its label. */
    Optional<String> undo() {
        if (!history.canUndo()) return Optional.empty();
        Optional<String> label = history.undoLabel();
        history = history.undo();
        show(history.current());
        return label;
    }

    Optional<String> redo() {
        if (!history.canRedo()) return Optional.empty();
        Optional<String> label = history.redoLabel();
        history = history.redo();
        show(history.current());
        return label;
    }

    private void show(List<Annotation> annotations) {
        writing = true;
        try {
            state.showAnnotations(annotations);
        } finally {
            writing = false;
        }
        // An undone "Add" takes its annotation away: it cannot stay selected.
        if (state.selection() != null && state.selection().isAnnotation() && state.selectedAnnotation().isEmpty()) {
            state.clearSelection();
        }
        labels();
    }

    private void mapChanged(ProjectedMap map) {
        if (writing || map == null) return;
        List<Annotation> shown = map.document().annotations();
        // Another map (or project) was opened: its annotations start a history of their own.
        if (!shown.equals(history.current())) {
            history = History.start(shown);
            labels();
        }
    }

    private void labels() {
        undoLabel.set(history.undoLabel().orElse(null));
        redoLabel.set(history.redoLabel().orElse(null));
    }
}
