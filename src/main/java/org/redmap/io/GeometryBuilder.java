package org.redmap.io;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.redmap.io.Coordinates.Nested;
import org.redmap.io.Coordinates.Position;
import org.redmap.io.Coordinates.Positions;

/**
 * Turns buffered coordinates into JTS geometries once the geometry's "type" is known, checking the
 * shape RFC 7946 requires for that type (closed rings of four or more positions, and so on).
 */
final class GeometryBuilder {

    static final List<String> TYPES = List.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
            "MultiPolygon", "GeometryCollection");

    /** Where the reader turns a reason and a position in the file into a {@link GeoJsonException}. */
    @FunctionalInterface
    interface Failure {
        GeoJsonException at(int line, int column, String reason);
    }

    private final GeometryFactory factory;
    private final OrdinateBuffer ordinates;
    private final Failure failure;

    GeometryBuilder(GeometryFactory factory, OrdinateBuffer ordinates, Failure failure) {
        this.factory = factory;
        this.ordinates = ordinates;
        this.failure = failure;
    }

    /**
     * @param coordinates the "coordinates" member, null when absent
     * @param members     the "geometries" member, null when absent
     * @param line        where the geometry object starts, for errors about the whole object
     */
    Geometry build(String type, Coordinates coordinates, List<Geometry> members, int line, int column)
            throws GeoJsonException {
        if (type.equals("GeometryCollection")) {
            if (members == null) {
                throw failure.at(line, column, "GeometryCollection has no \"geometries\" array");
            }
            return factory.createGeometryCollection(members.toArray(Geometry[]::new));
        }
        if (!TYPES.contains(type)) throw failure.at(line, column, unknownType(type));
        if (coordinates == null) throw failure.at(line, column, type + " has no \"coordinates\" member");
        switch (type) {
            case "Point":
                return point(coordinates);
            case "MultiPoint":
                return factory.createMultiPoint(positions(coordinates, type, "an array of positions"));
            case "LineString":
                return line(coordinates, type);
            case "MultiLineString": {
                List<Coordinates> lines = nested(coordinates, type, "an array of lines (arrays of positions)");
                LineString[] built = new LineString[lines.size()];
                for (int i = 0; i < built.length; i++) built[i] = line(lines.get(i), type);
                return factory.createMultiLineString(built);
            }
            case "Polygon":
                return polygon(coordinates, type);
            case "MultiPolygon": {
                List<Coordinates> polygons = nested(coordinates, type,
                        "an array of polygons (arrays of rings, which are arrays of positions)");
                Polygon[] built = new Polygon[polygons.size()];
                for (int i = 0; i < built.length; i++) built[i] = polygon(polygons.get(i), type);
                return factory.createMultiPolygon(built);
            }
            default:
                throw new AssertionError(type);
        }
    }

    static String unknownType(String type) {
        for (String known : TYPES) {
            if (known.equalsIgnoreCase(type)) {
                return "unknown geometry type \"" + type + "\"; types are case-sensitive, did you mean \""
                        + known + "\"?";
            }
        }
        return "unknown geometry type \"" + type + "\"; expected one of " + String.join(", ", TYPES);
    }

    private Point point(Coordinates coordinates) throws GeoJsonException {
        if (isEmpty(coordinates)) return factory.createPoint();
        if (!(coordinates instanceof Position position)) throw shape(coordinates, "Point", "a single position");
        return factory.createPoint(sequence(position.offset(), 1));
    }

    private LineString line(Coordinates coordinates, String type) throws GeoJsonException {
        if (isEmpty(coordinates)) return factory.createLineString();
        if (!(coordinates instanceof Positions positions)) {
            throw shape(coordinates, type, "lines as arrays of positions");
        }
        if (positions.count() < 2) {
            throw failure.at(positions.line(), positions.column(),
                    "a line has " + positions.count() + " position; it needs at least 2");
        }
        return factory.createLineString(sequence(positions.start(), positions.count()));
    }

    private Polygon polygon(Coordinates coordinates, String type) throws GeoJsonException {
        List<Coordinates> rings = nested(coordinates, type, "rings as arrays of positions");
        if (rings.isEmpty()) return factory.createPolygon();
        LinearRing shell = ring(rings.get(0), type);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) holes[i] = ring(rings.get(i + 1), type);
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Coordinates coordinates, String type) throws GeoJsonException {
        if (!(coordinates instanceof Positions ring)) throw shape(coordinates, type, "rings as arrays of positions");
        int first = ring.start();
        int last = ring.start() + ring.count() - 1;
        if (ring.count() < 4) {
            throw failure.at(ring.line(), ring.column(), "polygon ring has " + ring.count() + " position"
                    + (ring.count() == 1 ? "" : "s") + "; a ring needs at least 4 (the first repeated at the end)");
        }
        if (ordinates.x(first) != ordinates.x(last) || ordinates.y(first) != ordinates.y(last)) {
            throw failure.at(ring.line(), ring.column(), "polygon ring is not closed: its first position "
                    + position(first) + " differs from its last " + position(last));
        }
        return factory.createLinearRing(sequence(ring.start(), ring.count()));
    }

    private Point[] positions(Coordinates coordinates, String type, String expected) throws GeoJsonException {
        if (isEmpty(coordinates)) return new Point[0];
        if (!(coordinates instanceof Positions positions)) throw shape(coordinates, type, expected);
        Point[] points = new Point[positions.count()];
        for (int i = 0; i < points.length; i++) points[i] = factory.createPoint(sequence(positions.start() + i, 1));
        return points;
    }

    private List<Coordinates> nested(Coordinates coordinates, String type, String expected) throws GeoJsonException {
        if (!(coordinates instanceof Nested nested)) throw shape(coordinates, type, expected);
        return nested.items();
    }

    private static boolean isEmpty(Coordinates coordinates) {
        return coordinates instanceof Nested nested && nested.items().isEmpty();
    }

    private GeoJsonException shape(Coordinates found, String type, String expected) {
        return failure.at(found.line(), found.column(),
                type + " \"coordinates\" must hold " + expected + ", found " + found.describe());
    }

    // Coordinate arrays rather than PackedCoordinateSequence: packed holds 16 bytes per position against
    // about 48, but JTS operations (isValid, rendering) unpack it into cached Coordinate arrays anyway. On
    // 100,000 polygons of 41 positions, arrays loaded and validated faster and ended with the smaller heap.
    private CoordinateSequence sequence(int start, int count) {
        Coordinate[] coordinates = new Coordinate[count];
        for (int i = 0; i < count; i++) {
            coordinates[i] = new CoordinateXY(ordinates.x(start + i), ordinates.y(start + i));
        }
        return new CoordinateArraySequence(coordinates, 2, 0);
    }

    private String position(int index) {
        return String.format(Locale.ROOT, "[%s, %s]", ordinates.x(index), ordinates.y(index));
    }
}
