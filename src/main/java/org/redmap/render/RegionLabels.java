package org.redmap.render;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.redmap.analysis.GeodesicArea;
import org.redmap.geo.ProjectedLayer;
import org.redmap.geo.ProjectedLayer.Item;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.LabelKind;
import org.redmap.model.LabelNames;
import org.redmap.model.Place;
import org.redmap.model.TaggedRegion;

/**
 * Region names, placed by priority: largest area first, then most populous, so at national scale
 * the large states are always named before a small one can take their space. A label must lie
 * wholly inside its region's outline as drawn and clear of everything placed before it. Each
 * region tries its name on one line, then on two, at a few sizes down to the smallest legible one,
 * then its conventional abbreviation; where none of them fits, it goes unlabelled.
 */
final class RegionLabels {

    /** Sizes tried, as shares of the region font: the smallest is still legible on a projected slide. */
    private static final double[] SCALES = {1, 0.87, 0.75};
    /** Spots tried per variant inside the outline; enough to get round cities and other labels. */
    private static final int MAX_SPOTS = 200;

    record Variant(List<String> lines, Font font) {
    }

    private final Labeller labeller;
    private final LabelNames names;

    RegionLabels(Labeller labeller, LabelNames names) {
        this.labeller = labeller;
        this.names = names;
    }

    void place(ProjectedMap map, List<Item<TaggedRegion>> visible, Viewport viewport) {
        ProjectedLayer<TaggedRegion> layer = map.regions();
        GeometryFactory factory = new GeometryFactory();
        for (Item<TaggedRegion> item : byPriority(map, visible)) {
            String id = item.value().id();
            if (labeller.settled(LabelKind.REGION, id)) continue;
            Geometry outline = layer.simplified(item, viewport.metresPerPixel());
            Envelope env = outline.getEnvelopeInternal();
            Rectangle2D extent = new Rectangle2D.Double(viewport.toScreenX(env.getMinX()), viewport.toScreenY(env.getMaxY()),
                    env.getWidth() / viewport.metresPerPixel(), env.getHeight() / viewport.metresPerPixel());
            Coordinate anchor = layer.labelPoint(item);
            Spot spot = new Spot(PreparedGeometryFactory.prepare(outline), factory, viewport, extent,
                    viewport.toScreenX(anchor.x), viewport.toScreenY(anchor.y));
            Optional<List<String>> renamed = labeller.edits().text(LabelKind.REGION, id);
            if (renamed.isPresent()) {
                // The analyst's own words are shown even where they do not fit inside: at the label point, if free.
                if (!renamed(renamed.get()).stream().anyMatch(v -> spot.place(v, id))) spot.placeAtAnchor(renamed.get(), id);
                continue;
            }
            for (Variant v : variants(item.value().name(), names.abbreviation(id))) {
                if (spot.place(v, id)) break;
            }
        }
    }

    /** The visible regions, largest (on the ellipsoid) first, then most populous, then by id. */
    static List<Item<TaggedRegion>> byPriority(ProjectedMap map, List<Item<TaggedRegion>> visible) {
        Map<String, Long> population = new HashMap<>();
        for (Place city : map.document().cities()) {
            if (city.regionId() != null) population.merge(city.regionId(), city.population(), Long::sum);
        }
        Map<Integer, Double> area = new HashMap<>();
        for (Item<TaggedRegion> item : visible) area.put(item.index(), GeodesicArea.km2(item.value().region().geometry()));
        List<Item<TaggedRegion>> ordered = new ArrayList<>(visible);
        ordered.sort(Comparator.comparingDouble((Item<TaggedRegion> i) -> -area.get(i.index()))
                .thenComparingLong(i -> -population.getOrDefault(i.value().id(), 0L))
                .thenComparing(i -> i.value().id()));
        return ordered;
    }

    /**
     * What a region's label may say, in the order tried: the name on one line and then on two, at
     * each size from the largest; then the abbreviation, at each size. Never the region's id.
     */
    static List<Variant> variants(String name, Optional<String> abbreviation) {
        List<Variant> variants = new ArrayList<>();
        Optional<List<String>> wrapped = twoLines(name);
        for (double scale : SCALES) {
            Font font = font(scale);
            variants.add(new Variant(List.of(name), font));
            wrapped.ifPresent(lines -> variants.add(new Variant(lines, font)));
        }
        abbreviation.filter(a -> !a.equals(name)).ifPresent(a -> {
            for (double scale : SCALES) variants.add(new Variant(List.of(a), font(scale)));
        });
        return variants;
    }

