package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.MapProjection;
import org.redmap.geo.Viewport;

/**
 * A scale bar that is true on the ground at the centre of the view. A conformal conic stretches
 * distances away from its standard parallels, so the bar measures the ground distance (great-circle,
 * on the GRS 80 mean radius) across the centre of the view rather than trusting projected metres.
 */
final class ScaleBar {

    static final Font LABEL = Typeface.REGULAR.deriveFont(9.5f);
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final double HEIGHT = 30;
    static final String NOTE_TEXT = "True at the map centre";

    private final double barPixels;
    private final double lengthKm;

    private ScaleBar(double barPixels, double lengthKm) {
        this.barPixels = barPixels;
        this.lengthKm = lengthKm;
    }

    /** A bar of a round length (1, 2 or 5 times a power of ten km) at most {@code maxPixels} long. */
    static ScaleBar fit(Viewport viewport, MapProjection projection, double maxPixels) {
        double metresPerPixel = groundMetresPerPixel(viewport, projection);
        double maxKm = maxPixels * metresPerPixel / 1000;
        double magnitude = Math.pow(10, Math.floor(Math.log10(maxKm)));
        double km = magnitude;
        for (double step : new double[] {5, 2, 1}) {
            if (step * magnitude <= maxKm) {
                km = step * magnitude;
                break;
            }
        }
        return new ScaleBar(km * 1000 / metresPerPixel, km);
    }

    /** Ground metres per logical pixel, measured across 100 pixels at the centre of the view. */
    static double groundMetresPerPixel(Viewport viewport, MapProjection projection) {
        double cx = viewport.width() / 2;
        double cy = viewport.height() / 2;
        Coordinate a = viewport.toWorld(cx - 50, cy);
        Coordinate b = viewport.toWorld(cx + 50, cy);
        Coordinate ga = projection.unproject(a.x, a.y);
        Coordinate gb = projection.unproject(b.x, b.y);
        return greatCircleMetres(ga.x, ga.y, gb.x, gb.y) / 100;
    }

    static double greatCircleMetres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    double lengthKm() {
        return lengthKm;
    }

    double barPixels() {
        return barPixels;
    }

    Rectangle2D size() {
        double labelWidth = TextPainter.width(format(lengthKm) + " km", LABEL);
        return new Rectangle2D.Double(0, 0, barPixels + labelWidth / 2 + 4, HEIGHT);
    }

    void draw(Graphics2D g, double x, double y) {
        double barY = y + 14;
        double barH = 5;
        int segments = 4;
        double seg = barPixels / segments;
        for (int i = 0; i < segments; i++) {
            g.setColor(i % 2 == 0 ? new Color(0x222222) : Color.WHITE);
            g.fill(new Rectangle2D.Double(x + i * seg, barY, seg, barH));
        }
        g.setColor(new Color(0x222222));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(x, barY, barPixels, barH));
        Color ink = new Color(0x222222);
        drawCentred(g, "0", x, barY - 3, ink);
        drawCentred(g, format(lengthKm / 2), x + barPixels / 2, barY - 3, ink);
        drawCentred(g, format(lengthKm) + " km", x + barPixels, barY - 3, ink);
        TextPainter.draw(g, NOTE_TEXT, Legend.NOTE, x, barY + barH + 10, new Color(0x555555), null, 0);
    }

    private static void drawCentred(Graphics2D g, String text, double cx, double baseline, Color ink) {
        double w = TextPainter.width(text, LABEL);
        TextPainter.draw(g, text, LABEL, cx - w / 2, baseline, ink, null, 0);
    }

    static String format(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }
}
