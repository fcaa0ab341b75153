package org.redmap.project;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The data files a project shows. Held as absolute paths in memory so a project means the same
 * thing wherever it is saved; the project file stores them relative to its own folder where it can
 * ({@link ProjectWriter}), so a folder of project and data can be moved or shared whole.
 *
 * @param regions  a regions GeoJSON, or empty for the bundled states of Mexico
 * @param coverage a coverage table (CSV) joined to the regions by id, or empty for the modelled coverage
 * @param polygons imported coverage polygons drawn as the "polygons" overlay, or empty for none
 */
public record DataFiles(Optional<Path> regions, Optional<Path> coverage, Optional<CoveragePolygonsFile> polygons) {

    public static final DataFiles BUNDLED = new DataFiles(Optional.empty(), Optional.empty());

    public DataFiles {
        regions = Objects.requireNonNull(regions, "regions").map(DataFiles::absolute);
        coverage = Objects.requireNonNull(coverage, "coverage").map(DataFiles::absolute);
        Objects.requireNonNull(polygons, "polygons");
    }

    /** Without imported polygons. */
    public DataFiles(Optional<Path> regions, Optional<Path> coverage) {
        this(regions, coverage, Optional.empty());
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    public boolean bundledRegions() {
        return regions.isEmpty();
    }

    public DataFiles withRegions(Path file) {
        return new DataFiles(Optional.ofNullable(file), coverage, polygons);
    }

    public DataFiles withCoverage(Path file) {
        return new DataFiles(regions, Optional.ofNullable(file), polygons);
    }

    /** With these imported polygons; null for none. */
    public DataFiles withPolygons(CoveragePolygonsFile imported) {
        return new DataFiles(regions, coverage, Optional.ofNullable(imported));
    }
}
