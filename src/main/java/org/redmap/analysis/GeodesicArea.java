package org.redmap.analysis;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Area on the GRS80 ellipsoid of a longitude/latitude polygon, in km². The map projection (a
 * Lambert conformal conic) is conformal, not equal-area: its areas run a few per cent off across
 * Mexico, and an analyst comparing band areas with official figures should not have to know that.
 *
 * <p>Method: latitudes are turned into authalic latitudes, which map the ellipsoid onto a sphere of
 * equal total area with areas preserved; on that sphere each edge contributes
 * {@code R² (λ2 − λ1) (sin β1 + sin β2) / 2}. This is exact for edges along meridians and parallels
 * and within a few parts per million for the short edges of buffers and boundaries used here.
 */
public final class GeodesicArea {

    /** GRS80 semi-major axis, metres. */
    static final double A = 6_378_137.0;
    /** GRS80 flattening. */
    static final double F = 1 / 298.257222101;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);
    private static final double Q_POLE = q(1.0);
    /** Radius of the sphere with the ellipsoid's area. */
    static final double AUTHALIC_RADIUS = A * Math.sqrt(Q_POLE / 2);

    private GeodesicArea() {
    }

    /** Area in km² of the polygonal parts of a WGS 84 longitude/latitude geometry (lines and points count 0). */
    public static double km2(Geometry lonLat) {
        return m2(lonLat) / 1e6;
    }

    private static double m2(Geometry geometry) {
        if (geometry.isEmpty()) return 0;
        if (geometry instanceof Polygon polygon) {
            double m2 = Math.abs(ringArea(polygon.getExteriorRing()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) m2 -= Math.abs(ringArea(polygon.getInteriorRingN(h)));
            return m2;
        }
        double m2 = 0;
        if (geometry.getNumGeometries() > 1 || geometry.getGeometryN(0) != geometry) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) m2 += m2(geometry.getGeometryN(i));
        }
        return m2;
    }

    /** Signed area of a closed ring on the authalic sphere, m². */
    private static double ringArea(LinearRing ring) {
        Coordinate[] c = ring.getCoordinates();
        double sum = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            double dLon = Math.toRadians(c[i + 1].x - c[i].x);
            sum += dLon * (sinAuthalic(c[i].y) + sinAuthalic(c[i + 1].y));
        }
        return sum * AUTHALIC_RADIUS * AUTHALIC_RADIUS / 2;
    }

    /** sin of the authalic latitude for a geodetic latitude in degrees. */
    static double sinAuthalic(double latDegrees) {
        return q(Math.sin(Math.toRadians(latDegrees))) / Q_POLE;
    }

    /** Snyder's q (Map Projections: A Working Manual, eq. 3-12), as a function of sin φ. */
    private static double q(double sinPhi) {
        double es = E * sinPhi;
        return (1 - E2) * (sinPhi / (1 - es * es) - (1 / (2 * E)) * Math.log((1 - es) / (1 + es)));
    }
}
