package org.redmap.model.annotation;

import java.util.List;

/** A straight arrow; the head is at {@code to}. */
public record Arrow(String id, LonLat from, LonLat to, AnnotationStyle style) implements Annotation {

    public Arrow {
        Checks.id(id);
        Checks.present(from, "from");
        Checks.present(to, "to");
        Checks.present(style, "style");
    }

    public static Arrow of(String id, LonLat from, LonLat to) {
        return new Arrow(id, from, to, AnnotationKind.ARROW.defaultStyle());
    }

    @Override
    public AnnotationKind kind() {
        return AnnotationKind.ARROW;
    }

    @Override
    public List<LonLat> positions() {
        return List.of(from, to);
    }

    @Override
    public Arrow withPositions(List<LonLat> positions) {
        Checks.count(positions, 2, kind());
        return new Arrow(id, positions.get(0), positions.get(1), style);
    }

    @Override
    public Arrow withStyle(AnnotationStyle newStyle) {
        return new Arrow(id, from, to, newStyle);
    }
}
