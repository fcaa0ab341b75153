package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.redmap.model.SiteKind;

/** Point symbols, shared by the map and the legend so the two always match. */
final class Symbols {

    static final double SITE_SIZE = 12;
    private static final Color CITY_FILL = new Color(0x262626);

    private Symbols() {
    }

    /** Dot radius for a population: area grows with population, with a floor so small towns show. */
    static double cityRadius(long population) {
        return 1.6 + 2.1 * Math.sqrt(population / 1_000_000.0);
    }

    static void city(Graphics2D g, double x, double y, double radius) {
        Shape dot = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        g.setColor(CITY_FILL);
        g.fill(dot);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(0.9f));
        g.draw(dot);
    }

    static Shape siteShape(SiteKind kind, double x, double y) {
        double h = SITE_SIZE / 2;
        if (kind == SiteKind.CORE_SITE) return new Rectangle2D.Double(x - h + 1, y - h + 1, SITE_SIZE - 2, SITE_SIZE - 2);
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(x, y - h - 1);
        diamond.lineTo(x + h + 1, y);
        diamond.lineTo(x, y + h + 1);
        diamond.lineTo(x - h - 1, y);
        diamond.closePath();
        return diamond;
    }

    static void site(Graphics2D g, SiteKind kind, double x, double y, Color fill, boolean approximate) {
        Shape shape = siteShape(kind, x, y);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setColor(fill);
        g.fill(shape);
        g.setColor(Color.BLACK);
        g.setStroke(approximate
                ? new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2.5f, 1.5f}, 0f)
                : new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(shape);
        if (kind == SiteKind.CORE_SITE) {
            // A white core dot tells a data centre from a plain vendor-coloured square at a glance.
            double r = 1.8;
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    static void borderLine(Graphics2D g, Shape line) {
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setColor(new Color(0xB2182B));
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
    }
}
