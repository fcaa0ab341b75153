package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.redmap.annotate.HitTester;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationStyle;

/**
 * Draws the analyst's annotations in the map's visual language: white casings under lines and
 * haloed text, as the border and the labels have, so they read over any fill. Shapes and text
 * only, never images, so raster and vector output are the same drawing.
 */
public final class AnnotationPainter {

    static final Color INK = new Color(0x1A1A1A);
    static final Color NOTE_INK = new Color(0x3A3A3A);
    static final Color HALO = new Color(255, 255, 255, 235);
    static final Color CASING = new Color(255, 255, 255, 215);
    /** Selection feedback: a blue no annotation default uses, so it never reads as part of the drawing. */
    static final Color SELECTION = new Color(0x1E6FD9);

    /**
     * Draws {@code annotations} bottom to top, then the handles of the one with {@code selectedId}
     * (null for none). Exports pass null: handles belong to the window only.
     */
    public void paint(Graphics2D g, ProjectedMap map, Viewport viewport, List<Annotation> annotations, String selectedId) {
        if (annotations.isEmpty()) return;
        AnnotationFigures figures = new AnnotationFigures(map, viewport);
        Rectangle2D screen = new Rectangle2D.Double(0, 0, viewport.width(), viewport.height());
        Annotation selected = null;
        for (Annotation a : annotations) {
            AnnotationFigure figure = figures.figure(a).orElse(null);
            if (a.id().equals(selectedId)) selected = a;
            if (figure == null || !figure.bounds().intersects(screen)) continue;
            draw(g, figure, a.style(), screen);
        }
        if (selected != null) {
            AnnotationFigure figure = figures.figure(selected).orElse(null);
            if (figure != null) drawSelection(g, figure, AnnotationFigures.hitTester(map, viewport).handlePoints(selected));
        }
    }

    /**
     * Keeps the map's own labels off the annotations' text boxes and pins: the analyst's words win,
     * and no city name is printed through a callout.
     */
    void reserveSpace(LabelLayout layout, ProjectedMap map, Viewport viewport, List<Annotation> annotations) {
        if (annotations.isEmpty()) return;
        AnnotationFigures figures = new AnnotationFigures(map, viewport);
        for (Annotation a : annotations) {
            figures.figure(a).ifPresent(f -> {
                if (f instanceof AnnotationFigure.Label || f instanceof AnnotationFigure.PinShape) {
                    layout.reserve(f.bounds());
                } else if (f instanceof AnnotationFigure.CalloutBox c) {
                    layout.reserve(c.box().getBounds2D());
                }
            });
        }
    }

    private static void draw(Graphics2D g, AnnotationFigure figure, AnnotationStyle s, Rectangle2D screen) {
        Color ink = new Color(s.rgb());
        float width = (float) s.lineWidth();
        if (figure instanceof AnnotationFigure.Label l) {
            if (s.fillOpacity() > 0) {
                g.setColor(alpha(Color.WHITE, s.fillOpacity()));
                g.fill(l.plate());
            }
            text(g, l.text(), ink, s);
        } else if (figure instanceof AnnotationFigure.CalloutBox c) {
            callout(g, c, ink, s);
        } else if (figure instanceof AnnotationFigure.ArrowShape a) {
            g.setColor(CASING);
            g.setStroke(round(width + 2.4f));
            g.draw(a.shaft());
            g.setStroke(round(2.4f));
            g.draw(a.head());
            g.setColor(ink);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(a.shaft());
            g.fill(a.head());
        } else if (figure instanceof AnnotationFigure.Area a) {
            if (s.fillOpacity() > 0) {
                g.setColor(alpha(ink, s.fillOpacity()));
                g.fill(a.shape());
            }
            g.setColor(CASING);
            g.setStroke(round(width + 2f));
            g.draw(a.shape());
            g.setColor(ink);
            g.setStroke(round(width));
            g.draw(a.shape());
        } else if (figure instanceof AnnotationFigure.PinShape p) {
            pin(g, p, ink, s);
        } else if (figure instanceof AnnotationFigure.Halo h) {
            halo(g, h, ink, s, screen);
        }
    }

    private static void callout(Graphics2D g, AnnotationFigure.CalloutBox c, Color ink, AnnotationStyle s) {
        float width = (float) s.lineWidth();
        Point2D t = c.target();
        double r = c.dotRadius();
        Shape dot = new Ellipse2D.Double(t.getX() - r, t.getY() - r, 2 * r, 2 * r);
        if (c.leader() != null) {
            g.setColor(CASING);
            g.setStroke(round(width + 2f));
            g.draw(c.leader());
            g.setColor(ink);
            g.setStroke(round(width));
            g.draw(c.leader());
        }
        g.setColor(Color.WHITE);
        g.setStroke(round(1.6f));
        g.draw(dot);
        g.setColor(ink);
        g.fill(dot);
        if (s.fillOpacity() > 0) {
            g.setColor(alpha(Color.WHITE, s.fillOpacity()));
            g.fill(c.box());
        }
        g.setColor(ink);
        g.setStroke(round(width));
        g.draw(c.box());
        // Dark text on a near-white box reads best whatever colour the frame is; the halo keeps it
        // legible when the box is made see-through.
        text(g, c.text(), INK, s.fillOpacity() < 0.8 ? s : null);
    }

