package org.redmap.model.annotation;

import java.util.List;
import java.util.Objects;

/** A free polygon through three or more vertices, closed automatically. */
public record PolygonNote(String id, List<LonLat> vertices, AnnotationStyle style) implements Annotation {

    public PolygonNote {
        Checks.id(id);
        vertices = List.copyOf(Objects.requireNonNull(vertices, "vertices"));
        if (vertices.size() < 3) throw new IllegalArgumentException("a polygon needs at least 3 vertices, got " + vertices.size());
        Checks.present(style, "style");
    }

    public static PolygonNote of(String id, List<LonLat> vertices) {
        return new PolygonNote(id, vertices, AnnotationKind.POLYGON.defaultStyle());
    }

    @Override
    public AnnotationKind kind() {
        return AnnotationKind.POLYGON;
    }

    @Override
    public List<LonLat> positions() {
        return vertices;
    }

    @Override
    public PolygonNote withPositions(List<LonLat> positions) {
        Checks.count(positions, vertices.size(), kind());
        return new PolygonNote(id, positions, style);
    }

    @Override
    public PolygonNote withStyle(AnnotationStyle newStyle) {
        return new PolygonNote(id, vertices, newStyle);
    }
}
