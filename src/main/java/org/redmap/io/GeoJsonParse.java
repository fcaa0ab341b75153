package org.redmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.redmap.io.Coordinates.Nested;
import org.redmap.io.Coordinates.Position;
import org.redmap.io.Coordinates.Positions;

/**
 * One pass over one GeoJSON document. It remembers which feature it is in, so that every error, its
 * own or Jackson's, can name the file, the feature and the line. Not reusable, not thread-safe.
 */
final class GeoJsonParse {

    /** Which members an object can have depends on where it is; the rest are skipped as foreign. */
    private enum Level { TOP, FEATURE, GEOMETRY }

    /** The members of one object, gathered first because RFC 7946 allows any member order. */
    private static final class Members {
        final int line;
        final int column;
        String type;
        String id;
        Map<String, Object> properties;
        Geometry geometry;
        Coordinates coordinates;
        List<Geometry> geometries;
        List<Feature> features;

        Members(JsonLocation start) {
            line = start.getLineNr();
            column = start.getColumnNr();
        }
    }

    private final JsonParser parser;
    private final String source;
    private final OrdinateBuffer ordinates = new OrdinateBuffer();
    private final GeometryBuilder builder;
    private int featureIndex = -1;
    private String featureId;

    GeoJsonParse(JsonParser parser, String source, GeometryFactory factory) {
        this.parser = parser;
        this.source = source;
        this.builder = new GeometryBuilder(factory, ordinates, this::errorAt);
    }

