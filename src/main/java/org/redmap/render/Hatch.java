package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Diagonal hatching over an area, the same look on every device. On a raster it is a tiled
 * texture (a single fill, fast even over 100,000 cells); on a vector device (SVG, PDF) it is real
 * lines clipped to the area, so it prints sharp at any zoom.
 */
final class Hatch {

    static final double SPACING = 6;

    private Hatch() {
    }

    static void fill(Graphics2D g, Shape area, Color colour, boolean cross, Output output) {
        if (output == Output.RASTER) {
            Paint saved = g.getPaint();
            g.setPaint(texture(g, colour, cross));
            g.fill(area);
            g.setPaint(saved);
        } else {
            lines(g, area, colour, cross);
        }
    }

    private static float width(boolean cross) {
        return cross ? 0.8f : 1f;
    }

    /** One tile, drawn at device resolution so the lines stay crisp at 2× and 3×. */
    private static TexturePaint texture(Graphics2D g, Color colour, boolean cross) {
        double scale = Math.max(1, Math.abs(g.getTransform().getScaleX()));
        int px = (int) Math.round(SPACING * scale);
        BufferedImage tile = new BufferedImage(px, px, BufferedImage.TYPE_INT_ARGB);
        Graphics2D t = tile.createGraphics();
        try {
            t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            t.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            t.scale(px / SPACING, px / SPACING);
            t.setColor(colour);
            t.setStroke(new BasicStroke(width(cross)));
            double s = SPACING;
            // Lines x + y = k·s, and their neighbours so the tile edges join seamlessly.
            for (int k = 0; k <= 2; k++) t.draw(new Line2D.Double(k * s - s, s, k * s, 0));
            if (cross) {
                for (int k = -1; k <= 1; k++) t.draw(new Line2D.Double(k * s, 0, k * s + s, s));
            }
        } finally {
            t.dispose();
        }
        // Anchored at the origin of the logical page, so the hatch does not crawl while panning.
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, SPACING, SPACING));
    }

    private static void lines(Graphics2D g, Shape area, Color colour, boolean cross) {
        Shape oldClip = g.getClip();
        g.clip(area);
        Rectangle2D box = g.getClipBounds() == null ? area.getBounds2D()
                : area.getBounds2D().createIntersection(g.getClipBounds());
        if (!box.isEmpty()) {
            g.setColor(colour);
            g.setStroke(new BasicStroke(width(cross)));
            Path2D lines = new Path2D.Double();
            double start = Math.floor((box.getMinX() + box.getMinY()) / SPACING) * SPACING;
            for (double k = start; k <= box.getMaxX() + box.getMaxY(); k += SPACING) {
                lines.append(new Line2D.Double(k - box.getMaxY(), box.getMaxY(), k - box.getMinY(), box.getMinY()), false);
            }
            if (cross) {
                double startB = Math.floor((box.getMinX() - box.getMaxY()) / SPACING) * SPACING;
                for (double k = startB; k <= box.getMaxX() - box.getMinY(); k += SPACING) {
                    lines.append(new Line2D.Double(k + box.getMinY(), box.getMinY(), k + box.getMaxY(), box.getMaxY()), false);
                }
            }
            g.draw(lines);
        }
        g.setClip(oldClip);
    }
}
