package org.redmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class MapProjectionTest {

    private final MapProjection projection = MapProjection.mexico();

    @Test
    void projectionOriginMapsToTheFalseEasting() {
        // EPSG:6372 has its origin at 12°N 102°W with a false easting of 2,500 km.
        Coordinate origin = projection.project(-102, 12);
        assertThat(origin.x).isCloseTo(2_500_000, within(0.01));
        assertThat(origin.y).isCloseTo(0, within(0.01));
    }

    @Test
    void mexicoCityMatchesSnydersEllipsoidalFormulas() {
        // Reference values computed independently from Snyder (1987), eqs. 15-1 to 15-10 and 14-15, on GRS 80.
        Coordinate expected = snyderLcc(-99.13, 19.43);
        Coordinate actual = projection.project(-99.13, 19.43);
        assertThat(actual.x).isCloseTo(expected.x, within(0.01));
        assertThat(actual.y).isCloseTo(expected.y, within(0.01));
        // And a plausibility anchor: Mexico City lies about 300 km east and 830 km north of the origin.
        assertThat(actual.x - 2_500_000).isBetween(290_000.0, 320_000.0);
        assertThat(actual.y).isBetween(800_000.0, 850_000.0);
    }

    @Test
    void inverseReturnsTheStartingPoint() {
        Coordinate p = projection.project(-110.96, 29.07);
        Coordinate back = projection.unproject(p.x, p.y);
        assertThat(back.x).isCloseTo(-110.96, within(1e-9));
        assertThat(back.y).isCloseTo(29.07, within(1e-9));
    }

    @Test
    void scaleIsTrueOnAStandardParallel() {
        // On the standard parallel 17.5°N the scale factor is 1: 0.1° of longitude on the map equals its
        // length on the ellipsoid (parallel radius N·cos φ).
        double lat = 17.5;
        Coordinate a = projection.project(-100.05, lat);
        Coordinate b = projection.project(-99.95, lat);
        double phi = Math.toRadians(lat);
        double e2 = 0.00669438002290;
        double n = 6378137.0 / Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi));
        double ground = n * Math.cos(phi) * Math.toRadians(0.1);
        assertThat(a.distance(b)).isCloseTo(ground, within(ground * 1e-5));
    }

    @Test
    void projectsGeometriesWithoutTouchingTheInput() {
        GeometryFactory f = new GeometryFactory();
        Geometry point = f.createPoint(new Coordinate(-102, 12));
        Geometry projected = projection.project(point);
        assertThat(point.getCoordinate().x).isEqualTo(-102);
        assertThat(projected.getCoordinate().x).isCloseTo(2_500_000, within(0.01));
    }

    /** Lambert conformal conic, two standard parallels, ellipsoidal (Snyder 1987, p. 107-109). */
    private static Coordinate snyderLcc(double lon, double lat) {
        double a = 6378137.0;
        double f = 1 / 298.257222101;
        double e = Math.sqrt(2 * f - f * f);
        double phi1 = Math.toRadians(17.5);
        double phi2 = Math.toRadians(29.5);
        double phi0 = Math.toRadians(12);
        double lambda0 = Math.toRadians(-102);
        double m1 = m(phi1, e);
        double m2 = m(phi2, e);
        double t0 = t(phi0, e);
        double t1 = t(phi1, e);
        double t2 = t(phi2, e);
        double n = (Math.log(m1) - Math.log(m2)) / (Math.log(t1) - Math.log(t2));
        double bigF = m1 / (n * Math.pow(t1, n));
        double rho0 = a * bigF * Math.pow(t0, n);
        double rho = a * bigF * Math.pow(t(Math.toRadians(lat), e), n);
        double theta = n * (Math.toRadians(lon) - lambda0);
        return new Coordinate(2_500_000 + rho * Math.sin(theta), rho0 - rho * Math.cos(theta));
    }

    private static double m(double phi, double e) {
        return Math.cos(phi) / Math.sqrt(1 - e * e * Math.sin(phi) * Math.sin(phi));
    }

    private static double t(double phi, double e) {
        double s = e * Math.sin(phi);
        return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - s) / (1 + s), e / 2);
    }
}
