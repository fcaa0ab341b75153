package org.redmap.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/** The line geometries of a file (such as an international border), one per feature, in file order. */
public final class LineLoader {

    private final GeoJsonReader reader;

    public LineLoader() {
        this(new GeoJsonReader());
    }

    public LineLoader(GeoJsonReader reader) {
        this.reader = reader;
    }

    public List<Geometry> read(Path file) throws GeoJsonException {
        return load(reader.read(file));
    }

    /** Every feature must be a non-empty LineString or MultiLineString. */
    public List<Geometry> load(FeatureCollection collection) throws GeoJsonException {
        List<Geometry> lines = new ArrayList<>(collection.features().size());
        for (Feature feature : collection.features()) {
            Geometry geometry = feature.geometry();
            if (!(geometry instanceof LineString || geometry instanceof MultiLineString)) {
                throw collection.error(feature, "geometry is " + Polygonal.article(feature.geometryType())
                        + "; lines must be LineString or MultiLineString");
            }
            if (geometry.isEmpty()) {
                throw collection.error(feature, "geometry is an empty " + geometry.getGeometryType());
            }
            lines.add(geometry);
        }
        return lines;
    }
}
