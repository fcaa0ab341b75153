package org.redmap.model.annotation;

import java.util.List;
import java.util.Objects;

/** Validation shared by the annotation records, so each says what is wrong the same way. */
final class Checks {

    private Checks() {
    }

    static String id(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("annotation id is blank");
        return id;
    }

    static String text(String text, String what) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(what + " is empty");
        return text;
    }

    static <T> T present(T value, String what) {
        return Objects.requireNonNull(value, what);
    }

    static void count(List<LonLat> positions, int count, AnnotationKind kind) {
        Objects.requireNonNull(positions, "positions");
        if (positions.size() != count) {
            throw new IllegalArgumentException(kind.withArticle() + " has " + count + " positions, got " + positions.size());
        }
    }
}
