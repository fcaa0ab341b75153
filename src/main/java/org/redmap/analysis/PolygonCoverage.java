package org.redmap.analysis;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedLayer;
import org.redmap.io.CoverageCell;
import org.redmap.io.CoveragePolygons;

/**
 * An imported coverage-polygon layer projected once into the map's projection and indexed
 * ({@link ProjectedLayer}: STRtree culling, simplification per zoom level), so a 20,000-cell file
 * draws in a fraction of a second and the cell under the pointer is found without a scan. Changing
 * the classification or the opacity reuses it; only another file projects again.
 */
public record PolygonCoverage(CoveragePolygons data, ProjectedLayer<CoverageCell> cells) {

    public PolygonCoverage {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(cells, "cells");
    }

    public static PolygonCoverage project(CoveragePolygons data, MapProjection projection) {
        return new PolygonCoverage(data, ProjectedLayer.project(data.cells(), CoverageCell::geometry, projection));
    }

    /**
     * Identity: one import, one projection. Frames compare their requests on every change, and a
     * deep comparison of 20,000 cells' geometries would cost more than the frame.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The cell covering a projected point, the last in file order where cells overlap (it is drawn on top). */
    public Optional<CoverageCell> at(Coordinate world) {
        return cells.at(world).map(ProjectedLayer.Item::value);
    }
}
