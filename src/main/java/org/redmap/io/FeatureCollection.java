package org.redmap.io;

import java.util.List;
import java.util.Objects;

/**
 * The features of one GeoJSON file, in file order.
 *
 * @param source the file or resource name that error messages use
 */
public record FeatureCollection(String source, List<Feature> features) {

    public FeatureCollection {
        Objects.requireNonNull(source, "source");
        features = List.copyOf(features);
    }

    /** An error about one feature, found after reading (so without line and column). */
    public GeoJsonException error(Feature feature, String reason) {
        return GeoJsonException.forFeature(source, feature.index(), feature.id(), reason);
    }
}
