package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.redmap.io.GeoJsonText.collection;
import static org.redmap.io.GeoJsonText.feature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be used must say where and why, in words the user can act on. */
class GeoJsonReaderErrorTest {

    @TempDir
    Path dir;

    private static GeoJsonException failure(String json) {
        return catchThrowableOfType(GeoJsonException.class, () -> GeoJsonText.read(json));
    }

    private GeoJsonException failureOfFile(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return catchThrowableOfType(GeoJsonException.class, () -> new GeoJsonReader().read(file));
    }

    @Test
    void truncatedFileNamesFileFeatureLineAndColumn() throws IOException {
        String whole = Files.readString(Path.of("data/mexico-states.geojson"));
        int cut = whole.indexOf("\"MX-SON\"") + 300; // in the middle of Sonora's coordinates
        String head = whole.substring(0, cut);
        int line = (int) head.chars().filter(c -> c == '\n').count() + 1;

        GeoJsonException e = failureOfFile("cut.geojson", head);

        assertThat(e.source()).isEqualTo("cut.geojson");
        assertThat(e.featureIndex()).isEqualTo(25); // one feature per line after the header line
        assertThat(e.featureId()).isEqualTo("MX-SON");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isGreaterThan(1);
        assertThat(e.getMessage())
                .startsWith("cut.geojson: feature 25 (id \"MX-SON\"), line " + line + ", column " + e.column() + ": ")
                .contains("truncated");
    }

    @Test
    void unclosedRingPointsAtTheRing() {
        String json = collection(
                feature("A", "{}", "null"),
                feature("B", "{}", "null"),
                feature("C", "{}", "null"),
                "{\"type\":\"Feature\",\"id\":\"MX-SON\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\n"
                        + "\"coordinates\":[[[-110,29],[-109,29],[-109,30],[-110,30]]]}}");

        GeoJsonException e = failure(json);

        assertThat(e.getMessage()).isEqualTo("t.geojson: feature 3 (id \"MX-SON\"), line 6, column 16: polygon ring "
                + "is not closed: its first position [-110.0, 29.0] differs from its last [-110.0, 30.0]");
        assertThat(e.featureIndex()).isEqualTo(3);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(16);
        assertThat(e.reason()).startsWith("polygon ring is not closed");
    }

    @Test
    void ringWithTooFewPositions() {
        GeoJsonException e = failure(collection(feature("r", "{}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[0,0]]]}")));

        assertThat(e.getMessage()).startsWith("t.geojson: feature 0 (id \"r\"), line 2, column ")
                .endsWith("polygon ring has 3 positions; a ring needs at least 4 (the first repeated at the end)");
    }

    @Test
    void projectedCoordinatesAreOutOfRange() {
        GeoJsonException e = failure(collection(feature("utm", "{}",
                "{\"type\":\"Point\",\"coordinates\":[500000.0,2150000.0]}")));

        assertThat(e.getMessage()).startsWith("t.geojson: feature 0 (id \"utm\"), line 2, column ")
                .contains("position [500000.0, 2150000.0] is outside longitude -180..180 / latitude -90..90")
                .contains("projected").contains("WGS 84");
    }

    @Test
    void swappedLatitudeAndLongitudeGetAHint() {
        GeoJsonException e = failure(collection(feature("cdmx", "{}",
                "{\"type\":\"Point\",\"coordinates\":[19.43,-99.13]}")));

        assertThat(e.reason()).contains("swapped");
    }

    @Test
    void positionsNeedTwoNumbers() {
        assertThat(failure(collection(feature("p", "{}", "{\"type\":\"Point\",\"coordinates\":[1]}"))).reason())
                .isEqualTo("a position has only 1 number; it needs at least 2 (longitude, latitude)");
        assertThat(failure(collection(feature("p", "{}", "{\"type\":\"Point\",\"coordinates\":[1,\"2\"]}"))).reason())
                .isEqualTo("a position must hold only numbers, found a string");
        assertThat(failure(collection(feature("l", "{}", "{\"type\":\"LineString\",\"coordinates\":[[1,2],[]]}")))
                .reason()).isEqualTo("a position is empty; it needs longitude and latitude");
    }

    @Test
    void coordinatesOfTheWrongShape() {
        GeoJsonException e = failure(collection(feature("s", "{}",
                "{\"type\":\"Polygon\",\"coordinates\":[[0,0],[1,0],[1,1],[0,0]]}")));

        assertThat(e.reason()).isEqualTo("Polygon \"coordinates\" must hold rings as arrays of positions, "
                + "found an array of positions");
    }

