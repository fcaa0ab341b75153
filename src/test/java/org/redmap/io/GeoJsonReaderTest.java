package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redmap.io.GeoJsonText.collection;
import static org.redmap.io.GeoJsonText.feature;
import static org.redmap.io.GeoJsonText.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class GeoJsonReaderTest {

    private final GeoJsonReader reader = new GeoJsonReader();

    @Test
    void readsTheStatesFile() throws Exception {
        FeatureCollection states = reader.read(Path.of("data/mexico-states.geojson"));

        assertThat(states.source()).isEqualTo("mexico-states.geojson");
        assertThat(states.features()).hasSize(32);
        assertThat(states.features()).extracting(Feature::index).startsWith(0, 1, 2).endsWith(31);
        assertThat(states.features()).allSatisfy(f -> {
            assertThat(f.geometry()).isInstanceOfAny(Polygon.class, MultiPolygon.class);
            assertThat(f.geometry().getSRID()).isEqualTo(4326);
        });
        Feature sonora = states.features().stream().filter(f -> "MX-SON".equals(f.id())).findFirst().orElseThrow();
        assertThat(sonora.properties()).containsEntry("name", "Sonora").containsEntry("inegi", "26");
        assertThat(sonora.geometry().getEnvelopeInternal().getMinX()).isBetween(-116.0, -114.0);
    }

    @Test
    void readsTheOtherDataFiles() throws Exception {
        assertThat(reader.read(Path.of("data/mexico-cities.geojson")).features()).hasSize(216)
                .allSatisfy(f -> assertThat(f.geometry()).isInstanceOf(Point.class));
        assertThat(reader.read(Path.of("data/context-countries.geojson")).features()).hasSize(23);
        List<Feature> border = reader.read(Path.of("data/us-mexico-border.geojson")).features();
        assertThat(border).hasSize(1);
        assertThat(border.get(0).geometry()).isInstanceOf(LineString.class);
        assertThat(border.get(0).geometry().getNumPoints()).isEqualTo(966);
        assertThat(border.get(0).properties().get("countries")).isEqualTo(List.of("USA", "MEX"));
    }

    @Test
    void acceptsMembersInAnyOrder() throws Exception {
        FeatureCollection fc = read("{\"features\":[{\"geometry\":{\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]],"
                + "\"type\":\"Polygon\"},\"properties\":{\"a\":1},\"id\":\"x\",\"type\":\"Feature\"}],"
                + "\"type\":\"FeatureCollection\"}");

        Feature only = fc.features().get(0);
        assertThat(only.id()).isEqualTo("x");
        assertThat(only.geometry()).isInstanceOf(Polygon.class);
        assertThat(only.geometry().getArea()).isEqualTo(0.5);
    }

    @Test
    void readsMultiPolygonWithHoles() throws Exception {
        String geometry = "{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[0,0],[10,0],[10,10],[0,10],[0,0]],"
                + "[[2,2],[2,4],[4,4],[4,2],[2,2]],[[6,6],[6,8],[8,8],[8,6],[6,6]]],"
                + "[[[20,0],[30,0],[30,10],[20,0]]]]}";

        Geometry g = read(collection(feature("m", "{}", geometry))).features().get(0).geometry();

        assertThat(g).isInstanceOf(MultiPolygon.class);
        assertThat(g.getNumGeometries()).isEqualTo(2);
        Polygon withHoles = (Polygon) g.getGeometryN(0);
        assertThat(withHoles.getNumInteriorRing()).isEqualTo(2);
        assertThat(withHoles.getArea()).isEqualTo(100 - 4 - 4);
        assertThat(g.getArea()).isEqualTo(92 + 50);
    }

    @Test
    void readsEveryGeometryType() throws Exception {
        FeatureCollection fc = read(collection(
                feature("p", "{}", "{\"type\":\"Point\",\"coordinates\":[-99.1,19.4,2240]}"),
                feature("mp", "{}", "{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}"),
                feature("l", "{}", "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}"),
                feature("ml", "{}", "{\"type\":\"MultiLineString\",\"coordinates\":[[[1,2],[3,4]],[[5,6],[7,8]]]}"),
                feature("gc", "{}", "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\","
                        + "\"coordinates\":[1,2]},{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}]}"),
                feature("none", "{}", "null")));

        List<Feature> f = fc.features();
        assertThat(f.get(0).geometry()).isInstanceOf(Point.class);
        assertThat(f.get(0).geometry().getCoordinate().getX()).isEqualTo(-99.1);
        assertThat(f.get(0).geometry().getCoordinate().getY()).isEqualTo(19.4);
        assertThat(f.get(1).geometry()).isInstanceOf(MultiPoint.class);
        assertThat(f.get(1).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(f.get(2).geometry()).isInstanceOf(LineString.class);
        assertThat(f.get(3).geometry()).isInstanceOf(MultiLineString.class);
        assertThat(f.get(4).geometry()).isInstanceOf(GeometryCollection.class);
        assertThat(f.get(4).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(f.get(5).geometry()).isNull();
        assertThat(f.get(5).geometryType()).isEqualTo("null geometry");
    }

    @Test
    void keepsPropertiesOfEveryJsonTypeInOrder() throws Exception {
        String properties = "{\"s\":\"text\",\"i\":42,\"huge\":12345678901234567890123,\"f\":1.5,\"e\":1e3,"
                + "\"t\":true,\"no\":false,\"n\":null,\"a\":[1,\"two\",null,[3]],\"o\":{\"k\":{\"deep\":true}}}";

        Map<String, Object> p = read(collection(feature("x", properties, "null"))).features().get(0).properties();

        assertThat(p.keySet()).containsExactly("s", "i", "huge", "f", "e", "t", "no", "n", "a", "o");
        assertThat(p.get("s")).isEqualTo("text");
        assertThat(p.get("i")).isEqualTo(42L);
        assertThat(p.get("huge")).isEqualTo(1.2345678901234568E22);
        assertThat(p.get("f")).isEqualTo(1.5);
        assertThat(p.get("e")).isEqualTo(1000.0);
        assertThat(p.get("t")).isEqualTo(Boolean.TRUE);
        assertThat(p.get("no")).isEqualTo(Boolean.FALSE);
        assertThat(p).containsEntry("n", null);
        assertThat(p.get("a")).isEqualTo(java.util.Arrays.asList(1L, "two", null, List.of(3L)));
        assertThat(p.get("o")).isEqualTo(Map.of("k", Map.of("deep", true)));
        assertThatThrownBy(() -> p.put("new", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) p.get("a");
        assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void takesFeatureIdsAsText() throws Exception {
        FeatureCollection fc = read("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":3530597,\"properties\":null,\"geometry\":null},"
                + "{\"type\":\"Feature\",\"id\":2.50,\"geometry\":null},"
                + "{\"type\":\"Feature\",\"geometry\":null}]}");

        assertThat(fc.features()).extracting(Feature::id).containsExactly("3530597", "2.50", null);
        assertThat(fc.features().get(0).properties()).isEmpty();
    }

    @Test
    void skipsBboxCrsAndForeignMembers() throws Exception {
        FeatureCollection fc = read("{\"type\":\"FeatureCollection\",\"bbox\":[-1,-1,1,1],"
                + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},"
                + "\"generator\":{\"features\":\"not these\"},\"features\":[{\"type\":\"Feature\",\"bbox\":[0,0,1,1],"
                + "\"title\":\"foreign\",\"geometry\":{\"type\":\"Point\",\"bbox\":[0,0,0,0],\"coordinates\":[0.5,0.5],"
                + "\"extra\":[[1]]}}]}");

        assertThat(fc.features()).hasSize(1);
        assertThat(fc.features().get(0).geometry().toText()).isEqualTo("POINT (0.5 0.5)");
        // once the type is known, members of other object kinds are foreign too
        assertThat(read("{\"type\":\"FeatureCollection\",\"properties\":\"x\",\"geometry\":7,\"features\":[]}")
                .features()).isEmpty();
    }

    @Test
    void acceptsABareFeatureOrGeometryAsACollectionOfOne() throws Exception {
        FeatureCollection bareFeature = read("{\"type\":\"Feature\",\"id\":\"f\",\"properties\":{\"name\":\"n\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}");
        FeatureCollection bareGeometry = read("{\"coordinates\":[[1,2],[3,4]],\"type\":\"LineString\"}");

        assertThat(bareFeature.features()).singleElement().satisfies(f -> {
            assertThat(f.index()).isZero();
            assertThat(f.id()).isEqualTo("f");
            assertThat(f.properties()).containsEntry("name", "n");
        });
        assertThat(bareGeometry.features()).singleElement().satisfies(f -> {
            assertThat(f.id()).isNull();
            assertThat(f.properties()).isEmpty();
            assertThat(f.geometry()).isInstanceOf(LineString.class);
        });
    }

    @Test
    void acceptsEmptyGeometriesAndAnEmptyCollection() throws Exception {
        assertThat(read("{\"type\":\"FeatureCollection\",\"features\":[]}").features()).isEmpty();
        Geometry empty = read(collection(feature("e", "{}", "{\"type\":\"Polygon\",\"coordinates\":[]}")))
                .features().get(0).geometry();
        assertThat(empty).isInstanceOf(Polygon.class);
        assertThat(empty.isEmpty()).isTrue();
    }

    @Test
    void acceptsAByteOrderMark() throws Exception {
        assertThat(read("\uFEFF{\"type\":\"FeatureCollection\",\"features\":[]}").features()).isEmpty();
    }
}
