package org.redmap.model.annotation;

import java.util.List;

/** An ellipse filling the upright rectangle between two opposite corners, in any order: a ring around a site or a city. */
public record EllipseNote(String id, LonLat corner1, LonLat corner2, AnnotationStyle style) implements Annotation {

    public EllipseNote {
        Checks.id(id);
        Checks.present(corner1, "corner1");
        Checks.present(corner2, "corner2");
        Checks.present(style, "style");
    }

    public static EllipseNote of(String id, LonLat corner1, LonLat corner2) {
        return new EllipseNote(id, corner1, corner2, AnnotationKind.ELLIPSE.defaultStyle());
    }

    @Override
    public AnnotationKind kind() {
        return AnnotationKind.ELLIPSE;
    }

    @Override
    public List<LonLat> positions() {
        return List.of(corner1, corner2);
    }

    @Override
    public EllipseNote withPositions(List<LonLat> positions) {
        Checks.count(positions, 2, kind());
        return new EllipseNote(id, positions.get(0), positions.get(1), style);
    }

    @Override
    public EllipseNote withStyle(AnnotationStyle newStyle) {
        return new EllipseNote(id, corner1, corner2, newStyle);
    }
}
