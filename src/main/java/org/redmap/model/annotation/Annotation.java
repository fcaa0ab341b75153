package org.redmap.model.annotation;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Something an analyst drew on the map. Positions are WGS 84 longitude/latitude, so an annotation
 * stays on its place when the view pans or zooms. Stacking order is the order of the document's
 * list: later ones are drawn on top.
 */
public sealed interface Annotation
        permits TextLabel, Callout, Arrow, RectangleNote, EllipseNote, PolygonNote, Pin, RegionHighlight {

    /** Unique within a document; stable across edits, so a selection survives them. */
    String id();

    AnnotationStyle style();

    AnnotationKind kind();

    /** Every position that defines it, in a fixed order per kind (empty for a region highlight). */
    List<LonLat> positions();

    /** The same annotation at new positions: as many as {@link #positions()}, in the same order. */
    Annotation withPositions(List<LonLat> positions);

    Annotation withStyle(AnnotationStyle style);

    /**
     * What dragging its body does: every position shifted, except a callout's leader target, which
     * stays on the feature it points at while the box moves out of the way.
     */
    default Annotation movedBy(UnaryOperator<LonLat> shift) {
        return withPositions(positions().stream().map(shift).toList());
    }
}
