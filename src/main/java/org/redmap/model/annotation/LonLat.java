package org.redmap.model.annotation;

/**
 * A position in WGS 84 degrees ("map coordinates"). Annotations are kept in these, not in screen
 * pixels or projected metres, so they stay on the same place of the earth whatever the view or
 * projection.
 */
public record LonLat(double lon, double lat) {

    public LonLat {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude must be within [-180, 180]: " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude must be within [-90, 90]: " + lat);
        }
    }

    public LonLat plus(double dLon, double dLat) {
        return new LonLat(lon + dLon, lat + dLat);
    }
}
