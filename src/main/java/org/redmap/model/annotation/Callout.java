package org.redmap.model.annotation;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A text box with a leader line to the point it is about.
 *
 * @param anchor where the box's centre is
 * @param target where the leader line ends, on the feature the text is about
 */
public record Callout(String id, LonLat anchor, LonLat target, String text, AnnotationStyle style) implements Annotation {

    public Callout {
        Checks.id(id);
        Checks.present(anchor, "anchor");
        Checks.present(target, "target");
        Checks.text(text, "callout text");
        Checks.present(style, "style");
    }

    public static Callout of(String id, LonLat anchor, LonLat target, String text) {
        return new Callout(id, anchor, target, text, AnnotationKind.CALLOUT.defaultStyle());
    }

    @Override
    public AnnotationKind kind() {
        return AnnotationKind.CALLOUT;
    }

    /** The box anchor, then the leader target. */
    @Override
    public List<LonLat> positions() {
        return List.of(anchor, target);
    }

    @Override
    public Callout withPositions(List<LonLat> positions) {
        Checks.count(positions, 2, kind());
        return new Callout(id, positions.get(0), positions.get(1), text, style);
    }

    /** The box moves; the leader keeps pointing at its feature. */
    @Override
    public Callout movedBy(UnaryOperator<LonLat> shift) {
        return new Callout(id, shift.apply(anchor), target, text, style);
    }

    @Override
    public Callout withStyle(AnnotationStyle newStyle) {
        return new Callout(id, anchor, target, text, newStyle);
    }

    public Callout withText(String newText) {
        return new Callout(id, anchor, target, newText, style);
    }
}
