package org.redmap.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Imported coverage polygons a project draws: a GeoJSON file of polygons and the numeric property
 * whose values colour them (File → Import coverage polygons… in the window).
 *
 * @param file     absolute in memory, like the other data files ({@link DataFiles})
 * @param property the numeric property drawn
 */
public record CoveragePolygonsFile(Path file, String property) {

    public CoveragePolygonsFile {
        file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        Objects.requireNonNull(property, "property");
        // A blank name could never match a property: refuse it here rather than as a puzzling read error later.
        if (property.isBlank()) throw new IllegalArgumentException("the coverage polygons need a property to draw");
    }
}
