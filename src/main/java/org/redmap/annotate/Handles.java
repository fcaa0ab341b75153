package org.redmap.annotate;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.MapProjection;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;

/**
 * The grips a selected annotation offers for reshaping it, numbered per kind:
 * <ul>
 *   <li>arrow: 0 the tail, 1 the head;</li>
 *   <li>callout: 0 the leader target (dragging the box moves the box, see {@link Annotation#movedBy});</li>
 *   <li>rectangle and ellipse: the four corners of the upright box, 0 at the first stored corner, then
 *       round the box: 1 shares the second corner's x and the first's y, 2 is the second corner, 3 the
 *       remaining one;</li>
 *   <li>polygon: one per vertex, in order;</li>
 *   <li>text label, pin, region highlight: none (they move, they do not reshape).</li>
 * </ul>
 * Boxes are upright in the projected plane, not in longitude/latitude, because that is what the
 * screen shows: a box drawn on screen stays a box. Hence the projection in every call.
 */
public final class Handles {

    private Handles() {
    }

    /** Where each handle is, in projected metres; the list index is the handle number. */
    public static List<Coordinate> projected(Annotation annotation, MapProjection projection) {
        if (annotation instanceof RectangleNote r) return corners(r.corner1(), r.corner2(), projection);
        if (annotation instanceof EllipseNote e) return corners(e.corner1(), e.corner2(), projection);
        if (annotation instanceof Callout c) return List.of(project(c.target(), projection));
        if (annotation instanceof Arrow || annotation instanceof PolygonNote) {
            return annotation.positions().stream().map(p -> project(p, projection)).toList();
        }
        return List.of();
    }

    public static int count(Annotation annotation) {
        if (annotation instanceof RectangleNote || annotation instanceof EllipseNote) return 4;
        if (annotation instanceof Callout) return 1;
        if (annotation instanceof Arrow || annotation instanceof PolygonNote) return annotation.positions().size();
        return 0;
    }

    /** The annotation with one handle dragged to a projected point; the opposite corner of a box stays. */
    public static Annotation move(Annotation annotation, int handle, Coordinate to, MapProjection projection) {
        int count = count(annotation);
        if (handle < 0 || handle >= count) {
            throw new IllegalArgumentException(annotation.kind().withArticle() + " has " + count + " handles, not handle " + handle);
        }
        if (annotation instanceof RectangleNote || annotation instanceof EllipseNote) {
            List<LonLat> corners = annotation.positions();
            // A corner the drag leaves alone is kept as stored, not round-tripped through the projection.
            if (handle == 0) return annotation.withPositions(List.of(unproject(to, projection), corners.get(1)));
            if (handle == 2) return annotation.withPositions(List.of(corners.get(0), unproject(to, projection)));
            Coordinate a = project(corners.get(0), projection);
            Coordinate b = project(corners.get(1), projection);
            if (handle == 1) {
                b = new Coordinate(to.x, b.y);
                a = new Coordinate(a.x, to.y);
            } else {
                a = new Coordinate(to.x, a.y);
                b = new Coordinate(b.x, to.y);
            }
            return annotation.withPositions(List.of(unproject(a, projection), unproject(b, projection)));
        }
        int position = annotation instanceof Callout ? 1 : handle;
        List<LonLat> positions = new ArrayList<>(annotation.positions());
        positions.set(position, unproject(to, projection));
        return annotation.withPositions(positions);
    }

    private static List<Coordinate> corners(LonLat first, LonLat second, MapProjection projection) {
        Coordinate a = project(first, projection);
        Coordinate b = project(second, projection);
        return List.of(a, new Coordinate(b.x, a.y), b, new Coordinate(a.x, b.y));
    }

    static Coordinate project(LonLat p, MapProjection projection) {
        return projection.project(p.lon(), p.lat());
    }

    static LonLat unproject(Coordinate c, MapProjection projection) {
        Coordinate lonLat = projection.unproject(c.x, c.y);
        return new LonLat(lonLat.x, lonLat.y);
    }
}
