package org.redmap.annotate;

import java.util.ArrayList;
import java.util.List;
import org.redmap.model.annotation.Annotation;

/**
 * Stacking order of annotations: the list order, bottom first. Moving one that is already where
 * asked returns the same list, so no empty undo step is recorded.
 */
public final class ZOrder {

    private ZOrder() {
    }

    /** One step up, over the annotation above it. */
    public static List<Annotation> bringForward(List<Annotation> annotations, String id) {
        int i = AnnotationEdits.indexOf(annotations, id);
        return moveTo(annotations, i, Math.min(i + 1, annotations.size() - 1));
    }

    /** One step down, under the annotation below it. */
    public static List<Annotation> sendBackward(List<Annotation> annotations, String id) {
        int i = AnnotationEdits.indexOf(annotations, id);
        return moveTo(annotations, i, Math.max(i - 1, 0));
    }

    public static List<Annotation> bringToFront(List<Annotation> annotations, String id) {
        return moveTo(annotations, AnnotationEdits.indexOf(annotations, id), annotations.size() - 1);
    }

    public static List<Annotation> sendToBack(List<Annotation> annotations, String id) {
        return moveTo(annotations, AnnotationEdits.indexOf(annotations, id), 0);
    }

    private static List<Annotation> moveTo(List<Annotation> annotations, int from, int to) {
        if (from == to) return annotations;
        List<Annotation> out = new ArrayList<>(annotations);
        out.add(to, out.remove(from));
        return List.copyOf(out);
    }
}