    @Test
    void notJson() {
        GeoJsonException e = failure("<html><body>404</body></html>");

        assertThat(e.getMessage()).startsWith("t.geojson: line 1, column 1: not valid JSON: Unexpected character ('<'");
        assertThat(e.featureIndex()).isEqualTo(-1);
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void badTokenInsideAFeature() {
        GeoJsonException e = failure(collection(feature("a", "{}", "null"),
                "{\"type\":\"Feature\",\"id\":\"b\",\"properties\":{\"x\":tru},\"geometry\":null}"));

        assertThat(e.getMessage()).startsWith("t.geojson: feature 1 (id \"b\"), line 3, column ")
                .contains("not valid JSON: Unrecognized token 'tru'");
    }

    @Test
    void emptyFile() throws IOException {
        assertThat(failureOfFile("empty.geojson", "").getMessage()).isEqualTo("empty.geojson: the file is empty");
        assertThat(failureOfFile("blank.geojson", " \n\t").getMessage()).isEqualTo("blank.geojson: the file is empty");
    }

    @Test
    void missingFile() {
        GeoJsonException e = catchThrowableOfType(GeoJsonException.class,
                () -> new GeoJsonReader().read(dir.resolve("nowhere.geojson")));

        assertThat(e.getMessage()).startsWith("nowhere.geojson: no such file: ");
    }

    @Test
    void topLevelMustBeAnObject() {
        assertThat(failure("[{\"type\":\"Feature\"}]").getMessage())
                .startsWith("t.geojson: line 1, column 1: the top level is an array, not a JSON object");
    }

    @Test
    void missingOrUnknownType() {
        assertThat(failure("{\"features\":[]}").getMessage()).isEqualTo("t.geojson: line 1, column 1: the top-level "
                + "object has no \"type\" member; expected \"type\": \"FeatureCollection\"");
        assertThat(failure("{\"type\":\"Topology\",\"objects\":{}}").reason())
                .startsWith("unknown GeoJSON type \"Topology\"");
        assertThat(failure(collection("{\"geometry\":null}")).reason())
                .isEqualTo("the feature has no \"type\" member (expected \"Feature\")");
        assertThat(failure(collection(feature("x", "{}", "{\"coordinates\":[1,2]}"))).reason())
                .isEqualTo("the geometry has no \"type\" member");
        assertThat(failure(collection(feature("x", "{}", "{\"type\":\"Circle\",\"coordinates\":[1,2]}"))).reason())
                .startsWith("unknown geometry type \"Circle\"; expected one of Point, MultiPoint");
        assertThat(failure(collection(feature("x", "{}", "{\"type\":\"polygon\",\"coordinates\":[]}"))).reason())
                .isEqualTo("unknown geometry type \"polygon\"; types are case-sensitive, did you mean \"Polygon\"?");
    }

    @Test
    void geometriesDirectlyInTheFeaturesArray() {
        GeoJsonException e = failure(collection("{\"type\":\"Point\",\"coordinates\":[1,2]}"));

        assertThat(e.featureIndex()).isZero();
        assertThat(e.reason()).startsWith("\"type\" is \"Point\" where a Feature was expected");
    }

    @Test
    void featuresMustBeAnArray() {
        assertThat(failure("{\"type\":\"FeatureCollection\",\"features\":{}}").getMessage())
                .isEqualTo("t.geojson: line 1, column 40: \"features\" must be an array, found an object");
        assertThat(failure("{\"type\":\"FeatureCollection\"}").reason())
                .isEqualTo("the FeatureCollection has no \"features\" array");
    }

    @Test
    void nestingDepthLimit() {
        String deep = "[".repeat(70) + "]".repeat(70);
        GeoJsonException e = failure(collection(feature("d", "{\"deep\":" + deep + "}", "null")));

        assertThat(e.getMessage()).startsWith("t.geojson: feature 0 (id \"d\"), line 2, column ")
                .contains("nested more than 64 levels deep");
    }

    @Test
    void numberLengthLimit() {
        GeoJsonException e = failure(collection(feature("n", "{\"big\":" + "9".repeat(101) + "}", "null")));

        assertThat(e.getMessage()).startsWith("t.geojson: feature 0 (id \"n\"), line 2, column ")
                .contains("a number is longer than 100 characters");
        assertThat(failure(collection(feature("n", "{}", "{\"type\":\"Point\",\"coordinates\":[1." + "0".repeat(120)
                + ",2]}"))).reason()).contains("a number is longer than 100 characters");
    }

    @Test
    void stringLengthLimit() {
        GeoJsonException e = failure(collection(feature("s", "{\"text\":\"" + "x".repeat(1_000_001) + "\"}", "null")));

        assertThat(e.getMessage()).startsWith("t.geojson: feature 0 (id \"s\"), line 2, column ")
                .contains("a string is longer than 1,000,000 characters");
    }

    @Test
    void strictJsonOnly() {
        assertThat(failure("{\"type\":\"FeatureCollection\", // comment\n\"features\":[]}").reason())
                .startsWith("not valid JSON").contains("comment");
        assertThat(failure(collection(feature("n", "{}", "{\"type\":\"Point\",\"coordinates\":[NaN,1]}"))).reason())
                .startsWith("not valid JSON").contains("NaN");
        assertThat(failure("{\"type\":\"FeatureCollection\",\"features\":[],}").reason()).startsWith("not valid JSON");
    }

    @Test
    void contentAfterTheTopLevelObject() {
        assertThat(failure("{\"type\":\"FeatureCollection\",\"features\":[]}\n{}").getMessage())
                .isEqualTo("t.geojson: line 2, column 1: unexpected content (an object) after the end of the "
                        + "top-level object");
    }

    @Test
    void wrongMemberTypes() {
        assertThat(failure(collection("{\"type\":\"Feature\",\"id\":true,\"geometry\":null}")).reason())
                .isEqualTo("a feature \"id\" must be a string or a number, found a boolean");
        assertThat(failure(collection("{\"type\":\"Feature\",\"properties\":[],\"geometry\":null}")).reason())
                .isEqualTo("\"properties\" must be an object or null, found an array");
        assertThat(failure(collection("{\"type\":\"Feature\",\"geometry\":\"POINT (1 2)\"}")).reason())
                .isEqualTo("\"geometry\" must be an object or null, found a string");
    }
}
