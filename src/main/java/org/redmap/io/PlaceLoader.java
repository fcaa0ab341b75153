package org.redmap.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.redmap.model.Place;

/**
 * Turns point features into {@link Place}s: id from the feature id, else "geonames_id", else
 * {@code feature-<index>}; name from "name" (required); population from "population" (a number,
 * 0 when absent or null); region from "state_id"; capital when "capital" is present and not null
 * (the data uses "national" and "state").
 *
 * <p>Every feature must be a Point. The only features left out on purpose are Mexico City's boroughs
 * (property {@code "cdmx_alcaldia": true}) when {@code excludeBoroughs} is set, which it is by
 * default, so that the capital shows as one dot rather than a cluster of fourteen.
 */
public final class PlaceLoader {

    private final GeoJsonReader reader;
    private final boolean excludeBoroughs;

    /** Excludes Mexico City's boroughs, as the default map wants. */
    public PlaceLoader() {
        this(new GeoJsonReader(), true);
    }

    public PlaceLoader(boolean excludeBoroughs) {
        this(new GeoJsonReader(), excludeBoroughs);
    }

    public PlaceLoader(GeoJsonReader reader, boolean excludeBoroughs) {
        this.reader = reader;
        this.excludeBoroughs = excludeBoroughs;
    }

    /** True for a Mexico City borough (alcaldía), which the data lists as a place of its own. */
    public static boolean isBorough(Feature feature) {
        return Boolean.TRUE.equals(feature.properties().get("cdmx_alcaldia"));
    }

    public List<Place> read(Path file) throws GeoJsonException {
        return load(reader.read(file));
    }

    public List<Place> load(FeatureCollection collection) throws GeoJsonException {
        List<Place> places = new ArrayList<>(collection.features().size());
        UniqueIds ids = new UniqueIds(collection, "place");
        for (Feature feature : collection.features()) {
            Place place = place(collection, feature);
            ids.claim(place.id(), feature);
            if (!(excludeBoroughs && isBorough(feature))) places.add(place);
        }
        return places;
    }

    private static Place place(FeatureCollection collection, Feature feature) throws GeoJsonException {
        if (!(feature.geometry() instanceof Point point)) {
            throw collection.error(feature, "geometry is " + Polygonal.article(feature.geometryType())
                    + "; places must be Point");
        }
        if (point.isEmpty()) throw collection.error(feature, "geometry is an empty Point");
        String name = feature.text("name");
        if (name == null) throw collection.error(feature, "a place needs a \"name\" property");
        return new Place(id(feature), name, point.getX(), point.getY(), population(collection, feature),
                feature.text("state_id"), feature.properties().get("capital") != null);
    }

    private static String id(Feature feature) {
        if (feature.id() != null && !feature.id().isBlank()) return feature.id().trim();
        String geonames = feature.text("geonames_id");
        return geonames != null ? geonames : "feature-" + feature.index();
    }

    private static long population(FeatureCollection collection, Feature feature) throws GeoJsonException {
        Object value = feature.properties().get("population");
        if (value == null) return 0;
        if (!(value instanceof Number number)) {
            throw collection.error(feature, "\"population\" must be a number, found \"" + value + "\"");
        }
        long population = number instanceof Long whole ? whole : Math.round(number.doubleValue());
        if (population < 0) throw collection.error(feature, "\"population\" is negative: " + value);
        return population;
    }
}
