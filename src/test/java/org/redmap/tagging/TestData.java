package org.redmap.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.redmap.io.AssignmentFileReader;
import org.redmap.model.Place;
import org.redmap.model.Region;

/**
 * The project's data files, read with a few lines of Jackson so these tests do not depend on the
 * production GeoJSON reader (written separately). Handles only what the bundled files contain.
 */
public final class TestData {

    public static final Path DATA = Path.of("data");
    public static final Path ASSIGNMENTS = DATA.resolve("vendor-assignments.json");
    public static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestData() {
    }

    public static AssignmentBook book() {
        try {
            return new AssignmentFileReader().read(ASSIGNMENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Region> states() {
        List<Region> regions = new ArrayList<>();
        for (JsonNode feature : features("mexico-states.geojson")) {
            JsonNode p = feature.get("properties");
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = JSON.convertValue(p, Map.class);
            regions.add(new Region(p.get("id").asText(), p.get("name").asText(), properties,
                    geometry(feature.get("geometry"))));
        }
        return regions;
    }

    public static List<Place> cities() {
        List<Place> places = new ArrayList<>();
        for (JsonNode feature : features("mexico-cities.geojson")) {
            JsonNode p = feature.get("properties");
            JsonNode c = feature.get("geometry").get("coordinates");
            places.add(new Place(feature.get("id").asText(), p.get("name").asText(), c.get(0).asDouble(),
                    c.get(1).asDouble(), p.get("population").asLong(), p.path("state_id").asText(null),
                    p.has("capital")));
        }
        return places;
    }

    public static Region state(List<Region> states, String id) {
        return states.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** An axis-aligned square of side {@code size} degrees centred on the point. */
    public static Polygon square(double lon, double lat, double size) {
        double h = size / 2;
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(lon - h, lat - h),
                new Coordinate(lon + h, lat - h), new Coordinate(lon + h, lat + h), new Coordinate(lon - h, lat + h),
                new Coordinate(lon - h, lat - h)});
    }

    public static Region region(String id, Map<String, Object> properties, Geometry geometry) {
        return new Region(id, id, properties, geometry);
    }

    private static JsonNode features(String file) {
        try {
            return JSON.readTree(DATA.resolve(file).toFile()).get("features");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Geometry geometry(JsonNode g) {
        JsonNode c = g.get("coordinates");
        return switch (g.get("type").asText()) {
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < parts.length; i++) parts[i] = polygon(c.get(i));
                yield GEOMETRY.createMultiPolygon(parts);
            }
            default -> throw new IllegalArgumentException("unexpected geometry " + g.get("type"));
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] cs = new Coordinate[points.size()];
        for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        return GEOMETRY.createLinearRing(cs);
    }
}
