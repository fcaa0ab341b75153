package org.redmap.render;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.redmap.geo.Viewport;

/** Turns projected geometry into Java2D shapes in the viewport's logical pixels. */
final class ScreenShapes {

    private final Viewport viewport;
    private final ShapeWriter writer;

    ScreenShapes(Viewport viewport) {
        this.viewport = viewport;
        this.writer = new ShapeWriter((Coordinate src, Point2D dest) ->
                dest.setLocation(viewport.toScreenX(src.x), viewport.toScreenY(src.y)));
        writer.setRemoveDuplicatePoints(true);
        // Vertices closer than a fifth of a pixel add nothing visible but cost time at high zoom-out.
        writer.setDecimation(0.2);
    }

    Shape shape(Geometry projected) {
        return writer.toShape(projected);
    }

    void append(Path2D path, Geometry projected) {
        path.append(writer.toShape(projected), false);
    }

    Point2D point(Coordinate projected) {
        return new Point2D.Double(viewport.toScreenX(projected.x), viewport.toScreenY(projected.y));
    }
}
