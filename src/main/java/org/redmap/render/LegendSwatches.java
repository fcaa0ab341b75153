package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.redmap.model.SiteKind;
import org.redmap.model.annotation.AnnotationKind;
import org.redmap.model.annotation.AnnotationStyle;

/** The legend's symbols, each drawn as the map draws what it stands for. */
final class LegendSwatches {

    static final double W = 22;
    static final double H = 13;
    static final Color NEUTRAL = new Color(0x8F8F8F);
    private static final Color EDGE_FILL = new Color(0xEEEEEE);

    private LegendSwatches() {
    }

    static LegendRow.Swatch fill(Color colour) {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x, y, W, H);
            g.setColor(colour);
            g.fill(box);
            outline(g, box);
        };
    }

    /** A vendor as the map shows it under a graduated overlay: the colour as an inner edge. */
    static LegendRow.Swatch edge(Color colour) {
        return (g, x, y) -> {
            double w = VendorEdges.WIDTH;
            Rectangle2D box = new Rectangle2D.Double(x + w / 2, y + w / 2, W - w, H - w);
            g.setColor(EDGE_FILL);
            g.fill(box);
            g.setColor(VendorEdges.RULE);
            g.setStroke(new BasicStroke(0.9f));
            g.draw(new Rectangle2D.Double(x + w + 0.45, y + w + 0.45, W - 2 * w - 0.9, H - 2 * w - 0.9));
            g.setColor(colour);
            g.setStroke(new BasicStroke((float) w));
            g.draw(box);
        };
    }

    /** As the map draws the area: the fill at the overlay's opacity over white, the outline nearly opaque. */
    static LegendRow.Swatch area(Overlay.Area a) {
        Color c = a.colour();
        Color over = overWhite(c, a.opacity());
        Color edge = c.darker();
        Color line = new Color(edge.getRed(), edge.getGreen(), edge.getBlue(), Math.round(255 * OverlayPainter.AREA_OUTLINE_ALPHA));
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x + 0.8, y + 0.8, W - 1.6, H - 1.6);
            g.setColor(over);
            g.fill(box);
            g.setColor(line);
            g.setStroke(new BasicStroke(1.6f));
            g.draw(box);
        };
    }

    static LegendRow.Swatch noData() {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x, y, W, H);
            g.setColor(EDGE_FILL);
            g.fill(box);
            g.setStroke(new BasicStroke(0.8f));
            Hatch.fill(g, box, OverlayPainter.NO_DATA, true, Output.VECTOR);
            outline(g, box);
        };
    }

    static LegendRow.Swatch unassigned(Output output) {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x, y, W, H);
            g.setColor(VendorPalette.UNASSIGNED);
            g.fill(box);
            Hatch.fill(g, box, VendorPalette.UNASSIGNED_HATCH, true, output);
            outline(g, box);
        };
    }

    static LegendRow.Swatch hatched(Color colour, Output output) {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x, y, W, H);
            g.setColor(colour);
            g.fill(box);
            Hatch.fill(g, box, new Color(255, 255, 255, 170), false, output);
            outline(g, box);
        };
    }

    static LegendRow.Swatch analyst() {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x + 1, y + 1, W - 2, H - 2);
            g.setColor(NEUTRAL);
            g.fill(box);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 2.5f}, 0f));
            g.draw(box);
        };
    }

    static LegendRow.Swatch site(SiteKind kind, boolean approximate) {
        return (g, x, y) -> Symbols.site(g, kind, x + W / 2, y + H / 2, NEUTRAL, approximate);
    }

    /** One city dot at the size the map gives this population. */
    static LegendRow.Swatch city(long population) {
        double r = Symbols.cityRadius(population);
        return (g, x, y) -> Symbols.city(g, x + W / 2, y + H / 2, r);
    }

    static LegendRow.Swatch border() {
        return (g, x, y) -> Symbols.borderLine(g, new Line2D.Double(x + 1, y + H / 2, x + W - 1, y + H / 2));
    }

    /** An annotation in its own ink and fill, in the shape of its kind. */
    static LegendRow.Swatch annotation(AnnotationKind kind, AnnotationStyle style) {
        Color ink = new Color(style.rgb());
        Color fill = overWhite(ink, style.fillOpacity());
        float stroke = (float) Math.min(2.5, style.lineWidth());
        return (g, x, y) -> {
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            switch (kind) {
                case ARROW -> {
                    g.setColor(ink);
                    g.draw(new Line2D.Double(x + 2, y + H / 2, x + W - 6, y + H / 2));
                    Path2D head = new Path2D.Double();
                    head.moveTo(x + W - 1, y + H / 2);
                    head.lineTo(x + W - 7, y + H / 2 - 4);
                    head.lineTo(x + W - 7, y + H / 2 + 4);
                    head.closePath();
                    g.fill(head);
                }
                case PIN -> {
                    Ellipse2D dot = new Ellipse2D.Double(x + W / 2 - 4.5, y + H / 2 - 4.5, 9, 9);
                    g.setColor(ink);
                    g.fill(dot);
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(1.2f));
                    g.draw(dot);
                }
                case ELLIPSE -> {
                    Ellipse2D e = new Ellipse2D.Double(x + 1, y + 1, W - 2, H - 2);
                    g.setColor(fill);
                    g.fill(e);
                    g.setColor(ink);
                    g.draw(e);
                }
                case TEXT_LABEL -> {
                    g.setColor(ink);
                    TextPainter.draw(g, "Aa", Typeface.BOLD.deriveFont(11f), x + 3, y + H - 2, ink, null, 0);
                }
                default -> {
                    Rectangle2D box = new Rectangle2D.Double(x + 1, y + 1, W - 2, H - 2);
                    g.setColor(kind == AnnotationKind.CALLOUT ? Color.WHITE : fill);
                    g.fill(box);
                    g.setColor(ink);
                    g.draw(box);
                }
            }
        };
    }

    private static Color overWhite(Color c, double k) {
        return new Color((int) Math.round(255 + (c.getRed() - 255) * k), (int) Math.round(255 + (c.getGreen() - 255) * k),
                (int) Math.round(255 + (c.getBlue() - 255) * k));
    }

    private static void outline(Graphics2D g, Rectangle2D box) {
        g.setColor(new Color(0x5A5A5A));
        g.setStroke(new BasicStroke(0.6f));
        g.draw(box);
    }
}
