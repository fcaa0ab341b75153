package org.redmap.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.CoverageJoiner;
import org.redmap.analysis.CoverageTableReader;
import org.redmap.io.CoveragePolygonReader;
import org.redmap.io.CoveragePolygons;
import org.redmap.io.FeatureCollection;
import org.redmap.io.GeoJsonException;
import org.redmap.model.MapDocument;

/**
 * A project's data files, read and checked: the tagged regions (bundled or the project's own file),
 * the coverage table joined to them, and the SHA-256 of every file read. The expensive part of
 * opening a project, done once; edits that keep the same files reuse it.
 *
 * @param document the map as the data files give it: no title, overrides or annotations of the project yet
 * @param polygons the imported coverage polygons, read, when the project names them
 * @param files    every data file read, with its hash, for the sidecar
 */
public record ProjectData(DataFiles source, MapDocument document, Optional<CoverageJoin> coverage,
                          Optional<CoveragePolygons> polygons, List<DataFileUse> files) {

    /** Where the polygons file is named in a project; problems with it point here. */
    static final String POLYGONS_FILE = "/data/coverage_polygons/file";
    static final String POLYGONS_PROPERTY = "/data/coverage_polygons/property";
    /** The sidecar's role of the polygons file. */
    static final String POLYGONS_ROLE = "coverage-polygons";

    /** What the bundled map is built from (MapLoader reads all of these, whichever regions are shown). */
    static final List<BundledFile> BUNDLED_MAP_FILES = List.of(
            new BundledFile("vendor-assignments.json", "vendor-assignments"),
            new BundledFile("mexico-states.geojson", "regions"),
            new BundledFile("mexico-cities.geojson", "places"),
            new BundledFile("us-mexico-border.geojson", "border"),
            new BundledFile("context-countries.geojson", "context"));

    record BundledFile(String file, String role) {
    }

    public ProjectData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(polygons, "polygons");
        files = List.copyOf(files);
    }

    /**
     * Reads every data file the project names. A file that is missing or cannot be used is a
     * {@link ProjectProblem} at the project value that names it; nothing is returned half-loaded.
     *
     * @param folder the project's folder, for naming files in messages as the project names them; may be null
     */
    public static ProjectData load(DataFiles files, MapSource source, Path folder) throws ProjectProblem {
        List<DataFileUse> uses = new ArrayList<>();
        for (BundledFile f : BUNDLED_MAP_FILES) {
            // With another regions file, the bundled states still tag its regions by position.
            String role = f.role().equals("regions") && files.regions().isPresent() ? "states for tagging by position" : f.role();
            uses.add(bundled(f.file(), role));
        }
        MapDocument doc = source.bundled();
        if (files.regions().isPresent()) {
            Path regions = files.regions().get();
            String sha = hashExisting(regions, "regions file", "/data/regions", folder);
            try {
                doc = source.opener().open(regions);
            } catch (IOException e) {
                throw new ProjectProblem("/data/regions", "the regions file " + name(regions, folder)
                        + " named by the project cannot be used: " + e.getMessage(), e);
            }
            uses.add(new DataFileUse(regions.getFileName().toString(), "regions", Optional.of(regions.toString()), sha));
        }
        Optional<CoverageJoin> join = Optional.empty();
        if (files.coverage().isPresent()) {
            Path csv = files.coverage().get();
            String sha = hashExisting(csv, "coverage table", "/data/coverage", folder);
            try {
                join = Optional.of(new CoverageJoiner().joinTagged(new CoverageTableReader().read(csv), doc.regions()));
            } catch (IOException e) {
                throw new ProjectProblem("/data/coverage", "the coverage table " + name(csv, folder)
                        + " named by the project cannot be used: " + e.getMessage(), e);
            }
            uses.add(new DataFileUse(csv.getFileName().toString(), "coverage", Optional.of(csv.toString()), sha));
        }
        Optional<CoveragePolygons> polygons = Optional.empty();
        if (files.polygons().isPresent()) {
            polygons = Optional.of(polygons(files.polygons().get(), folder, uses));
        }
        return new ProjectData(files, doc, join, polygons, uses);
    }

    /**
     * The same regions and coverage with other imported polygons (or none): only the polygons file
     * is read, so importing polygons in the window does not read the map's data again.
     *
     * @throws IllegalArgumentException if {@code files} names other regions or coverage
     */
    ProjectData withPolygons(DataFiles files, Path folder) throws ProjectProblem {
        if (!files.regions().equals(source.regions()) || !files.coverage().equals(source.coverage())) {
            throw new IllegalArgumentException("other regions or coverage: load the data again");
        }
        List<DataFileUse> uses = new ArrayList<>(this.files);
        uses.removeIf(f -> f.role().equals(POLYGONS_ROLE));
        Optional<CoveragePolygons> polygons = Optional.empty();
        if (files.polygons().isPresent()) polygons = Optional.of(polygons(files.polygons().get(), folder, uses));
        return new ProjectData(files, document, coverage, polygons, uses);
    }

    private static CoveragePolygons polygons(CoveragePolygonsFile imported, Path folder, List<DataFileUse> uses)
            throws ProjectProblem {
        Path geojson = imported.file();
        String sha = hashExisting(geojson, "coverage polygons file", POLYGONS_FILE, folder);
        CoveragePolygons read = polygons(imported, folder);
        uses.add(new DataFileUse(geojson.getFileName().toString(), POLYGONS_ROLE, Optional.of(geojson.toString()), sha));
        return read;
    }

    /**
     * Reads the polygons as File → Import does. A file that is not GeoJSON points at the file; a
     * property no feature holds as a number points at the property, and names the ones there are.
     */
    private static CoveragePolygons polygons(CoveragePolygonsFile imported, Path folder) throws ProjectProblem {
        CoveragePolygonReader reader = new CoveragePolygonReader();
        String name = name(imported.file(), folder);
        FeatureCollection parsed;
        try {
            parsed = reader.parse(imported.file());
        } catch (GeoJsonException e) {
            throw new ProjectProblem(POLYGONS_FILE, "the coverage polygons file " + name
                    + " named by the project cannot be used: " + e.getMessage(), e);
        }
        try {
            return reader.load(parsed, imported.property());
        } catch (GeoJsonException e) {
            throw new ProjectProblem(POLYGONS_PROPERTY, "the coverage polygons file " + name
                    + " named by the project cannot be drawn by \"" + imported.property() + "\": " + e.getMessage(), e);
        }
    }

    static DataFileUse bundled(String file, String role) throws ProjectProblem {
        try {
            return new DataFileUse("bundled:" + file, role, Optional.empty(), Hashes.bundledSha256(file));
        } catch (IOException e) {
            throw new ProjectProblem("", e.getMessage(), e);
        }
    }

    private static String hashExisting(Path file, String what, String pointer, Path folder) throws ProjectProblem {
        if (!Files.exists(file)) {
            throw new ProjectProblem(pointer, "the " + what + " " + name(file, folder) + " named by the project does not exist"
                    + " (looked for " + file + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new ProjectProblem(pointer, "the " + what + " " + name(file, folder) + " named by the project is not a file"
                    + " (" + file + ")");
        }
        try {
            return Hashes.sha256(file);
        } catch (IOException e) {
            throw new ProjectProblem(pointer, "the " + what + " " + name(file, folder) + " named by the project cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** The file as the project names it: relative to the project's folder where the file stores it so. */
    static String name(Path file, Path folder) {
        return ProjectWriter.path(file, folder);
    }
}