    private static void pin(Graphics2D g, AnnotationFigure.PinShape p, Color ink, AnnotationStyle s) {
        g.setColor(CASING);
        g.setStroke(round(2.4f));
        g.draw(p.body());
        g.setColor(alpha(ink, s.fillOpacity()));
        g.fill(p.body());
        g.setColor(ink.darker());
        g.setStroke(round((float) Math.min(s.lineWidth(), 2)));
        g.draw(p.body());
        g.setColor(Color.WHITE);
        g.fill(p.eye());
        if (p.label() != null) {
            for (TextBlock.Line line : p.label().lines()) {
                boolean title = line == p.label().lines().get(0) && line.font().isBold();
                TextPainter.draw(g, line.text(), line.font(), line.x(), line.baseline(), title ? INK : NOTE_INK, HALO,
                        haloWidth(line.font().getSize2D()));
            }
        }
    }

    /**
     * A wide translucent glow outside the outline (clipped to the outside, so the region keeps its
     * own colour), then the outline itself, crisp, on a white casing.
     */
    private static void halo(Graphics2D g, AnnotationFigure.Halo h, Color ink, AnnotationStyle s, Rectangle2D screen) {
        Shape oldClip = g.getClip();
        Rectangle2D b = h.bounds().createUnion(screen);
        Area outside = new Area(new Rectangle2D.Double(b.getX() - 1, b.getY() - 1, b.getWidth() + 2, b.getHeight() + 2));
        outside.subtract(new Area(h.outline()));
        g.clip(outside);
        // Three bands, each adding a third of the opacity, so the glow is strongest at the outline
        // and fades outward: softer than one flat band, and still plain shapes for vector files.
        for (int band = 3; band >= 1; band--) {
            g.setColor(alpha(ink, s.fillOpacity() / 3 * (band == 1 ? 1.4 : 1)));
            g.setStroke(round((float) (2 * h.haloWidth() * band / 3)));
            g.draw(h.outline());
        }
        g.setClip(oldClip);
        g.setColor(CASING);
        g.setStroke(round((float) s.lineWidth() + 2f));
        g.draw(h.outline());
        g.setColor(ink);
        g.setStroke(round((float) s.lineWidth()));
        g.draw(h.outline());
    }

    /** A dashed box round what is selected, and a square on every handle. */
    private static void drawSelection(Graphics2D g, AnnotationFigure figure, List<Point2D> handles) {
        boolean reshapable = handles.size() >= 2;
        if (!reshapable) {
            Rectangle2D b = figure.bounds();
            Rectangle2D box = new Rectangle2D.Double(b.getX() - 4, b.getY() - 4, b.getWidth() + 8, b.getHeight() + 8);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(3f));
            g.draw(box);
            g.setColor(SELECTION);
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            g.draw(box);
        }
        if (figure instanceof AnnotationFigure.Area a && a.shape() instanceof Ellipse2D && handles.size() == 4) {
            // An ellipse's handles are its box's corners: the box, faint, shows what they grip.
            Rectangle2D box = new Rectangle2D.Double(handles.get(0).getX(), handles.get(0).getY(), 0, 0);
            for (Point2D p : handles) box.add(p);
            g.setColor(SELECTION);
            g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
            g.draw(box);
        }
        double half = HitTester.HANDLE_SIZE / 2;
        for (Point2D p : handles) {
            Rectangle2D square = new Rectangle2D.Double(p.getX() - half, p.getY() - half, 2 * half, 2 * half);
            g.setColor(Color.WHITE);
            g.fill(square);
            g.setColor(SELECTION);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(square);
        }
    }

    private static void text(Graphics2D g, TextBlock block, Color ink, AnnotationStyle haloFor) {
        for (TextBlock.Line line : block.lines()) {
            TextPainter.draw(g, line.text(), line.font(), line.x(), line.baseline(), ink,
                    haloFor == null ? null : HALO, haloWidth(line.font().getSize2D()));
        }
    }

    /** Halo in proportion to the letters: 3 px at the map's 11 px labels. */
    private static float haloWidth(double fontSize) {
        return (float) Math.max(2.5, 0.27 * fontSize);
    }

    private static BasicStroke round(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Color alpha(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, opacity))));
    }
}
