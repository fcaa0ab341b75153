package org.redmap.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redmap.model.Region;

/**
 * Turns polygon features into {@link Region}s. Every feature must be a Polygon or MultiPolygon:
 * a region that silently disappears from a map is worse than a file that is refused.
 *
 * <p>The id is the feature "id", else the first non-blank of the properties in {@link #ID_PROPERTIES},
 * else {@code feature-<index>}; ids must be unique within a file. The name is the first non-blank of
 * {@link #NAME_PROPERTIES}, else the id. Invalid polygons are repaired with JTS's GeometryFixer.
 */
public final class RegionLoader {

    /** Id properties in the order tried: generic first, then INEGI (Mexico) and US Census codes. */
    public static final List<String> ID_PROPERTIES = List.of("id", "CVEGEO", "GEOID", "code");

    /** Name properties in the order tried: a short display name wins over an official long one. */
    public static final List<String> NAME_PROPERTIES =
            List.of("name_short", "name", "NOMGEO", "NAME", "NAME_1", "nombre");

    private final GeoJsonReader reader;

    public RegionLoader() {
        this(new GeoJsonReader());
    }

    public RegionLoader(GeoJsonReader reader) {
        this.reader = reader;
    }

    /** Reads a GeoJSON file and loads its regions. */
    public List<Region> read(Path file) throws GeoJsonException {
        return load(reader.read(file));
    }

    public List<Region> load(FeatureCollection collection) throws GeoJsonException {
        List<Region> regions = new ArrayList<>(collection.features().size());
        UniqueIds ids = new UniqueIds(collection, "region");
        for (Feature feature : collection.features()) {
            String id = id(feature);
            ids.claim(id, feature);
            String name = feature.firstText(NAME_PROPERTIES.toArray(String[]::new));
            regions.add(new Region(id, name == null ? id : name, feature.properties(),
                    Polygonal.of(collection, feature, "regions")));
        }
        return regions;
    }

    static String id(Feature feature) {
        if (feature.id() != null && !feature.id().isBlank()) return feature.id().trim();
        String id = feature.firstText(ID_PROPERTIES.toArray(String[]::new));
        return id != null ? id : "feature-" + feature.index();
    }
}
