package org.redmap.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/** A neighbouring country drawn for context only; it carries no vendor. */
public record ContextArea(String id, String name, Geometry geometry) {

    public ContextArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
    }
}
