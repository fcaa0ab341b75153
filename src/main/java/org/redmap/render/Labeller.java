package org.redmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.ProjectedLayer;
import org.redmap.geo.ProjectedLayer.Item;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.TaggedRegion;

/**
 * Places every label on the map without collisions, most important first: notable sites, then
 * regions (largest first), then cities (largest first). A label that finds no free spot is left
 * out rather than drawn over another.
 */
final class Labeller {

    static final Font REGION = Typeface.CONDENSED_BOLD.deriveFont(11f);
    static final Font CITY = Typeface.REGULAR.deriveFont(9.5f);
    static final Font SITE = Typeface.BOLD.deriveFont(9.5f);
    private static final Color INK = new Color(0x1A1A1A);
    private static final Color HALO = new Color(255, 255, 255, 235);
    /** Region labels need this many pixels of inscribed-circle radius, else they are too small to read. */
    private static final double MIN_REGION_PIXELS = 7;

    record Placed(String text, Font font, double x, double baseline, Color ink) {
    }

    record PointLabel(String text, Font font, double x, double y, double radius) {
    }

    private final LabelLayout layout;
    private final List<Placed> placed = new ArrayList<>();

    Labeller(LabelLayout layout) {
        this.layout = layout;
    }

    /** A label beside a point symbol: right, left, above or below it, whichever is free first. */
    void placePoint(PointLabel label) {
        Rectangle2D box = TextPainter.bounds(label.text(), label.font());
        double w = box.getWidth();
        double ascent = -box.getY();
        double h = box.getHeight();
        double gap = label.radius() + 2.5;
        double[][] candidates = {
            {label.x() + gap, label.y() + ascent / 2 - 1},
            {label.x() - gap - w, label.y() + ascent / 2 - 1},
            {label.x() - w / 2, label.y() - gap - (h - ascent)},
            {label.x() - w / 2, label.y() + gap + ascent},
            {label.x() + gap * 0.7, label.y() - gap * 0.7 - (h - ascent)},
            {label.x() - gap * 0.7 - w, label.y() + gap * 0.7 + ascent},
            {label.x() + gap * 0.7, label.y() + gap * 0.7 + ascent},
            {label.x() - gap * 0.7 - w, label.y() - gap * 0.7 - (h - ascent)},
            {label.x() - w / 2, label.y() + 2.2 * gap + ascent},
            {label.x() - w / 2, label.y() - 2.2 * gap - (h - ascent)},
        };
        for (double[] c : candidates) {
            Rectangle2D spot = new Rectangle2D.Double(c[0], c[1] - ascent, w, h);
            if (layout.tryPlace(spot, 1.5)) {
                placed.add(new Placed(label.text(), label.font(), c[0], c[1], INK));
                return;
            }
        }
    }

    /** Region names at the centre of each region's largest inscribed circle, if the name fits there. */
    void placeRegions(ProjectedMap map, List<Item<TaggedRegion>> visible, Viewport viewport) {
        ProjectedLayer<TaggedRegion> layer = map.regions();
        double mpp = viewport.metresPerPixel();
        List<Item<TaggedRegion>> bySize = new ArrayList<>(visible);
        bySize.sort(Comparator.comparingDouble((Item<TaggedRegion> i) -> i.geometry().getArea()).reversed());
        for (Item<TaggedRegion> item : bySize) {
            double envWidth = item.geometry().getEnvelopeInternal().getWidth() / mpp;
            double envHeight = item.geometry().getEnvelopeInternal().getHeight() / mpp;
            if (Math.min(envWidth, envHeight) < 2 * MIN_REGION_PIXELS) continue;
            Coordinate anchor = layer.labelPoint(item);
            double x = viewport.toScreenX(anchor.x);
            double y = viewport.toScreenY(anchor.y);
            for (String text : variants(item.value())) {
                if (tryCentred(text, x, y, envWidth * 1.2, envHeight * 1.2)) break;
            }
        }
    }

    /** Centres a (possibly two-line) label on a point if it is no larger than the region around it. */
    private boolean tryCentred(String text, double x, double y, double maxWidth, double maxHeight) {
        String[] lines = text.split("\n");
        double lineHeight = REGION.getSize2D() + 1;
        double width = 0;
        for (String line : lines) width = Math.max(width, TextPainter.width(line, REGION));
        double totalHeight = lineHeight * lines.length;
        if (width > maxWidth || totalHeight > maxHeight) return false;
        // Nudge off a city dot or another label before giving up: slightly up, down, left, right.
        double[][] offsets = {{0, 0}, {0, -0.7 * totalHeight}, {0, 0.7 * totalHeight}, {-0.25 * width, 0}, {0.25 * width, 0}};
        Rectangle2D box = null;
        for (double[] o : offsets) {
            Rectangle2D candidate = new Rectangle2D.Double(x + o[0] - width / 2, y + o[1] - totalHeight / 2, width, totalHeight);
            if (layout.tryPlace(candidate, 2)) {
                box = candidate;
                break;
            }
        }
        if (box == null) return false;
        x = box.getCenterX();
        double ascent = -TextPainter.bounds("Ag", REGION).getY();
        for (int i = 0; i < lines.length; i++) {
            double w = TextPainter.width(lines[i], REGION);
            double baseline = box.getY() + i * lineHeight + ascent;
            placed.add(new Placed(lines[i], REGION, x - w / 2, baseline, INK));
        }
        return true;
    }

    /** The full name; then on two lines; then a short code, for small regions such as Tlaxcala. */
    private static List<String> variants(TaggedRegion region) {
        String name = region.name();
        List<String> variants = new ArrayList<>();
        variants.add(name);
        int space = name.indexOf(' ', name.length() / 3);
        if (space > 0) variants.add(name.substring(0, space) + "\n" + name.substring(space + 1));
        String id = region.id();
        int dash = id.lastIndexOf('-');
        if (dash >= 0 && id.length() - dash - 1 <= 4 && id.length() - dash - 1 >= 2) variants.add(id.substring(dash + 1));
        return variants;
    }

    /** Screen position of a projected coordinate. */
    static Point2D screen(Viewport viewport, Coordinate c) {
        return new Point2D.Double(viewport.toScreenX(c.x), viewport.toScreenY(c.y));
    }

    void draw(Graphics2D g) {
        for (Placed p : placed) {
            TextPainter.draw(g, p.text(), p.font(), p.x(), p.baseline(), p.ink(), HALO, 3f);
        }
    }

    int count() {
        return placed.size();
    }
}
