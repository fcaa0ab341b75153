package org.redmap.annotate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.MapProjection;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;

/**
 * What the pointer is on: the topmost annotation under a screen point, and the handle of the
 * selected annotation under it. Tolerances are in logical pixels, so picking feels the same at
 * every zoom.
 */
public final class HitTester {

    /** Handles are drawn this big (logical pixels); a press anywhere on one grabs it. */
    public static final double HANDLE_SIZE = 8;

    private final Viewport viewport;
    private final MapProjection projection;
    private final AnnotationOutlines outlines;

    public HitTester(Viewport viewport, MapProjection projection, AnnotationOutlines outlines) {
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.projection = Objects.requireNonNull(projection, "projection");
        this.outlines = Objects.requireNonNull(outlines, "outlines");
    }

    /** The topmost (last drawn) annotation within {@code tolerance} pixels of the point. */
    public Optional<Annotation> annotationAt(List<Annotation> annotations, double x, double y, double tolerance) {
        for (int i = annotations.size() - 1; i >= 0; i--) {
            Annotation a = annotations.get(i);
            if (outlines.hitArea(a, tolerance).map(area -> area.contains(x, y)).orElse(false)) return Optional.of(a);
        }
        return Optional.empty();
    }

    /**
     * The handle of {@code selected} under the point, if any; when handles overlap, the highest
     * number wins, matching the drawing order (the later handle is on top).
     */
    public OptionalInt handleAt(Annotation selected, double x, double y, double tolerance) {
        List<Point2D> points = handlePoints(selected);
        double reach = HANDLE_SIZE / 2 + tolerance;
        for (int i = points.size() - 1; i >= 0; i--) {
            Point2D p = points.get(i);
            if (Math.abs(p.getX() - x) <= reach && Math.abs(p.getY() - y) <= reach) return OptionalInt.of(i);
        }
        return OptionalInt.empty();
    }

    /** The handles on screen, in handle order. */
    public List<Point2D> handlePoints(Annotation annotation) {
        return screen(Handles.projected(annotation, projection), viewport);
    }

    static List<Point2D> screen(List<Coordinate> projected, Viewport viewport) {
        return projected.stream()
                .<Point2D>map(c -> new Point2D.Double(viewport.toScreenX(c.x), viewport.toScreenY(c.y)))
                .toList();
    }
}
