package org.redmap.io;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Reads GeoJSON written inline in a test, under the source name "t.geojson". */
final class GeoJsonText {

    static final String SOURCE = "t.geojson";

    private GeoJsonText() {
    }

    static FeatureCollection read(String json) throws GeoJsonException {
        return new GeoJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }

    /** A FeatureCollection holding the given feature objects, one per line from line 2. */
    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n";
    }

    static String feature(String id, String properties, String geometry) {
        return "{\"type\":\"Feature\",\"id\":" + (id == null ? "null" : "\"" + id + "\"") + ",\"properties\":"
                + properties + ",\"geometry\":" + geometry + "}";
    }

    static String square(double west, double south, double size) {
        double east = west + size;
        double north = south + size;
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + east + "," + south + "],["
                + east + "," + north + "],[" + west + "," + north + "],[" + west + "," + south + "]]]}";
    }
}
