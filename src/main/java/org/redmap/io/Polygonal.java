package org.redmap.io;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/** The area geometry that regions and context areas share: polygonal, non-empty, valid. */
final class Polygonal {

    private Polygonal() {
    }

    /**
     * The feature's geometry, repaired when invalid: boundary files often have small self-intersections,
     * which would break area and containment tests later but are no reason to refuse the file.
     *
     * @param what the plural noun for messages, such as "regions"
     */
    static Geometry of(FeatureCollection collection, Feature feature, String what) throws GeoJsonException {
        Geometry geometry = feature.geometry();
        if (!isPolygonal(geometry)) {
            throw collection.error(feature, "geometry is " + article(feature.geometryType()) + "; " + what
                    + " must be Polygon or MultiPolygon");
        }
        if (geometry.isEmpty()) {
            throw collection.error(feature, "geometry is an empty " + geometry.getGeometryType() + "; " + what
                    + " need an area");
        }
        if (geometry.isValid()) return geometry;
        Geometry fixed = GeometryFixer.fix(geometry);
        if (!isPolygonal(fixed) || fixed.isEmpty()) {
            throw collection.error(feature, "geometry is an invalid " + geometry.getGeometryType()
                    + " that has no area left once repaired");
        }
        return fixed;
    }

    private static boolean isPolygonal(Geometry geometry) {
        return geometry instanceof Polygon || geometry instanceof MultiPolygon;
    }

    static String article(String type) {
        if (type.startsWith("null")) return type;
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
