package org.redmap.annotate;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One undoable edit: what it does to a state, and what the Edit menu calls it ("Move arrow", shown
 * as "Undo Move arrow").
 */
public record Change<T>(String label, UnaryOperator<T> operation) {

    public Change {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(operation, "operation");
    }

    public T applyTo(T state) {
        return Objects.requireNonNull(operation.apply(state), "a change returned no state");
    }

    /**
     * The same edit applied to a part of a bigger state: an annotation change becomes a document
     * change with {@code change.on(MapDocument::annotations, MapDocument::withAnnotations)}.
     */
    public <S> Change<S> on(Function<S, T> part, BiFunction<S, T, S> withPart) {
        return new Change<>(label, whole -> {
            T before = part.apply(whole);
            T after = applyTo(before);
            return after == before ? whole : withPart.apply(whole, after);
        });
    }
}