    FeatureCollection read() throws GeoJsonException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) throw new GeoJsonException(source, -1, null, -1, -1, "the file is empty");
            if (first != JsonToken.START_OBJECT) {
                throw errorAtToken("the top level is " + describe(first) + ", not a JSON object; GeoJSON starts with "
                        + "{\"type\": \"FeatureCollection\", \"features\": [...]}");
            }
            List<Feature> features = topLevel(members(Level.TOP));
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw errorAtToken("unexpected content (" + describe(trailing)
                        + ") after the end of the top-level object");
            }
            return new FeatureCollection(source, features);
        } catch (GeoJsonException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw fromJackson(e);
        } catch (CharConversionException e) {
            throw error("not a JSON text file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw error("could not be read: " + e.getMessage(), e);
        }
    }

    /** A FeatureCollection as is; a bare Feature or geometry as a collection of one (feature 0). */
    private List<Feature> topLevel(Members top) throws GeoJsonException {
        if (top.type == null) {
            throw errorAt(top.line, top.column, "the top-level object has no \"type\" member; expected "
                    + "\"type\": \"FeatureCollection\"");
        }
        switch (top.type) {
            case "FeatureCollection":
                if (top.features == null) {
                    throw errorAt(top.line, top.column, "the FeatureCollection has no \"features\" array");
                }
                return top.features;
            case "Feature":
                return List.of(feature(top));
            default:
                if (!GeometryBuilder.TYPES.contains(top.type)) {
                    throw errorAt(top.line, top.column, "unknown GeoJSON type \"" + top.type + "\"; expected "
                            + "FeatureCollection, Feature or a geometry type");
                }
                return List.of(new Feature(0, null, Map.of(), geometry(top)));
        }
    }

    private Feature feature(Members members) throws GeoJsonException {
        if (members.type == null) {
            throw errorAt(members.line, members.column, "the feature has no \"type\" member (expected \"Feature\")");
        }
        if (!members.type.equals("Feature")) {
            throw errorAt(members.line, members.column, "\"type\" is \"" + members.type + "\" where a Feature "
                    + "was expected; \"features\" must hold {\"type\": \"Feature\", \"geometry\": ..., "
                    + "\"properties\": ...}");
        }
        Map<String, Object> properties = members.properties == null ? Map.of() : members.properties;
        return new Feature(featureIndex, members.id, properties, members.geometry);
    }

    private Geometry geometry(Members members) throws GeoJsonException {
        if (members.type == null) throw errorAt(members.line, members.column, "the geometry has no \"type\" member");
        return builder.build(members.type, members.coordinates, members.geometries, members.line, members.column);
    }

    /** Reads the object whose START_OBJECT is the current token, up to its END_OBJECT. */
    private Members members(Level level) throws IOException {
        Members members = new Members(parser.currentTokenLocation());
        while (next() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = next();
            if (!meaningful(level, members.type, name)) {
                parser.skipChildren();
                continue;
            }
            switch (name) {
                case "type":
                    members.type = type(value);
                    // a bare Feature is feature 0, so that errors in its geometry say so
                    if (level == Level.TOP && members.type.equals("Feature")) featureIndex = 0;
                    break;
                case "features":
                    members.features = features(value);
                    break;
                case "id":
                    members.id = featureId = id(value);
                    break;
                case "properties":
                    members.properties = properties(value);
                    break;
                case "geometry":
                    members.geometry = geometryMember(value);
                    break;
                case "coordinates":
                    members.coordinates = coordinatesMember(value);
                    break;
                case "geometries":
                    members.geometries = geometriesMember(value);
                    break;
                default:
                    throw new AssertionError(name);
            }
        }
        return members;
    }

    /** Whether a member means something where it is; the rest ("bbox", "crs", foreign members) are skipped. */
    private static boolean meaningful(Level level, String type, String name) {
        if (name.equals("type")) return true;
        boolean feature = name.equals("id") || name.equals("properties") || name.equals("geometry");
        boolean geometry = name.equals("coordinates") || name.equals("geometries");
        switch (level) {
            case FEATURE:
                return feature;
            case GEOMETRY:
                return geometry;
            default:
                // at the top the type may come last, so until it is known every member might matter
                if (type == null) return feature || geometry || name.equals("features");
                if (type.equals("FeatureCollection")) return name.equals("features");
                return type.equals("Feature") ? feature : geometry;
        }
    }

    private String type(JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) throw errorAtToken("\"type\" must be a string, found " + describe(value));
        return parser.getText();
    }

    private String id(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) return null;
        if (value == JsonToken.VALUE_STRING || value.isNumeric()) return parser.getText();
        throw errorAtToken("a feature \"id\" must be a string or a number, found " + describe(value));
    }

    private List<Feature> features(JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw errorAtToken("\"features\" must be an array, found " + describe(value));
        }
        List<Feature> features = new ArrayList<>();
        JsonToken token;
        while ((token = next()) != JsonToken.END_ARRAY) {
            featureIndex = features.size();
            featureId = null;
            if (token != JsonToken.START_OBJECT) {
                throw errorAtToken("a feature must be a JSON object, found " + describe(token));
            }
            features.add(feature(members(Level.FEATURE)));
            ordinates.clear();
        }
        featureIndex = -1;
        featureId = null;
        return features;
    }

    private Map<String, Object> properties(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) return Map.of();
        if (value != JsonToken.START_OBJECT) {
            throw errorAtToken("\"properties\" must be an object or null, found " + describe(value));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) jsonValue(value);
        return properties;
    }

    /** A property value as String, Long, Double, Boolean, List, Map or null. */
    private Object jsonValue(JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (next() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    map.put(key, jsonValue(next()));
                }
                return Collections.unmodifiableMap(map);
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken item;
                while ((item = next()) != JsonToken.END_ARRAY) list.add(jsonValue(item));
                return Collections.unmodifiableList(list);
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                // beyond a long, a double keeps the magnitude, which is what a map property can use
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw errorAtToken("unexpected " + describe(token));
        }
    }

    private Geometry geometryMember(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) return null;
        if (value != JsonToken.START_OBJECT) {
            throw errorAtToken("\"geometry\" must be an object or null, found " + describe(value));
        }
        return geometry(members(Level.GEOMETRY));
    }

    private List<Geometry> geometriesMember(JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw errorAtToken("\"geometries\" must be an array, found " + describe(value));
        }
        List<Geometry> geometries = new ArrayList<>();
        JsonToken token;
        while ((token = next()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw errorAtToken("\"geometries\" must hold geometry objects, found " + describe(token));
            }
            geometries.add(geometry(members(Level.GEOMETRY)));
        }
        return geometries;
    }

    private Coordinates coordinatesMember(JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw errorAtToken("\"coordinates\" must be an array, found " + describe(value));
        }
        return coordinateArray();
    }

    /** Reads the array whose START_ARRAY is the current token, whatever its depth. */
    private Coordinates coordinateArray() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        int line = start.getLineNr();
        int column = start.getColumnNr();
        JsonToken token = next();
        if (token == JsonToken.END_ARRAY) return new Nested(List.of(), line, column);
        if (token.isNumeric()) return new Position(position(), line, column);
        if (token != JsonToken.START_ARRAY) {
            throw errorAtToken("coordinates must be arrays of numbers, found " + describe(token));
        }
        Coordinates first = coordinateArray();
        if (first instanceof Position position) return positions(position.offset(), line, column);
        List<Coordinates> items = new ArrayList<>();
        items.add(first);
        while ((token = next()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_ARRAY) {
                throw errorAtToken("expected " + first.describe() + ", found " + describe(token));
            }
            Coordinates item = coordinateArray();
            if (item instanceof Position) {
                throw errorAt(item.line(), item.column(), "expected " + first.describe() + ", found a single position");
            }
            items.add(item);
        }
        return new Nested(items, line, column);
    }

    /**
     * Reads the rest of an array of positions after its first one. Positions are the bulk of any
     * file, so this loop makes no object per position.
     */
    private Positions positions(int start, int line, int column) throws IOException {
        int count = 1;
        JsonToken token;
        while ((token = next()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_ARRAY) {
                throw errorAtToken("expected a position [longitude, latitude], found " + describe(token));
            }
            JsonToken first = next();
            if (!first.isNumeric()) {
                throw errorAtToken(first == JsonToken.END_ARRAY ? "a position is empty; it needs longitude and latitude"
                        : "expected a position [longitude, latitude], found an array holding " + describe(first));
            }
            position();
            count++;
        }
        return new Positions(start, count, line, column);
    }

    /** Reads a position whose first number is the current token; returns its index in the buffer. */
    private int position() throws IOException {
        double x = parser.getDoubleValue();
        JsonToken token = next();
        if (!token.isNumeric()) {
            throw errorAtToken(token == JsonToken.END_ARRAY
                    ? "a position has only 1 number; it needs at least 2 (longitude, latitude)"
                    : "a position must hold only numbers, found " + describe(token));
        }
        double y = parser.getDoubleValue();
        if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) throw errorAtToken(outOfRange(x, y));
        while ((token = next()) != JsonToken.END_ARRAY) { // altitude and anything after it: not drawn
            if (!token.isNumeric()) throw errorAtToken("a position must hold only numbers, found " + describe(token));
        }
        return ordinates.add(x, y);
    }

    private static String outOfRange(double x, double y) {
        String message = String.format(Locale.ROOT, "position [%s, %s] is outside longitude -180..180 / latitude "
                + "-90..90. The file may be in a projected coordinate system (UTM, Web Mercator, Lambert...); RFC 7946 "
                + "GeoJSON must be WGS 84 longitude, latitude: reproject it, e.g. ogr2ogr -t_srs EPSG:4326", x, y);
        if (Math.abs(x) <= 90 && Math.abs(y) <= 180) {
            message += ". Or latitude and longitude are swapped: GeoJSON puts longitude first";
        }
        return message;
    }

    /** The next token; a null (end of input) inside a value means the file was cut short. */
    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) throw errorAt(parser.currentLocation(), "the file ends too early; it looks truncated");
        return token;
    }

    private GeoJsonException fromJackson(JsonProcessingException e) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String detail = Excerpt.inMessage(withoutSource(e.getOriginalMessage()));
        String reason;
        if (e instanceof StreamConstraintsException) {
            reason = limitExceeded(detail);
        } else if (e instanceof JsonEOFException) {
            reason = "the file ends too early; it looks truncated (" + detail + ")";
        } else {
            reason = "not valid JSON: " + detail;
        }
        return new GeoJsonException(source, featureIndex, featureId, where.getLineNr(), where.getColumnNr(), reason, e);
    }

    private static String limitExceeded(String detail) {
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "values are nested more than " + GeoJsonReader.MAX_NESTING_DEPTH + " levels deep (GeoJSON needs "
                    + "about 8); the file is malformed or not GeoJSON";
        }
        if (lower.contains("number value length") || lower.contains("number length")) {
            return "a number is longer than " + GeoJsonReader.MAX_NUMBER_LENGTH + " characters; the file is "
                    + "malformed or not GeoJSON";
        }
        if (lower.contains("string value length") || lower.contains("string length")) {
            return "a string is longer than " + String.format(Locale.ROOT, "%,d", GeoJsonReader.MAX_STRING_LENGTH)
                    + " characters; the file is malformed or not GeoJSON";
        }
        return "the file exceeds a reader safety limit: " + detail;
    }

    /** Jackson's text names its (redacted) source; this message already names the file. */
    private static String withoutSource(String message) {
        if (message == null) return "unreadable input";
        return message.replaceAll("\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)\\]",
                "line $1, column $2")
                // Jackson's hints name its own switches, which a user cannot flip; RFC 7946 is strict JSON anyway
                .replaceAll("\\s*\\(not recognized as one since Feature '\\w+' not enabled for parser\\)", "")
                .replaceAll(": enable `[\\w.]+` to allow", "")
                .replace("\n", " ");
    }

    private static String describe(JsonToken token) {
        if (token == null) return "the end of the file";
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return token.asString() == null ? token.name() : "'" + token.asString() + "'";
        }
    }

    private GeoJsonException errorAtToken(String reason) {
        return errorAt(parser.currentTokenLocation(), reason);
    }

    private GeoJsonException errorAt(JsonLocation where, String reason) {
        return errorAt(where.getLineNr(), where.getColumnNr(), reason);
    }

    private GeoJsonException errorAt(int line, int column, String reason) {
        return new GeoJsonException(source, featureIndex, featureId, line, column, reason);
    }

    private GeoJsonException error(String reason, Throwable cause) {
        return new GeoJsonException(source, featureIndex, featureId, -1, -1, reason, cause);
    }
}
