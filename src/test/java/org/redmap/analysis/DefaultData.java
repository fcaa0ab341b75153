package org.redmap.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.redmap.geo.MapProjection;
import org.redmap.io.AssignmentFileReader;
import org.redmap.io.LineLoader;
import org.redmap.io.PlaceLoader;
import org.redmap.io.RegionLoader;
import org.redmap.model.MapDocument;
import org.redmap.model.Place;
import org.redmap.model.Region;
import org.redmap.model.TaggedRegion;
import org.redmap.tagging.AssignmentBook;
import org.redmap.tagging.PlaceResolver;
import org.redmap.tagging.RegionTagger;

/**
 * The default data as the application assembles it (states tagged by the assignment file, cities
 * without Mexico City's boroughs, core sites resolved, the border), read from data/ with the
 * production loaders. Loaded once per test run: the land union takes a moment.
 */
final class DefaultData {

    static final Path DATA = Path.of("data");

    private DefaultData() {
    }

    static MapDocument document() {
        return Holder.DOCUMENT;
    }

    static AnalysisGeometry geometry() {
        return Holder.GEOMETRY;
    }

    private static final class Holder {
        static final MapDocument DOCUMENT = load();
        static final AnalysisGeometry GEOMETRY = AnalysisGeometry.of(DOCUMENT, MapProjection.mexico());
    }

    private static MapDocument load() {
        try {
            AssignmentBook book = new AssignmentFileReader().read(DATA.resolve("vendor-assignments.json"));
            List<Region> states = new RegionLoader().read(DATA.resolve("mexico-states.geojson"));
            List<Place> cities = new PlaceLoader(true).read(DATA.resolve("mexico-cities.geojson"));
            List<Geometry> borders = new LineLoader().read(DATA.resolve("us-mexico-border.geojson"));
            List<TaggedRegion> tagged = new RegionTagger(book).tag(states);
            return new MapDocument("test", "mexico-states.geojson", tagged, List.of(), borders, cities,
                    new PlaceResolver(cities, states).resolve(book.placeRules()), book.elements(), book.conflicts(),
                    book.vendors(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
