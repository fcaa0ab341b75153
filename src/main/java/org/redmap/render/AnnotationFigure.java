package org.redmap.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * An annotation laid out on screen, in logical pixels: the one description that both the painter
 * draws and hit-testing reads.
 */
sealed interface AnnotationFigure {

    /** Everything the figure covers, for selection boxes. */
    Rectangle2D bounds();

    /** Text on its own, optionally on a plate (a rounded box behind it). */
    record Label(TextBlock text, RoundRectangle2D plate) implements AnnotationFigure {
        @Override
        public Rectangle2D bounds() {
            return plate.getBounds2D().createUnion(text.bounds());
        }
    }

    /** A text box with a leader line from its edge to a target; no leader when the target is inside the box. */
    record CalloutBox(RoundRectangle2D box, TextBlock text, Line2D leader, Point2D target, double dotRadius)
            implements AnnotationFigure {
        @Override
        public Rectangle2D bounds() {
            Rectangle2D b = box.getBounds2D();
            b.add(new Rectangle2D.Double(target.getX() - dotRadius, target.getY() - dotRadius, 2 * dotRadius, 2 * dotRadius));
            return b;
        }
    }

    /** A straight shaft and a filled head; the shaft ends inside the head so no butt shows at the tip. */
    record ArrowShape(Line2D shaft, Shape head) implements AnnotationFigure {
        @Override
        public Rectangle2D bounds() {
            return shaft.getBounds2D().createUnion(head.getBounds2D());
        }
    }

    /** A rectangle, ellipse or polygon. */
    record Area(Shape shape) implements AnnotationFigure {
        @Override
        public Rectangle2D bounds() {
            return shape.getBounds2D();
        }
    }

    /** A pin whose tip is on the point, its eye (the white dot), and its label, if it has one. */
    record PinShape(Shape body, Ellipse2D eye, TextBlock label) implements AnnotationFigure {
        @Override
        public Rectangle2D bounds() {
            Rectangle2D b = body.getBounds2D();
            if (label != null) b.add(label.bounds());
            return b;
        }
    }

    /** A region's outline, haloed on the outside. */
    record Halo(Shape outline, double haloWidth) implements AnnotationFigure {
        @Override
        public Rectangle2D bounds() {
            Rectangle2D b = outline.getBounds2D();
            return new Rectangle2D.Double(b.getX() - haloWidth, b.getY() - haloWidth, b.getWidth() + 2 * haloWidth,
                    b.getHeight() + 2 * haloWidth);
        }
    }
}
