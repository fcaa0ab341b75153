package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.analysis.Classification;
import org.redmap.io.CoverageCell;
import org.redmap.io.CoveragePolygons;
import org.redmap.io.GeoJsonReader;

/** Legend and status-bar numbers for imported polygons: few decimals, never ambiguous, % only for coverage. */
class CellValuesTest {

    @Test
    void legendRangesUseAsFewDecimalsAsKeepTheLimitsApart() {
        var shares = Classification.equalInterval(new double[] {0, 0.25, 0.5, 0.75, 1}, 4);
        assertThat(CellValues.range(shares, 0, CoveragePolygons.Unit.FRACTION)).isEqualTo("0–25 %");
        var fine = Classification.equalInterval(new double[] {0.1, 0.2}, 4);
        assertThat(CellValues.range(fine, 0, CoveragePolygons.Unit.RAW)).isEqualTo("0.10–0.13");
        var dbm = Classification.equalInterval(new double[] {-120, -60}, 4);
        assertThat(CellValues.range(dbm, 0, CoveragePolygons.Unit.RAW)).as("a dash between negatives gets air")
                .isEqualTo("-120 – -105");
        var counts = Classification.equalInterval(new double[] {0, 40_000}, 2);
        assertThat(CellValues.range(counts, 1, CoveragePolygons.Unit.RAW)).isEqualTo("20,000–40,000");
    }

    @Test
    void aValueIsShownAsWrittenOrAsAPercentage() {
        assertThat(CellValues.value(-97.25, data("rsrp", -97.25))).isEqualTo("-97.25");
        assertThat(CellValues.value(0.735, data("coverage", 0.735))).isEqualTo("73.5 %");
        assertThat(CellValues.value(Double.NaN, data("coverage", 0.5))).isEqualTo("no value");
    }

    private static CoveragePolygons data(String property, double value) {
        var square = GeoJsonReader.GEOMETRY_FACTORY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 0),
                new Coordinate(1, 1), new Coordinate(0, 1), new Coordinate(0, 0)});
        return new CoveragePolygons("t.geojson", property, List.of(property), 1, List.of(new CoverageCell(0, "a", square, value)),
                List.of());
    }
}
