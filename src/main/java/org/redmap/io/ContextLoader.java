package org.redmap.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redmap.model.ContextArea;

/**
 * Turns neighbouring-country features into {@link ContextArea}s: id from the "iso_a3" property (Natural
 * Earth's "-99", meaning "no code", is ignored), else the feature id, else {@code feature-<index>};
 * name from "name", else the id. Geometries must be Polygon or MultiPolygon and are repaired if invalid.
 */
public final class ContextLoader {

    private final GeoJsonReader reader;

    public ContextLoader() {
        this(new GeoJsonReader());
    }

    public ContextLoader(GeoJsonReader reader) {
        this.reader = reader;
    }

    public List<ContextArea> read(Path file) throws GeoJsonException {
        return load(reader.read(file));
    }

    public List<ContextArea> load(FeatureCollection collection) throws GeoJsonException {
        List<ContextArea> areas = new ArrayList<>(collection.features().size());
        UniqueIds ids = new UniqueIds(collection, "context area");
        for (Feature feature : collection.features()) {
            String id = id(feature);
            ids.claim(id, feature);
            String name = feature.text("name");
            areas.add(new ContextArea(id, name == null ? id : name,
                    Polygonal.of(collection, feature, "context areas")));
        }
        return areas;
    }

    private static String id(Feature feature) {
        String iso = feature.text("iso_a3");
        if (iso != null && !iso.equals("-99")) return iso;
        if (feature.id() != null && !feature.id().isBlank()) return feature.id().trim();
        return "feature-" + feature.index();
    }
}
