package org.redmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An area on the map (a state, a municipality, a coverage cell) in WGS 84 longitude/latitude.
 * {@code properties} keeps every property of the source feature, so tagging rules can match on any
 * of them; values are JSON values (String, Number, Boolean, List, Map or null).
 */
public record Region(String id, String name, Map<String, Object> properties, Geometry geometry) {

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A property as text, or null when absent or null. */
    public String property(String key) {
        Object value = properties.get(key);
        return value == null ? null : value.toString();
    }
}
