package org.redmap.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Reads any GeoJSON FeatureCollection of polygons with a numeric property (coverage cells,
 * footprints) as an imported coverage layer.
 *
 * <p>Only a file that cannot be read at all, or that lacks the property, is refused (a
 * {@link GeoJsonException} naming the file and, for broken JSON, the line and column). A feature
 * that cannot be used as it stands is kept where possible and reported: no value or a value that is
 * not a number (drawn as no data), not a polygon or empty (not drawn), invalid (repaired with JTS's
 * GeometryFixer, as the regions loader does).
 */
public final class CoveragePolygonReader {

    private final GeoJsonReader reader;

    public CoveragePolygonReader() {
        this(new GeoJsonReader(InputFiles.ofRuntime(), InputKind.POLYGONS));
    }

    public CoveragePolygonReader(GeoJsonReader reader) {
        this.reader = reader;
    }

    /** Reads a file; the property must hold a number in at least one feature. */
    public CoveragePolygons read(Path file, String property) throws GeoJsonException {
        return load(reader.read(file), property);
    }

    /** Parses the file once, so the UI can list its properties before the analyst picks one. */
    public FeatureCollection parse(Path file) throws GeoJsonException {
        return reader.read(file);
    }

    /** Every property holding a JSON number in at least one feature, in order of first appearance. */
    public static List<String> numericProperties(FeatureCollection collection) {
        Set<String> names = new LinkedHashSet<>();
        for (Feature f : collection.features()) {
            f.properties().forEach((k, v) -> {
                if (v instanceof Number n && Double.isFinite(n.doubleValue())) names.add(k);
            });
        }
        return List.copyOf(names);
    }

    /**
     * The property to offer first: one whose name reads like coverage, else the first numeric one
     * that is not an id; empty when there is no numeric property.
     */
    public static Optional<String> suggestedProperty(List<String> numeric) {
        Optional<String> coverage = numeric.stream().filter(CoveragePolygons::soundsLikeCoverage).findFirst();
        if (coverage.isPresent()) return coverage;
        return numeric.stream().min(Comparator.comparing(n -> RegionLoader.ID_PROPERTIES.contains(n) ? 1 : 0));
    }

    public CoveragePolygons load(FeatureCollection collection, String property) throws GeoJsonException {
        List<String> numeric = numericProperties(collection);
        if (property == null || property.isBlank()) {
            throw new GeoJsonException(collection.source(), -1, null, -1, -1,
                    "no property chosen; numeric properties in this file: " + listed(numeric));
        }
        if (!numeric.contains(property)) {
            throw new GeoJsonException(collection.source(), -1, null, -1, -1,
                    "no feature has a numeric property \"" + property + "\"; numeric properties in this file: " + listed(numeric));
        }
        List<CoverageCell> cells = new ArrayList<>(collection.features().size());
        List<CellProblem> problems = new ArrayList<>();
        for (Feature f : collection.features()) {
            String id = RegionLoader.id(f);
            String where = "feature " + f.index() + (f.id() != null || !id.startsWith("feature-") ? " (id \"" + id + "\")" : "");
            Geometry geometry = geometry(f, where, problems);
            if (geometry == null) continue;
            double value = Double.NaN;
            Object raw = f.properties().get(property);
            if (raw instanceof Number n && Double.isFinite(n.doubleValue())) {
                value = n.doubleValue();
            } else if (raw == null) {
                problems.add(new CellProblem(CellProblem.Kind.NO_VALUE, f.index(), id,
                        where + ": " + (f.properties().containsKey(property) ? "\"" + property + "\" is null" : "no \"" + property + "\"")));
            } else {
                problems.add(new CellProblem(CellProblem.Kind.NOT_A_NUMBER, f.index(), id,
                        where + ": \"" + property + "\" is " + describe(raw) + ", not a number"));
            }
            cells.add(new CoverageCell(f.index(), id, geometry, value));
        }
        problems.sort(Comparator.comparing(CellProblem::kind).thenComparingInt(CellProblem::featureIndex));
        return new CoveragePolygons(collection.source(), property, numeric, collection.features().size(), cells, problems);
    }

    /** The feature's polygons, repaired if need be, or null (with a problem recorded) when there is nothing to draw. */
    private static Geometry geometry(Feature f, String where, List<CellProblem> problems) {
        Geometry g = f.geometry();
        String id = RegionLoader.id(f);
        if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
            problems.add(new CellProblem(CellProblem.Kind.NOT_POLYGONAL, f.index(), id,
                    where + ": geometry is " + Polygonal.article(f.geometryType()) + ", not Polygon or MultiPolygon"));
            return null;
        }
        if (g.isEmpty()) {
            problems.add(new CellProblem(CellProblem.Kind.EMPTY_GEOMETRY, f.index(), id,
                    where + ": geometry is an empty " + g.getGeometryType()));
            return null;
        }
        if (g.isValid()) return g;
        Geometry fixed = polygonal(GeometryFixer.fix(g));
        if (!(fixed instanceof Polygon || fixed instanceof MultiPolygon) || fixed.isEmpty()) {
            problems.add(new CellProblem(CellProblem.Kind.UNREPAIRABLE, f.index(), id,
                    where + ": invalid " + g.getGeometryType() + " with no area left once repaired"));
            return null;
        }
        problems.add(new CellProblem(CellProblem.Kind.REPAIRED, f.index(), id,
                where + ": invalid " + g.getGeometryType() + " (self-intersecting or similar), repaired"));
        return fixed;
    }

    /** The polygons of a repaired geometry, which may come back as a collection with stray lines or points. */
    private static Geometry polygonal(Geometry fixed) {
        if (fixed instanceof Polygon || fixed instanceof MultiPolygon) return fixed;
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(fixed);
        if (polygons.isEmpty()) return fixed;
        return polygons.size() == 1 ? polygons.get(0)
                : fixed.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static String describe(Object raw) {
        if (raw instanceof String s) return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        if (raw instanceof Boolean b) return b.toString();
        if (raw instanceof List) return "a list";
        if (raw instanceof java.util.Map) return "an object";
        return String.valueOf(raw);
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
