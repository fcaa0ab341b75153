package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.io.CoverageCell;
import org.redmap.io.CoveragePolygons;
import org.redmap.io.GeoJsonReader;

/** Status-bar numbers for imported polygons: as written, % only for coverage. */
class CellValuesTest {

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
