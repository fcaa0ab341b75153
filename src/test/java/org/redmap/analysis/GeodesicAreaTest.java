package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class GeodesicAreaTest {

    @Test
    void aOneDegreeCellMatchesTheEllipsoidIntegral() {
        for (double south : new double[] {0, 14, 31, 60}) {
            Polygon cell = Fixtures.box(-100, south, -99, south + 1);
            assertThat(GeodesicArea.km2(cell)).as("cell at %s°", south)
                    .isCloseTo(integral(south, south + 1, 1), Percentage.withPercentage(1e-4));
        }
    }

    @Test
    void holesAreSubtractedAndOrientationDoesNotMatter() {
        Polygon outer = Fixtures.box(-100, 20, -98, 22);
        Geometry withHole = outer.difference(Fixtures.box(-99.5, 20.5, -98.5, 21.5));
        double expected = integral(20, 22, 2) - integral(20.5, 21.5, 1);
        assertThat(GeodesicArea.km2(withHole)).isCloseTo(expected, Percentage.withPercentage(1e-4));
        assertThat(GeodesicArea.km2(outer.reverse())).isCloseTo(GeodesicArea.km2(outer), Percentage.withPercentage(1e-9));
        assertThat(GeodesicArea.km2(Fixtures.WGS84.createPolygon())).isZero();
    }

    /** Area between two latitudes over a longitude span on GRS80, by Simpson's rule on dA = M N cos φ dφ dλ. */
    private static double integral(double lat1, double lat2, double lonSpanDegrees) {
        double a = GeodesicArea.A;
        double e2 = GeodesicArea.F * (2 - GeodesicArea.F);
        int n = 2000;
        double h = Math.toRadians(lat2 - lat1) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double phi = Math.toRadians(lat1) + i * h;
            double w = 1 - e2 * Math.sin(phi) * Math.sin(phi);
            double f = a * (1 - e2) / Math.pow(w, 1.5) * a / Math.sqrt(w) * Math.cos(phi);
            sum += f * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3 * Math.toRadians(lonSpanDegrees) / 1e6;
    }
}
