package org.redmap.io;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One polygon of an imported coverage layer (a cell, a footprint) and its value.
 *
 * @param featureIndex 0-based position in the file's "features" array, so a reader can find it
 * @param id           the feature's id (or id property), else {@code feature-<index>}
 * @param geometry     Polygon or MultiPolygon in WGS 84 longitude/latitude, valid (repaired if it was not)
 * @param value        the chosen property's value, or NaN when the feature has none (drawn as "no data")
 */
public record CoverageCell(int featureIndex, String id, Geometry geometry, double value) {

    public CoverageCell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geometry, "geometry");
        if (Double.isInfinite(value)) throw new IllegalArgumentException("value must be finite or NaN: " + value);
    }

    public boolean hasValue() {
        return !Double.isNaN(value);
    }
}
