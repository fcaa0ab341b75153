package org.redmap.annotate;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.MapProjection;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.LonLat;

/**
 * Moving annotations and dragging their handles, each returning a new list. A drag on screen
 * should move by a projected (or pixel) delta: that keeps a shape's look exactly, where the same
 * longitude/latitude delta would stretch it slightly as meridians converge.
 *
 * <p>A window previews a drag by applying these to the list as it was when the drag began, and
 * records one undo step when the button is released.
 */
public final class AnnotationMoves {

    private AnnotationMoves() {
    }

    /** Shifts by degrees (for nudging with the keyboard, or scripted edits). */
    public static List<Annotation> moveBy(List<Annotation> annotations, String id, double dLon, double dLat) {
        Annotation a = AnnotationEdits.get(annotations, id);
        return AnnotationEdits.replace(annotations, a.movedBy(p -> p.plus(dLon, dLat)));
    }

    /** Shifts by metres in the projected plane (x east, y north). */
    public static List<Annotation> moveByProjected(List<Annotation> annotations, String id, double dx, double dy,
                                                   MapProjection projection) {
        Annotation a = AnnotationEdits.get(annotations, id);
        return AnnotationEdits.replace(annotations, a.movedBy(p -> {
            Coordinate c = Handles.project(p, projection);
            return Handles.unproject(new Coordinate(c.x + dx, c.y + dy), projection);
        }));
    }

    /** Shifts by a pointer movement in logical pixels (screen y grows downward). */
    public static List<Annotation> moveByPixels(List<Annotation> annotations, String id, double dxPixels,
                                                double dyPixels, Viewport viewport, MapProjection projection) {
        double mpp = viewport.metresPerPixel();
        return moveByProjected(annotations, id, dxPixels * mpp, -dyPixels * mpp, projection);
    }

    /** Drags one handle (see {@link Handles} for the numbering) to a map position. */
    public static List<Annotation> moveHandle(List<Annotation> annotations, String id, int handle, LonLat to,
                                              MapProjection projection) {
        Annotation a = AnnotationEdits.get(annotations, id);
        return AnnotationEdits.replace(annotations, Handles.move(a, handle, Handles.project(to, projection), projection));
    }

    /** Drags one handle to where the pointer is. */
    public static List<Annotation> moveHandleToScreen(List<Annotation> annotations, String id, int handle,
                                                      double screenX, double screenY, Viewport viewport,
                                                      MapProjection projection) {
        Annotation a = AnnotationEdits.get(annotations, id);
        return AnnotationEdits.replace(annotations, Handles.move(a, handle, viewport.toWorld(screenX, screenY), projection));
    }
}
