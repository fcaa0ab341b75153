package org.redmap.annotate;

import java.awt.Shape;
import java.util.Optional;
import org.redmap.model.annotation.Annotation;

/**
 * Where an annotation is drawn on screen, as the renderer lays it out (text boxes depend on its
 * fonts). The renderer implements this, so hit-testing asks the same code that draws and the two
 * cannot disagree; this package stays free of drawing.
 */
public interface AnnotationOutlines {

    /**
     * The screen area (logical pixels) that picks the annotation: its drawn ink and text boxes,
     * widened by {@code tolerance} pixels; its interior only where it is filled. Empty when it draws
     * nothing (a highlight of a region the map does not have).
     */
    Optional<Shape> hitArea(Annotation annotation, double tolerance);
}
