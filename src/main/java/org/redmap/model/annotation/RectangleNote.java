package org.redmap.model.annotation;

import java.util.List;

/** A rectangle, upright on the map (its sides follow the screen axes, which the view never rotates), between two opposite corners in any order. */
public record RectangleNote(String id, LonLat corner1, LonLat corner2, AnnotationStyle style) implements Annotation {

    public RectangleNote {
        Checks.id(id);
        Checks.present(corner1, "corner1");
        Checks.present(corner2, "corner2");
        Checks.present(style, "style");
    }

    public static RectangleNote of(String id, LonLat corner1, LonLat corner2) {
        return new RectangleNote(id, corner1, corner2, AnnotationKind.RECTANGLE.defaultStyle());
    }

    @Override
    public AnnotationKind kind() {
        return AnnotationKind.RECTANGLE;
    }

    @Override
    public List<LonLat> positions() {
        return List.of(corner1, corner2);
    }

    @Override
    public RectangleNote withPositions(List<LonLat> positions) {
        Checks.count(positions, 2, kind());
        return new RectangleNote(id, positions.get(0), positions.get(1), style);
    }

    @Override
    public RectangleNote withStyle(AnnotationStyle newStyle) {
        return new RectangleNote(id, corner1, corner2, newStyle);
    }
}
