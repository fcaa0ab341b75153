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
 */
public record DataFiles(Optional<Path> regions, Optional<Path> coverage) {

    public static final DataFiles BUNDLED = new DataFiles(Optional.empty(), Optional.empty());

    public DataFiles {
        regions = Objects.requireNonNull(regions, "regions").map(DataFiles::absolute);
        coverage = Objects.requireNonNull(coverage, "coverage").map(DataFiles::absolute);
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    public boolean bundledRegions() {
        return regions.isEmpty();
    }

    public DataFiles withRegions(Path file) {
        return new DataFiles(Optional.ofNullable(file), coverage);
    }

    public DataFiles withCoverage(Path file) {
        return new DataFiles(regions, Optional.ofNullable(file));
    }
}
