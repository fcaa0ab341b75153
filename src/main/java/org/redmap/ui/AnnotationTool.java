package org.redmap.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationKind;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;

/**
 * The tools of the annotation palette, with their one-key shortcuts, how each is drawn and what
 * the status line says while it is active.
 */
enum AnnotationTool {
    SELECT("Select", KeyCode.V, null, Gesture.NONE,
            "Click an annotation to select it; drag to move it or its handles; drag the map to pan"),
    TEXT("Text label", KeyCode.T, AnnotationKind.TEXT_LABEL, Gesture.POINT, "Click where the text goes"),
    CALLOUT("Callout", KeyCode.C, AnnotationKind.CALLOUT, Gesture.DRAG,
            "Drag from the feature to where the text box goes (or click the feature)"),
    ARROW("Arrow", KeyCode.A, AnnotationKind.ARROW, Gesture.DRAG, "Drag from the tail to the head"),
    RECTANGLE("Rectangle", KeyCode.R, AnnotationKind.RECTANGLE, Gesture.DRAG, "Drag from one corner to the opposite one"),
    ELLIPSE("Ellipse", KeyCode.E, AnnotationKind.ELLIPSE, Gesture.DRAG, "Drag across the box the ellipse fills"),
    POLYGON("Polygon", KeyCode.P, AnnotationKind.POLYGON, Gesture.VERTICES,
            "Click each corner; double-click or Enter finishes, Backspace removes the last corner"),
    PIN("Pin", KeyCode.N, AnnotationKind.PIN, Gesture.POINT, "Click where the pin's tip goes"),
    HIGHLIGHT("Highlight region", KeyCode.H, AnnotationKind.REGION_HIGHLIGHT, Gesture.POINT,
            "Click a region to put a halo around it");

    /** How a tool takes its positions from the pointer. */
    enum Gesture {
        /** Selecting and editing, no drawing. */
        NONE,
        /** One click. */
        POINT,
        /** Press, drag, release: two positions. */
        DRAG,
        /** A click per corner, finished by a double-click or Enter. */
        VERTICES
    }

    private final String label;
    private final KeyCode key;
    private final AnnotationKind kind;
    private final Gesture gesture;
    private final String hint;

    AnnotationTool(String label, KeyCode key, AnnotationKind kind, Gesture gesture, String hint) {
        this.label = label;
        this.key = key;
        this.kind = kind;
        this.gesture = gesture;
        this.hint = hint;
    }

    String label() {
        return label;
    }

    KeyCode key() {
        return key;
    }

    /** What it draws; null for {@link #SELECT}. */
    AnnotationKind kind() {
        return kind;
    }

    Gesture gesture() {
        return gesture;
    }

    String hint() {
        return hint;
    }

    /** For node ids: "tool-rectangle". */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "Rectangle  (R)", for tooltips and menus. */
    String labelWithKey() {
        return label + "  (" + key.getName() + ")";
    }

    /** Asks for text before the annotation exists. */
    boolean needsText() {
        return this == TEXT || this == CALLOUT || this == PIN;
    }

    static Optional<AnnotationTool> forKey(KeyCode code) {
        for (AnnotationTool t : values()) {
            if (t.key == code) return Optional.of(t);
        }
        return Optional.empty();
    }

    /**
     * The annotation this tool makes from the positions a {@link Sketch} collected.
     *
     * @param text     a label's or callout's text, a pin's title
     * @param note     a pin's note (ignored otherwise)
     * @param regionId the region a highlight is for (ignored otherwise)
     */
    Annotation create(String id, List<LonLat> points, String text, String note, String regionId) {
        return switch (this) {
            case TEXT -> TextLabel.of(id, points.get(0), text);
            case CALLOUT -> Callout.of(id, points.get(0), points.get(1), text);
            case ARROW -> Arrow.of(id, points.get(0), points.get(1));
            case RECTANGLE -> RectangleNote.of(id, points.get(0), points.get(1));
            case ELLIPSE -> EllipseNote.of(id, points.get(0), points.get(1));
            case POLYGON -> PolygonNote.of(id, points);
            case PIN -> Pin.of(id, points.get(0), text, note);
            case HIGHLIGHT -> RegionHighlight.of(id, regionId);
            case SELECT -> throw new IllegalStateException("the select tool draws nothing");
        };
    }
}
