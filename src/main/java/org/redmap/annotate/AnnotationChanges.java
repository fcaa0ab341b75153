package org.redmap.annotate;

import java.util.List;
import org.redmap.geo.MapProjection;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.LonLat;

/**
 * The edits of {@link AnnotationEdits}, {@link AnnotationMoves} and {@link ZOrder} as labelled
 * {@link Change}s for a {@link History}, named the way the Edit menu shows them ("Undo Move arrow").
 * Each takes the annotation it acts on, which the window has at hand as its selection, for the label.
 */
public final class AnnotationChanges {

    private AnnotationChanges() {
    }

    public static Change<List<Annotation>> add(Annotation added) {
        return new Change<>("Add " + added.kind().noun(), list -> AnnotationEdits.add(list, added));
    }

    public static Change<List<Annotation>> delete(Annotation target) {
        return new Change<>("Delete " + noun(target), list -> AnnotationEdits.delete(list, target.id()));
    }

    public static Change<List<Annotation>> move(Annotation target, double dLon, double dLat) {
        return new Change<>("Move " + noun(target), list -> AnnotationMoves.moveBy(list, target.id(), dLon, dLat));
    }

    public static Change<List<Annotation>> moveByPixels(Annotation target, double dxPixels, double dyPixels,
                                                        Viewport viewport, MapProjection projection) {
        return new Change<>("Move " + noun(target),
                list -> AnnotationMoves.moveByPixels(list, target.id(), dxPixels, dyPixels, viewport, projection));
    }

    /** Dragging a handle: "Resize" for boxes and arrows, "Reshape" for a polygon, "Retarget" for a callout. */
    public static Change<List<Annotation>> moveHandle(Annotation target, int handle, LonLat to, MapProjection projection) {
        String verb = switch (target.kind()) {
            case POLYGON -> "Reshape ";
            case CALLOUT -> "Retarget ";
            default -> "Resize ";
        };
        return new Change<>(verb + noun(target),
                list -> AnnotationMoves.moveHandle(list, target.id(), handle, to, projection));
    }

    public static Change<List<Annotation>> editText(Annotation target, String text) {
        return new Change<>("Edit " + noun(target) + " text", list -> AnnotationEdits.editText(list, target.id(), text));
    }

    public static Change<List<Annotation>> editTitle(Annotation target, String title) {
        return new Change<>("Edit " + noun(target) + " title", list -> AnnotationEdits.editTitle(list, target.id(), title));
    }

    public static Change<List<Annotation>> restyle(Annotation target, AnnotationStyle style) {
        return new Change<>("Restyle " + noun(target), list -> AnnotationEdits.restyle(list, target.id(), style));
    }

    public static Change<List<Annotation>> bringForward(Annotation target) {
        return new Change<>("Bring " + noun(target) + " forward", list -> ZOrder.bringForward(list, target.id()));
    }

    public static Change<List<Annotation>> sendBackward(Annotation target) {
        return new Change<>("Send " + noun(target) + " backward", list -> ZOrder.sendBackward(list, target.id()));
    }

    public static Change<List<Annotation>> bringToFront(Annotation target) {
        return new Change<>("Bring " + noun(target) + " to front", list -> ZOrder.bringToFront(list, target.id()));
    }

    public static Change<List<Annotation>> sendToBack(Annotation target) {
        return new Change<>("Send " + noun(target) + " to back", list -> ZOrder.sendToBack(list, target.id()));
    }

    private static String noun(Annotation a) {
        return a.kind().noun();
    }
}
