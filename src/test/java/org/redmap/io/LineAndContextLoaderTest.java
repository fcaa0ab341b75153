package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.redmap.io.GeoJsonText.collection;
import static org.redmap.io.GeoJsonText.feature;
import static org.redmap.io.GeoJsonText.read;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.redmap.model.ContextArea;

class LineAndContextLoaderTest {

    @Test
    void loadsTheBorderAsOneLine() throws Exception {
        List<Geometry> lines = new LineLoader().read(Path.of("data/us-mexico-border.geojson"));

        assertThat(lines).singleElement().isInstanceOf(LineString.class);
        assertThat(lines.get(0).getNumPoints()).isEqualTo(966);
        assertThat(lines.get(0).getSRID()).isEqualTo(4326);
    }

    @Test
    void lineFilesMustHoldLines() {
        GeoJsonException e = catchThrowableOfType(GeoJsonException.class, () -> new LineLoader().load(read(
                collection(feature("x", "{}", GeoJsonText.square(0, 0, 1))))));

        assertThat(e.getMessage()).isEqualTo("t.geojson: feature 0 (id \"x\"): geometry is a Polygon; "
                + "lines must be LineString or MultiLineString");
    }

    @Test
    void loadsTheContextCountries() throws Exception {
        List<ContextArea> areas = new ContextLoader().read(Path.of("data/context-countries.geojson"));

        assertThat(areas).hasSize(23);
        assertThat(areas).extracting(ContextArea::id).contains("USA", "GTM", "BLZ").doesNotHaveDuplicates();
        ContextArea usa = areas.stream().filter(a -> a.id().equals("USA")).findFirst().orElseThrow();
        assertThat(usa.name()).isEqualTo("United States of America");
        assertThat(areas).allSatisfy(a -> assertThat(a.geometry().isValid()).isTrue());
    }

    @Test
    void contextIdFallsBackFromIsoCodeToFeatureId() throws Exception {
        List<ContextArea> areas = new ContextLoader().load(read(collection(
                feature("F1", "{\"iso_a3\":\"-99\",\"name\":\"Somaliland\"}", GeoJsonText.square(0, 0, 1)),
                feature(null, "{}", GeoJsonText.square(1, 0, 1)))));

        assertThat(areas).extracting(ContextArea::id).containsExactly("F1", "feature-1");
        assertThat(areas).extracting(ContextArea::name).containsExactly("Somaliland", "feature-1");
    }
}
