package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.redmap.io.GeoJsonText.collection;
import static org.redmap.io.GeoJsonText.feature;
import static org.redmap.io.GeoJsonText.read;
import static org.redmap.io.GeoJsonText.square;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.redmap.model.Region;

class RegionLoaderTest {

    private final RegionLoader loader = new RegionLoader();

    private List<Region> load(String json) throws GeoJsonException {
        return loader.load(read(json));
    }

    private GeoJsonException failure(String json) {
        return catchThrowableOfType(GeoJsonException.class, () -> load(json));
    }

    @Test
    void loadsTheMexicanStates() throws Exception {
        List<Region> states = loader.read(Path.of("data/mexico-states.geojson"));

        assertThat(states).hasSize(32);
        assertThat(states).extracting(Region::id).doesNotHaveDuplicates().contains("MX-SON", "MX-CMX", "MX-YUC");
        Region sonora = states.stream().filter(r -> r.id().equals("MX-SON")).findFirst().orElseThrow();
        assertThat(sonora.name()).isEqualTo("Sonora");
        assertThat(sonora.property("inegi")).isEqualTo("26");
        assertThat(states).filteredOn(r -> r.id().equals("MX-COA")).singleElement()
                .extracting(Region::name).isEqualTo("Coahuila");
        assertThat(states).allSatisfy(r -> {
            assertThat(r.geometry()).isInstanceOfAny(Polygon.class, MultiPolygon.class);
            assertThat(r.geometry().isValid()).isTrue();
            assertThat(r.geometry().getSRID()).isEqualTo(4326);
        });
    }

    @Test
    void rejectsNonPolygonFeatures() {
        GeoJsonException e = failure(collection(
                feature("A", "{}", square(0, 0, 1)),
                feature("P", "{}", "{\"type\":\"Point\",\"coordinates\":[1,2]}")));

        assertThat(e.getMessage()).isEqualTo("t.geojson: feature 1 (id \"P\"): geometry is a Point; "
                + "regions must be Polygon or MultiPolygon");
        assertThat(e.featureIndex()).isEqualTo(1);
        assertThat(e.line()).isEqualTo(-1);
    }

    @Test
    void rejectsFeaturesWithoutGeometry() {
        assertThat(failure(collection(feature("N", "{}", "null"))).reason())
                .isEqualTo("geometry is null geometry; regions must be Polygon or MultiPolygon");
        assertThat(failure(collection(feature("E", "{}", "{\"type\":\"Polygon\",\"coordinates\":[]}"))).reason())
                .isEqualTo("geometry is an empty Polygon; regions need an area");
    }

    @Test
    void rejectsDuplicateIdsNamingBothFeatures() {
        GeoJsonException e = failure(collection(
                feature("A", "{}", square(0, 0, 1)),
                feature("B", "{}", square(1, 0, 1)),
                feature("A", "{}", square(2, 0, 1))));

        assertThat(e.getMessage()).isEqualTo("t.geojson: feature 2 (id \"A\"): region id \"A\" is already used by "
                + "feature 0; region ids must be unique within a file");
    }

    @Test
    void idFallsBackToPropertiesThenToTheIndex() throws Exception {
        List<Region> regions = load(collection(
                feature(null, "{\"id\":\"prop-id\"}", square(0, 0, 1)),
                feature(null, "{\"CVEGEO\":\"26\"}", square(1, 0, 1)),
                feature(null, "{\"GEOID\":\"04\",\"code\":\"x\"}", square(2, 0, 1)),
                feature(null, "{\"code\":7}", square(3, 0, 1)),
                feature(null, "{\"id\":\"  \"}", square(4, 0, 1)),
                "{\"type\":\"Feature\",\"id\":31,\"properties\":{\"id\":\"ignored\"},\"geometry\":" + square(5, 0, 1)
                        + "}"));

        assertThat(regions).extracting(Region::id)
                .containsExactly("prop-id", "26", "04", "7", "feature-4", "31");
    }

    @Test
    void nameFallsBackThroughCommonPropertiesThenToTheId() throws Exception {
        List<Region> regions = load(collection(
                feature("a", "{\"name\":\"Long name\",\"name_short\":\"Short\"}", square(0, 0, 1)),
                feature("b", "{\"NOMGEO\":\"Hermosillo\"}", square(1, 0, 1)),
                feature("c", "{\"name\":\" \",\"NAME\":\"Pima\"}", square(2, 0, 1)),
                feature("d", "{\"NAME_1\":\"Sonora\"}", square(3, 0, 1)),
                feature("e", "{\"nombre\":\"Álamos\"}", square(4, 0, 1)),
                feature("f", "{\"other\":\"x\"}", square(5, 0, 1))));

        assertThat(regions).extracting(Region::name)
                .containsExactly("Short", "Hermosillo", "Pima", "Sonora", "Álamos", "f");
    }

    @Test
    void repairsSelfIntersectingPolygons() throws Exception {
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}";

        Region region = load(collection(feature("bow", "{}", bowtie))).get(0);

        assertThat(region.geometry().isValid()).isTrue();
        assertThat(region.geometry().getArea()).isEqualTo(2.0);
        assertThat(region.geometry().getSRID()).isEqualTo(4326);
    }

    @Test
    void keepsEveryProperty() throws Exception {
        Region region = load(collection(feature("k", "{\"a\":1,\"b\":[true],\"c\":null}", square(0, 0, 1)))).get(0);

        assertThat(region.properties()).containsOnlyKeys("a", "b", "c").containsEntry("a", 1L);
    }

    @Test
    void readReportsMissingFilesAsGeoJsonException() {
        GeoJsonException e = catchThrowableOfType(GeoJsonException.class,
                () -> loader.read(Path.of("data/no-such-file.geojson")));

        assertThat(e.source()).isEqualTo("no-such-file.geojson");
    }
}
