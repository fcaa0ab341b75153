package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.annotate.AnnotationOutlines;
import org.redmap.annotate.HitTester;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;

/**
 * Lays annotations out on screen for one view: where each shape, text line and leader goes, in
 * logical pixels. Sizes of text, strokes and symbols are in pixels and do not grow with zoom (a
 * label stays readable); positions follow the map.
 */
public final class AnnotationFigures implements AnnotationOutlines {

    private final ProjectedMap map;
    private final Viewport viewport;
    private final ScreenShapes shapes;

    public AnnotationFigures(ProjectedMap map, Viewport viewport) {
        this.map = Objects.requireNonNull(map, "map");
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.shapes = new ScreenShapes(viewport);
    }

    /** Hit-testing for this view, answered from the same layout the painter draws. */
    public static HitTester hitTester(ProjectedMap map, Viewport viewport) {
        return new HitTester(viewport, map.projection(), new AnnotationFigures(map, viewport));
    }

    /** Screen box of everything the annotation draws, if it draws anything. */
    public Optional<Rectangle2D> bounds(Annotation annotation) {
        return figure(annotation).map(AnnotationFigure::bounds);
    }

    Optional<AnnotationFigure> figure(Annotation a) {
        AnnotationStyle s = a.style();
        if (a instanceof TextLabel t) return Optional.of(label(t));
        if (a instanceof Callout c) return Optional.of(callout(c));
        if (a instanceof Arrow arrow) return arrow(screen(arrow.from()), screen(arrow.to()), s);
        if (a instanceof RectangleNote r) return Optional.of(new AnnotationFigure.Area(box(r.corner1(), r.corner2())));
        if (a instanceof EllipseNote e) {
            Rectangle2D b = box(e.corner1(), e.corner2());
            return Optional.of(new AnnotationFigure.Area(new Ellipse2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight())));
        }
        if (a instanceof PolygonNote p) return Optional.of(new AnnotationFigure.Area(polygon(p.vertices())));
        if (a instanceof Pin pin) return Optional.of(pin(pin));
        if (a instanceof RegionHighlight h) return halo(h);
        throw new IllegalStateException("unknown annotation " + a);
    }

    // ---- layout per kind ----------------------------------------------------------------------

    static Font labelFont(AnnotationStyle s) {
        return Typeface.BOLD.deriveFont((float) s.fontSize());
    }

    static Font bodyFont(AnnotationStyle s) {
        return Typeface.REGULAR.deriveFont((float) s.fontSize());
    }

    /** Text centred on its anchor; only explicit line breaks break it, as the analyst typed it. */
    private AnnotationFigure.Label label(TextLabel t) {
        Font font = labelFont(t.style());
        Point2D p = screen(t.anchor());
        List<String> lines = TextBlock.wrap(t.text(), font, Double.POSITIVE_INFINITY);
        TextBlock block = TextBlock.stack(lines, font, p.getX(), p.getY() - TextBlock.height(lines.size(), font) / 2,
                TextBlock.Align.CENTRE);
        double pad = Math.max(3, 0.35 * t.style().fontSize());
        Rectangle2D b = block.bounds();
        return new AnnotationFigure.Label(block, new RoundRectangle2D.Double(b.getX() - pad, b.getY() - pad,
                b.getWidth() + 2 * pad, b.getHeight() + 2 * pad, 2 * pad, 2 * pad));
    }

    /** Widest line of a callout, in ems: about 40 characters, a comfortable reading measure. */
    private static final double CALLOUT_MEASURE = 20;

    private AnnotationFigure.CalloutBox callout(Callout c) {
        AnnotationStyle s = c.style();
        Font font = bodyFont(s);
        Point2D centre = screen(c.anchor());
        List<String> lines = TextBlock.wrap(c.text(), font, CALLOUT_MEASURE * s.fontSize());
        double pad = Math.max(5, 0.7 * s.fontSize());
        TextBlock block = TextBlock.stack(lines, font, 0, 0, TextBlock.Align.LEFT);
        double w = block.bounds().getWidth() + 2 * pad;
        double h = block.bounds().getHeight() + 2 * pad;
        double left = centre.getX() - w / 2;
        double top = centre.getY() - h / 2;
        block = block.shifted(left + pad, top + pad);
        RoundRectangle2D box = new RoundRectangle2D.Double(left, top, w, h, 8, 8);

        Point2D target = screen(c.target());
        double dx = target.getX() - centre.getX();
        double dy = target.getY() - centre.getY();
        // Where the line from the box's centre to the target leaves the box.
        double t = Math.min(dx == 0 ? Double.POSITIVE_INFINITY : (w / 2) / Math.abs(dx),
                dy == 0 ? Double.POSITIVE_INFINITY : (h / 2) / Math.abs(dy));
        Line2D leader = t >= 1 ? null
                : new Line2D.Double(centre.getX() + t * dx, centre.getY() + t * dy, target.getX(), target.getY());
        return new AnnotationFigure.CalloutBox(box, block, leader, target, dotRadius(s));
    }

    static double dotRadius(AnnotationStyle s) {
        return Math.max(3, 1.4 * s.lineWidth() + 1);
    }

    /** Head length grows with the line so a thick arrow keeps its proportions; short arrows get a smaller head. */
    static Optional<AnnotationFigure> arrow(Point2D from, Point2D to, AnnotationStyle s) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double length = Math.hypot(dx, dy);
        if (length < 0.5) return Optional.empty();
        double ux = dx / length;
        double uy = dy / length;
        double head = Math.min(Math.max(10, 3.2 * s.lineWidth() + 5), 0.6 * length);
        double half = 0.5 * head;
        double notch = 0.8 * head;
        double baseX = to.getX() - ux * head;
        double baseY = to.getY() - uy * head;
        Path2D path = new Path2D.Double();
        path.moveTo(to.getX(), to.getY());
        path.lineTo(baseX - uy * half, baseY + ux * half);
        path.lineTo(to.getX() - ux * notch, to.getY() - uy * notch);
        path.lineTo(baseX + uy * half, baseY - ux * half);
        path.closePath();
        double end = 0.6 * head;
        Line2D shaft = new Line2D.Double(from.getX(), from.getY(), to.getX() - ux * end, to.getY() - uy * end);
        return Optional.of(new AnnotationFigure.ArrowShape(shaft, path));
    }

    /** The upright box between two corners: upright in the projected plane, which is the screen's. */
    private Rectangle2D box(LonLat a, LonLat b) {
        Point2D p = screen(a);
        Point2D q = screen(b);
        double x = Math.min(p.getX(), q.getX());
        double y = Math.min(p.getY(), q.getY());
        return new Rectangle2D.Double(x, y, Math.abs(p.getX() - q.getX()), Math.abs(p.getY() - q.getY()));
    }

    private Shape polygon(List<LonLat> vertices) {
        Path2D path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int i = 0; i < vertices.size(); i++) {
            Point2D p = screen(vertices.get(i));
            if (i == 0) path.moveTo(p.getX(), p.getY());
            else path.lineTo(p.getX(), p.getY());
        }
        path.closePath();
        return path;
    }

    /** Pin head radius: scales with the font so the pin and its label stay in proportion. */
    static double pinRadius(AnnotationStyle s) {
        return Math.max(5.5, 0.62 * s.fontSize());
    }

    private AnnotationFigure.PinShape pin(Pin pin) {
        AnnotationStyle s = pin.style();
        Point2D tip = screen(pin.point());
        double r = pinRadius(s);
        double height = 2.7 * r;
        double cx = tip.getX();
        double cy = tip.getY() - height + r;
        // A teardrop: the head circle and the two tangents from the tip to it.
        double d = height - r;
        double alpha = Math.acos(r / d);
        Path2D cone = new Path2D.Double();
        cone.moveTo(tip.getX(), tip.getY());
        cone.lineTo(cx - r * Math.sin(alpha), cy + r * Math.cos(alpha));
        cone.lineTo(cx + r * Math.sin(alpha), cy + r * Math.cos(alpha));
        cone.closePath();
        Area body = new Area(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        body.add(new Area(cone));
        double eye = 0.4 * r;
        Ellipse2D eyeShape = new Ellipse2D.Double(cx - eye, cy - eye, 2 * eye, 2 * eye);

        List<TextBlock.Styled> lines = new ArrayList<>();
        Font title = labelFont(s);
        Font note = Typeface.REGULAR.deriveFont((float) (0.88 * s.fontSize()));
        if (pin.hasTitle()) lines.add(new TextBlock.Styled(pin.title().strip(), title));
        if (!pin.note().isBlank()) {
            for (String line : TextBlock.wrap(pin.note(), note, 24 * s.fontSize())) lines.add(new TextBlock.Styled(line, note));
        }
        TextBlock label = null;
        if (!lines.isEmpty()) {
            // The first line's letters sit centred on the head, so the label reads as the pin's.
            Font first = lines.get(0).font();
            double top = cy - (TextBlock.ascent(first) + TextBlock.descent(first)) / 2;
            label = TextBlock.stackFonts(lines, cx + r + 0.45 * s.fontSize(), top, TextBlock.Align.LEFT);
        }
        return new AnnotationFigure.PinShape(body, eyeShape, label);
    }

    /** Halo width outside the outline, in pixels: wide enough to read at a glance, thin enough not to hide neighbours. */
    static double haloWidth(AnnotationStyle s) {
        return Math.max(7, 2.5 * s.lineWidth() + 4);
    }

    private Optional<AnnotationFigure> halo(RegionHighlight h) {
        return map.region(h.regionId()).map(item -> new AnnotationFigure.Halo(
                shapes.shape(map.regions().simplified(item, viewport.metresPerPixel())), haloWidth(h.style())));
    }

    private Point2D screen(LonLat p) {
        MapProjection projection = map.projection();
        Coordinate c = projection.project(p.lon(), p.lat());
        return new Point2D.Double(viewport.toScreenX(c.x), viewport.toScreenY(c.y));
    }

    // ---- hit areas ----------------------------------------------------------------------------

    @Override
    public Optional<Shape> hitArea(Annotation annotation, double tolerance) {
        double tol = Math.max(0, tolerance);
        AnnotationStyle s = annotation.style();
        return figure(annotation).map(f -> {
            if (f instanceof AnnotationFigure.Label l) {
                return grow(annotation.style().fillOpacity() > 0 ? l.plate().getBounds2D() : l.text().bounds(), tol);
            }
            if (f instanceof AnnotationFigure.CalloutBox c) {
                Area area = new Area(grow(c.box().getBounds2D(), tol));
                if (c.leader() != null) area.add(new Area(stroke(c.leader(), s.lineWidth() + 2 * tol)));
                double r = c.dotRadius() + tol;
                area.add(new Area(new Ellipse2D.Double(c.target().getX() - r, c.target().getY() - r, 2 * r, 2 * r)));
                return area;
            }
            if (f instanceof AnnotationFigure.ArrowShape a) {
                Area area = new Area(stroke(a.shaft(), s.lineWidth() + 2 * tol));
                area.add(new Area(a.head()));
                if (tol > 0) area.add(new Area(stroke(a.head(), 2 * tol)));
                return area;
            }
            if (f instanceof AnnotationFigure.Area a) {
                // An unfilled shape is picked by its line only, so clicks inside it still reach the map.
                Shape line = stroke(a.shape(), s.lineWidth() + 2 * tol);
                if (s.fillOpacity() <= 0) return line;
                Area area = new Area(a.shape());
                area.add(new Area(line));
                return area;
            }
            if (f instanceof AnnotationFigure.PinShape p) {
                Area area = new Area(p.body());
                if (tol > 0) area.add(new Area(stroke(p.body(), 2 * tol)));
                if (p.label() != null) area.add(new Area(grow(p.label().bounds(), tol)));
                return area;
            }
            AnnotationFigure.Halo h = (AnnotationFigure.Halo) f;
            // The band along the outline as wide as the halo: a click well inside the region still picks the region.
            return stroke(h.outline(), 2 * (h.haloWidth() + tol));
        });
    }

    private static Shape stroke(Shape shape, double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(shape);
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
