package org.redmap.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature as read, before it becomes a model object.
 *
 * @param index      0-based position in the file's "features" array
 * @param id         the "id" member as text (a number keeps its written form), or null
 * @param properties JSON values as String, Long, Double, Boolean, List, Map or null, in file order
 * @param geometry   WGS 84 longitude/latitude, SRID 4326; null when the feature's geometry is null
 */
public record Feature(int index, String id, Map<String, Object> properties, Geometry geometry) {

    public Feature {
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A property as trimmed text when it is a non-blank string or a number, else null. */
    public String text(String key) {
        Object value = properties.get(key);
        if (!(value instanceof String) && !(value instanceof Number)) return null;
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    /** The first of {@code keys} that has non-blank text, else null. */
    public String firstText(String... keys) {
        for (String key : keys) {
            String text = text(key);
            if (text != null) return text;
        }
        return null;
    }

    /** The geometry type for messages: "Polygon", or "null geometry" when there is none. */
    public String geometryType() {
        return geometry == null ? "null geometry" : geometry.getGeometryType();
    }
}
