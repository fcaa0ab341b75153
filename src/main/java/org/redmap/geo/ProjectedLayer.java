package org.redmap.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Values with their geometry projected once, indexed for hit-testing and culling, and simplified
 * per zoom level on demand. Safe to read from the render thread and the UI thread at once.
 *
 * @param <T> what each geometry stands for (a region, a country)
 */
public final class ProjectedLayer<T> {

    /** One value and its projected geometry; {@code index} is its position in the layer. */
    public record Item<T>(int index, T value, Geometry geometry) {
    }

    private final List<Item<T>> items;
    private final STRtree index = new STRtree();
    private final Envelope extent = new Envelope();
    private final ConcurrentMap<Integer, AtomicReferenceArray<Geometry>> simplifiedByLevel = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<Coordinate> labelPoints;

    private ProjectedLayer(List<Item<T>> items) {
        this.items = List.copyOf(items);
        for (Item<T> item : this.items) {
            Envelope env = item.geometry().getEnvelopeInternal();
            extent.expandToInclude(env);
            if (!env.isNull()) index.insert(env, item);
        }
        index.build();
        labelPoints = new AtomicReferenceArray<>(this.items.size());
    }

    public static <T> ProjectedLayer<T> project(List<T> values, Function<T, Geometry> lonLat, MapProjection projection) {
        List<Item<T>> items = new ArrayList<>(values.size());
        for (T value : values) {
            Geometry projected = projection.project(lonLat.apply(value));
            // One ring orientation throughout, so a non-zero fill draws holes as holes whatever the file's winding.
            projected.normalize();
            items.add(new Item<>(items.size(), value, projected));
        }
        return new ProjectedLayer<>(items);
    }

    /**
     * The same geometries standing for new values (an override changed a vendor): nothing is
     * projected or indexed again. Values must come in the same order as before.
     */
    public <U> ProjectedLayer<U> withValues(List<U> values) {
        if (values.size() != items.size()) {
            throw new IllegalArgumentException("expected " + items.size() + " values, got " + values.size());
        }
        List<Item<U>> renamed = new ArrayList<>(items.size());
        for (Item<T> item : items) {
            renamed.add(new Item<>(item.index(), values.get(item.index()), item.geometry()));
        }
        ProjectedLayer<U> layer = new ProjectedLayer<>(renamed);
        layer.simplifiedByLevel.putAll(simplifiedByLevel);
        for (int i = 0; i < items.size(); i++) layer.labelPoints.set(i, labelPoints.get(i));
        return layer;
    }

    public List<Item<T>> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    /** Bounds of every geometry, in projected metres. */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /** The items whose bounds meet {@code world}, in layer order (so drawing order is stable). */
    @SuppressWarnings("unchecked")
    public List<Item<T>> visible(Envelope world) {
        List<Item<T>> found = new ArrayList<>(index.query(world));
        found.sort(Comparator.comparingInt(Item::index));
        return found;
    }

    /** The topmost item covering a projected point, if any. */
    @SuppressWarnings("unchecked")
    public Optional<Item<T>> at(Coordinate world) {
        List<Item<T>> candidates = index.query(new Envelope(world));
        Point point = candidates.isEmpty() ? null : candidates.get(0).geometry().getFactory().createPoint(world);
        return candidates.stream()
                .filter(item -> item.geometry().covers(point))
                .max(Comparator.comparingInt(Item::index));
    }

    /**
     * The geometry simplified so that no vertex moves by more than half a pixel at this resolution.
     * Levels are powers of two, so panning and small zoom steps reuse the cache.
     */
    public Geometry simplified(Item<T> item, double metresPerPixel) {
        int level = (int) Math.floor(Math.log(metresPerPixel) / Math.log(2));
        AtomicReferenceArray<Geometry> cache =
                simplifiedByLevel.computeIfAbsent(level, l -> new AtomicReferenceArray<>(items.size()));
        Geometry cached = cache.get(item.index());
        if (cached == null) {
            double tolerance = Math.pow(2, level) * 0.5;
            Geometry simple = DouglasPeuckerSimplifier.simplify(item.geometry(), tolerance);
            // A sub-pixel island may simplify to nothing; keep the original so it still shows as a speck.
            cached = simple.isEmpty() ? item.geometry() : simple;
            cache.set(item.index(), cached);
        }
        return cached;
    }

    /**
     * Where a label sits best: the centre of the largest circle inside the item's largest part, so
     * labels of concave shapes (Baja California, Veracruz) stay inside them.
     */
    public Coordinate labelPoint(Item<T> item) {
        Coordinate cached = labelPoints.get(item.index());
        if (cached == null) {
            Geometry largest = largestPart(item.geometry());
            if (largest instanceof Polygon && !largest.isEmpty()) {
                double tolerance = Math.max(1, Math.sqrt(largest.getArea()) / 200);
                cached = new MaximumInscribedCircle(largest, tolerance).getCenter().getCoordinate();
            } else {
                cached = largest.getInteriorPoint().getCoordinate();
            }
            labelPoints.set(item.index(), cached);
        }
        return cached;
    }

    /** The part with the largest area (a multipolygon's mainland rather than an island). */
    public static Geometry largestPart(Geometry geometry) {
        Geometry best = geometry;
        double bestArea = -1;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part.getArea() > bestArea) {
                bestArea = part.getArea();
                best = part;
            }
        }
        return best;
    }
}
