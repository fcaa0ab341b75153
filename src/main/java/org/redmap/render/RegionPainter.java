package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.redmap.geo.ProjectedLayer;
import org.redmap.geo.ProjectedLayer.Item;
import org.redmap.geo.Viewport;
import org.redmap.model.Basis;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;

/**
 * Fills regions by vendor and marks how each vendor is known: solid when reported, hatched when
 * inferred, a dashed outline when the analyst set it, cross-hatched grey when nothing matched.
 * Regions with the same look are merged into one path, so 100,000 cells cost a handful of fills.
 */
final class RegionPainter {

    private static final Color OUTLINE = new Color(255, 255, 255, 210);
    private static final Color HATCH = new Color(255, 255, 255, 150);
    private static final Color PLAIN_LAND = new Color(0xFBFAF7);
    private static final Color PLAIN_EDGE = new Color(0x9A948A);
    private static final Color HOVER = new Color(0x202020);
    private static final Color SELECTED = Color.BLACK;

    private record Look(Vendor vendor, Basis basis) {
    }

    private final VendorPalette palette;
    private final Output output;

    RegionPainter(VendorPalette palette, Output output) {
        this.palette = palette;
        this.output = output;
    }

    void paint(Graphics2D g, ProjectedLayer<TaggedRegion> layer, List<Item<TaggedRegion>> visible, Viewport viewport,
               ScreenShapes shapes) {
        Map<Look, Path2D> byLook = new LinkedHashMap<>();
        Path2D outlines = new Path2D.Double(Path2D.WIND_NON_ZERO);
        double area = 0;
        for (Item<TaggedRegion> item : visible) {
            Geometry geometry = layer.simplified(item, viewport.metresPerPixel());
            TaggedRegion region = item.value();
            Basis basis = region.assignment().map(a -> a.basis()).orElse(null);
            Path2D path = byLook.computeIfAbsent(new Look(region.vendor(), basis), k -> new Path2D.Double(Path2D.WIND_NON_ZERO));
            Shape shape = shapes.shape(geometry);
            path.append(shape, false);
            outlines.append(shape, false);
            area += item.geometry().getArea();
        }
        for (Map.Entry<Look, Path2D> entry : byLook.entrySet()) {
            Look look = entry.getKey();
            Path2D path = entry.getValue();
            g.setColor(palette.fill(look.vendor()));
            g.fill(path);
            if (!look.vendor().isAssigned()) {
                Hatch.fill(g, path, VendorPalette.UNASSIGNED_HATCH, true, output);
            } else if (look.basis() == Basis.INFERRED) {
                Hatch.fill(g, path, HATCH, false, output);
            }
        }
        if (outlinesVisible(area, visible.size(), viewport)) {
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(0.7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outlines);
        }
        for (Map.Entry<Look, Path2D> entry : byLook.entrySet()) {
            if (entry.getKey().basis() == Basis.ANALYST) {
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f));
                g.draw(entry.getValue());
            }
        }
    }

    /**
     * The vendor as an inner edge of each region, drawn over a graduated overlay that hides the
     * fills: the overlay's classes and the vendor read together, and the edge survives grayscale
     * as a band of different tone. Skipped on grids too fine for edges to show.
     */
    void paintVendorEdges(Graphics2D g, ProjectedLayer<TaggedRegion> layer, List<Item<TaggedRegion>> visible,
                          Viewport viewport, ScreenShapes shapes) {
        double area = 0;
        for (Item<TaggedRegion> item : visible) area += item.geometry().getArea();
        if (!outlinesVisible(area, visible.size(), viewport)) return;
        Shape savedClip = g.getClip();
        // A thin dark line along the edge's inner side keeps it apart from a class colour close to the
        // vendor's own (Huawei's orange beside the ramps' yellow).
        BasicStroke rule = new BasicStroke(VendorEdges.WIDTH * 2 + 2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke band = new BasicStroke(VendorEdges.WIDTH * 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (Item<TaggedRegion> item : visible) {
            Shape shape = shapes.shape(layer.simplified(item, viewport.metresPerPixel()));
            g.setClip(savedClip);
            g.clip(shape);
            g.setColor(VendorEdges.RULE);
            g.setStroke(rule);
            g.draw(shape);
            g.setColor(palette.fill(item.value().vendor()));
            g.setStroke(band);
            g.draw(shape);
        }
        g.setClip(savedClip);
    }

    /** With the vendor layer off, regions still show as land, so the map keeps its shape. */
    void paintPlain(Graphics2D g, ProjectedLayer<TaggedRegion> layer, List<Item<TaggedRegion>> visible, Viewport viewport,
                    ScreenShapes shapes) {
        Path2D land = new Path2D.Double(Path2D.WIND_NON_ZERO);
        double area = 0;
        for (Item<TaggedRegion> item : visible) {
            land.append(shapes.shape(layer.simplified(item, viewport.metresPerPixel())), false);
            area += item.geometry().getArea();
        }
        g.setColor(PLAIN_LAND);
        g.fill(land);
        if (outlinesVisible(area, visible.size(), viewport)) {
            g.setColor(PLAIN_EDGE);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(land);
        }
    }

    /** Outlines only where regions are big enough to see them; on a fine grid they would grey it out. */
    private static boolean outlinesVisible(double totalArea, int count, Viewport viewport) {
        return count > 0 && Math.sqrt(totalArea / count) / viewport.metresPerPixel() > 8;
    }

    void highlight(Graphics2D g, ProjectedLayer<TaggedRegion> layer, List<Item<TaggedRegion>> visible, Viewport viewport,
                   ScreenShapes shapes, String hoveredId, String selectedId) {
        for (Item<TaggedRegion> item : visible) {
            String id = item.value().id();
            boolean selected = id.equals(selectedId);
            boolean hovered = id.equals(hoveredId);
            if (!selected && !hovered) continue;
            Shape shape = shapes.shape(layer.simplified(item, viewport.metresPerPixel()));
            if (hovered && !selected) {
                g.setColor(new Color(255, 255, 255, 70));
                g.fill(shape);
            }
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(selected ? 5f : 3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
            g.setColor(selected ? SELECTED : HOVER);
            g.setStroke(new BasicStroke(selected ? 2.5f : 1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }
}
