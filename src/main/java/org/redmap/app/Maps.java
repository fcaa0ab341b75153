package org.redmap.app;

import org.redmap.project.MapLoader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.CoverageJoiner;
import org.redmap.analysis.CoverageTableException;
import org.redmap.analysis.CoverageTableReader;
import org.redmap.analysis.MapAnalysis;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.io.CoveragePolygonReader;
import org.redmap.io.CoveragePolygons;
import org.redmap.io.FeatureCollection;
import org.redmap.io.GeoJsonException;
import org.redmap.model.MapDocument;
import org.redmap.analysis.PolygonCoverage;
import org.redmap.model.Layer;
import org.redmap.render.MapRenderer;

/** What the commands share: the map to work on, its analysis, and the view that shows all of it. */
final class Maps {

    private Maps() {
    }

    /** The bundled map, or the bundled map with the regions of {@code regions} when it is given. */
    static MapDocument load(Path regions) throws IOException {
        MapLoader loader = MapLoader.bundled();
        return regions == null ? loader.defaultDocument() : loader.openRegions(regions);
    }

    static ProjectedMap project(MapDocument doc) {
        return ProjectedMap.of(doc, MapProjection.mexico());
    }

    /** The "zoom to fit" view at this logical size, leaving room for the bands the layers need. */
    static Viewport home(ProjectedMap map, double width, double height, Set<Layer> layers) {
        return Viewport.fit(map.homeExtent(), width, height, MapRenderer.fitInsets(layers));
    }

    /**
     * Reads a coverage table (CSV) and joins it to the document's regions by id. Problems with rows
     * and cells are in the join's report, never dropped; a file that cannot be read as a whole
     * (missing, not a regular file, a quote never closed, no id or coverage column, not UTF-8, no
     * row that gives a region a value) throws an
     * {@link IOException} naming the file, line and column: bad input, exit 3.
     */
    static CoverageJoin joinCoverage(Path csv, MapDocument doc) throws IOException {
        return new CoverageJoiner().joinTagged(new CoverageTableReader().read(csv), doc.regions());
    }

    /**
     * Reads coverage polygons and projects them. The property may be left out when the file has one
     * numeric property only. A missing or broken file, or a property the file lacks, throws a
     * {@link org.redmap.io.GeoJsonException} naming the file (and the properties it has): bad input, exit 3.
     */
    static PolygonCoverage coveragePolygons(Path file, String property, MapProjection projection) throws IOException {
        CoveragePolygonReader reader = new CoveragePolygonReader();
        FeatureCollection collection = reader.parse(file);
        String chosen = property;
        if (chosen == null) {
            List<String> numeric = CoveragePolygonReader.numericProperties(collection);
            if (numeric.size() != 1) {
                throw new GeoJsonException(collection.source(), -1, null, -1, -1, "choose the property to draw with"
                        + " --coverage-property; numeric properties in this file: " + (numeric.isEmpty() ? "none" : String.join(", ", numeric)));
            }
            chosen = numeric.get(0);
        }
        return PolygonCoverage.project(reader.load(collection, chosen), projection);
    }

    /** Prints what was imported and every feature that could not be used as it stands, on stderr. */
    static void report(CoveragePolygons polygons, PrintWriter err) {
        err.print(polygons.summary());
        err.flush();
    }

    /**
     * Prints the join's report on stderr, every problem included; with {@code strict}, a join with
     * any problem then throws (bad input, exit 3).
     */
    static void report(CoverageJoin join, PrintWriter err, boolean strict) throws CoverageTableException {
        err.print(join.summary());
        err.flush();
        if (strict && join.strictProblem() != null) throw join.strictProblem();
    }

    /** The bundled coverage and risk models and the default border bands on this map, with the table joined if given. */
    static MapAnalysis analyse(ProjectedMap map, CoverageJoin join) throws IOException {
        MapAnalysis analysis = MapAnalysis.bundled(map);
        return join == null ? analysis : analysis.withCoverageTable(join);
    }
}
