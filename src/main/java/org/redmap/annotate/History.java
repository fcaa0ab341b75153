package org.redmap.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo over immutable snapshots. Each state is a whole value (a document, a list of
 * annotations), so undo is exact and needs no inverse operations; sharing between snapshots keeps
 * that cheap. Itself immutable: every operation returns a new history.
 *
 * <p>At most {@code maxDepth} steps can be undone; older ones are forgotten. A change that leaves
 * the state as it was records nothing, so "Undo" never does nothing visible.
 */
public final class History<T> {

    public static final int DEFAULT_DEPTH = 200;

    /** A state and the label of the change that left it (for "Undo ..." and "Redo ..."). */
    private record Step<T>(T state, String label) {
    }

    private final List<Step<T>> past;
    private final T current;
    private final List<Step<T>> future;
    private final int maxDepth;

    private History(List<Step<T>> past, T current, List<Step<T>> future, int maxDepth) {
        this.past = List.copyOf(past);
        this.current = current;
        this.future = List.copyOf(future);
        this.maxDepth = maxDepth;
    }

    public static <T> History<T> start(T initial) {
        return start(initial, DEFAULT_DEPTH);
    }

    public static <T> History<T> start(T initial, int maxDepth) {
        Objects.requireNonNull(initial, "initial state");
        if (maxDepth < 1) throw new IllegalArgumentException("history depth must be at least 1: " + maxDepth);
        return new History<>(List.of(), initial, List.of(), maxDepth);
    }

    public T current() {
        return current;
    }

    /** Applies a change; what could be redone is dropped, as in every editor. */
    public History<T> apply(Change<T> change) {
        return record(change.label(), change.applyTo(current));
    }

    /** Records a state made elsewhere, such as the end of a drag that was previewed live. */
    public History<T> record(String label, T next) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(next, "state");
        if (next == current || next.equals(current)) return this;
        List<Step<T>> older = new ArrayList<>(past);
        older.add(new Step<>(current, label));
        if (older.size() > maxDepth) older = older.subList(older.size() - maxDepth, older.size());
        return new History<>(older, next, List.of(), maxDepth);
    }

    /**
     * Folds a state into the last step instead of adding one: the next position of a slider being
     * dragged. A fold that brings the state back to where the step began takes the step away, so a
     * drag that ends where it started leaves nothing to undo. With nothing to fold into, records.
     */
    public History<T> amend(String label, T next) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(next, "state");
        if (past.isEmpty()) return record(label, next);
        Step<T> last = past.get(past.size() - 1);
        List<Step<T>> older = new ArrayList<>(past.subList(0, past.size() - 1));
        if (next.equals(last.state())) return new History<>(older, next, List.of(), maxDepth);
        older.add(new Step<>(last.state(), label));
        return new History<>(older, next, List.of(), maxDepth);
    }

    public boolean canUndo() {
        return !past.isEmpty();
    }

    public boolean canRedo() {
        return !future.isEmpty();
    }

    /** Back one step. */
    public History<T> undo() {
        if (!canUndo()) throw new IllegalStateException("nothing to undo");
        Step<T> last = past.get(past.size() - 1);
        List<Step<T>> redo = new ArrayList<>(future.size() + 1);
        redo.add(new Step<>(current, last.label()));
        redo.addAll(future);
        return new History<>(past.subList(0, past.size() - 1), last.state(), redo, maxDepth);
    }

    /** Forward one step again. */
    public History<T> redo() {
        if (!canRedo()) throw new IllegalStateException("nothing to redo");
        Step<T> next = future.get(0);
        List<Step<T>> older = new ArrayList<>(past);
        older.add(new Step<>(current, next.label()));
        return new History<>(older, next.state(), future.subList(1, future.size()), maxDepth);
    }

    /** What Undo would take back, e.g. "Move arrow". */
    public Optional<String> undoLabel() {
        return canUndo() ? Optional.of(past.get(past.size() - 1).label()) : Optional.empty();
    }

    public Optional<String> redoLabel() {
        return canRedo() ? Optional.of(future.get(0).label()) : Optional.empty();
    }

    public int undoDepth() {
        return past.size();
    }

    public int redoDepth() {
        return future.size();
    }

    public int maxDepth() {
        return maxDepth;
    }
}