    /** A renamed label's lines as the analyst typed them, at each size from the largest. */
    static List<Variant> renamed(List<String> lines) {
        List<Variant> variants = new ArrayList<>();
        for (double scale : SCALES) variants.add(new Variant(lines, font(scale)));
        return variants;
    }

    private static Font font(double scale) {
        return Labeller.REGION.deriveFont(Labeller.REGION.getSize2D() * (float) scale);
    }

    /** The name broken at the space that makes its longer line shortest, if it has a space. */
    static Optional<List<String>> twoLines(String name) {
        List<String> best = null;
        double bestWidth = Double.MAX_VALUE;
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            List<String> lines = List.of(name.substring(0, i).strip(), name.substring(i + 1).strip());
            if (lines.get(0).isEmpty() || lines.get(1).isEmpty()) continue;
            double width = Labeller.blockSize(lines, Labeller.REGION).getWidth();
            if (width < bestWidth) {
                bestWidth = width;
                best = lines;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Finds a free box inside one region's outline, trying spots nearest its label point first. */
    private final class Spot {
        private final PreparedGeometry outline;
        private final GeometryFactory factory;
        private final Viewport viewport;
        private final Rectangle2D extent;
        private final double x;
        private final double y;

        Spot(PreparedGeometry outline, GeometryFactory factory, Viewport viewport, Rectangle2D extent, double x, double y) {
            this.outline = outline;
            this.factory = factory;
            this.viewport = viewport;
            this.extent = extent;
            this.x = x;
            this.y = y;
        }

        boolean place(Variant v, String id) {
            Rectangle2D size = Labeller.blockSize(v.lines(), v.font());
            double w = size.getWidth();
            double h = size.getHeight();
            if (w > extent.getWidth() || h > extent.getHeight()) return false;
            int tried = 0;
            for (double[] c : centres(w, h)) {
                Rectangle2D box = new Rectangle2D.Double(c[0] - w / 2, c[1] - h / 2, w, h);
                if (!extent.contains(box) || !inside(box)) continue;
                if (labeller.tryBlock(v.lines(), v.font(), box, id)) return true;
                if (++tried >= MAX_SPOTS) return false;
            }
            return false;
        }

        void placeAtAnchor(List<String> lines, String id) {
            Rectangle2D size = Labeller.blockSize(lines, Labeller.REGION);
            labeller.tryBlock(lines, Labeller.REGION, new Rectangle2D.Double(x - size.getWidth() / 2,
                    y - size.getHeight() / 2, size.getWidth(), size.getHeight()), id);
        }

        /**
         * Centres on a grid over the region's extent, the label point first, then by distance from
         * it. The grid is finer than the label so a small region's few free spots are found.
         */
        private List<double[]> centres(double w, double h) {
            double stepX = Math.min(Math.max(w / 6, 1.5), 6);
            double stepY = Math.min(Math.max(h / 3, 1.5), 4);
            List<double[]> centres = new ArrayList<>();
            int left = (int) Math.floor((extent.getMinX() - x) / stepX);
            int right = (int) Math.ceil((extent.getMaxX() - x) / stepX);
            int top = (int) Math.floor((extent.getMinY() - y) / stepY);
            int bottom = (int) Math.ceil((extent.getMaxY() - y) / stepY);
            for (int i = left; i <= right; i++) {
                for (int j = top; j <= bottom; j++) {
                    double cx = x + i * stepX;
                    double cy = y + j * stepY;
                    if (extent.contains(cx, cy)) centres.add(new double[] {cx, cy, Math.hypot(i * stepX, j * stepY)});
                }
            }
            centres.sort(Comparator.comparingDouble(c -> c[2]));
            return centres;
        }

        private boolean inside(Rectangle2D box) {
            Coordinate a = viewport.toWorld(box.getMinX(), box.getMinY());
            Coordinate b = viewport.toWorld(box.getMaxX(), box.getMaxY());
            return outline.contains(factory.toGeometry(new Envelope(a, b)));
        }
    }
}
