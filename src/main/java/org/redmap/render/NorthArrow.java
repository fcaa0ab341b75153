package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.MapProjection;
import org.redmap.geo.Viewport;

/**
 * A north arrow that points to true north where it stands. In a conic projection meridians
 * converge, so north tilts away from "up" east and west of the central meridian.
 */
final class NorthArrow {

    static final double SIZE = 38;
    private static final Font LETTER = Typeface.BOLD.deriveFont(11f);

    private NorthArrow() {
    }

    /** Angle from screen-up to true north at a screen point, in radians, clockwise positive. */
    static double northAngle(Viewport viewport, MapProjection projection, double x, double y) {
        Coordinate world = viewport.toWorld(x, y);
        Coordinate lonLat = projection.unproject(world.x, world.y);
        Coordinate north = projection.project(lonLat.x, Math.min(89.9, lonLat.y + 0.1));
        double dx = viewport.toScreenX(north.x) - x;
        double dy = viewport.toScreenY(north.y) - y;
        return Math.atan2(dx, -dy);
    }

    static void draw(Graphics2D g, double cx, double cy, double angle) {
        AffineTransform saved = g.getTransform();
        g.rotate(angle, cx, cy);
        double half = SIZE / 2 - 8;
        Path2D left = new Path2D.Double();
        left.moveTo(cx, cy - half);
        left.lineTo(cx - 6, cy + half);
        left.lineTo(cx, cy + half - 5);
        left.closePath();
        Path2D right = new Path2D.Double();
        right.moveTo(cx, cy - half);
        right.lineTo(cx + 6, cy + half);
        right.lineTo(cx, cy + half - 5);
        right.closePath();
        g.setColor(new Color(0x222222));
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(new Color(0x222222));
        g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(right);
        g.draw(left);
        double w = TextPainter.width("N", LETTER);
        TextPainter.draw(g, "N", LETTER, cx - w / 2, cy - half - 3, new Color(0x222222), Color.WHITE, 3f);
        g.setTransform(saved);
    }
}
