package org.redmap.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.redmap.io.AssignmentFileReader;
import org.redmap.io.ContextLoader;
import org.redmap.io.GeoJsonReader;
import org.redmap.io.LineLoader;
import org.redmap.io.PlaceLoader;
import org.redmap.io.RegionLoader;
import org.redmap.model.ContextArea;
import org.redmap.model.MapDocument;
import org.redmap.model.NotablePlace;
import org.redmap.model.Place;
import org.redmap.model.Region;
import org.redmap.model.TaggedRegion;
import org.redmap.tagging.AssignmentBook;
import org.redmap.tagging.PlaceResolver;
import org.redmap.tagging.RegionTagger;

/**
 * Assembles map documents from the bundled data: the default map, and any other regions file
 * tagged with the same rules. The bundled files are read once; opening another regions file
 * reads only that file.
 */
public final class MapLoader {

    public static final String DEFAULT_TITLE = "Red Compartida: who built Mexico's shared 4G/5G network";
    static final String DATA = "/org/redmap/data/";
    static final List<String> ATTRIBUTIONS = List.of(
            "Boundaries: Made with Natural Earth (naturalearthdata.com)",
            "Places: GeoNames (geonames.org), CC BY 4.0, filtered and edited",
            "Vendors: redmap vendor-assignments.json, cited public reporting");

    private final AssignmentBook book;
    private final RegionTagger tagger;
    private final MapDocument defaults;

    private MapLoader(AssignmentBook book, RegionTagger tagger, MapDocument defaults) {
        this.book = book;
        this.tagger = tagger;
        this.defaults = defaults;
    }

    /** Reads the data that ships with redmap. A failure here means a broken build, and says which file. */
    public static MapLoader bundled() throws IOException {
        GeoJsonReader reader = new GeoJsonReader();
        AssignmentBook book;
        try (InputStream in = resource("vendor-assignments.json")) {
            book = new AssignmentFileReader().read(in.readAllBytes(), "vendor-assignments.json");
        }
        List<Region> states = new RegionLoader(reader).load(reader.read(resource("mexico-states.geojson"), "mexico-states.geojson"));
        List<Place> cities = new PlaceLoader(reader, true).load(reader.read(resource("mexico-cities.geojson"), "mexico-cities.geojson"));
        List<Geometry> borders = new LineLoader(reader).load(reader.read(resource("us-mexico-border.geojson"), "us-mexico-border.geojson"));
        List<ContextArea> context = new ContextLoader(reader).load(reader.read(resource("context-countries.geojson"), "context-countries.geojson"));

        List<TaggedRegion> taggedStates = new RegionTagger(book).tag(states);
        List<NotablePlace> sites = new PlaceResolver(cities, states).resolve(book.placeRules());
        MapDocument defaults = new MapDocument(DEFAULT_TITLE, "mexico-states.geojson", taggedStates, context, borders,
                cities, sites, book.elements(), book.conflicts(), book.vendors(), ATTRIBUTIONS);
        // Other files fall back to "which state is it in?", answered by the tagged default states.
        return new MapLoader(book, new RegionTagger(book, taggedStates), defaults);
    }

    public MapDocument defaultDocument() {
        return defaults;
    }

    public AssignmentBook assignments() {
        return book;
    }

    /**
     * The default map with its regions replaced by those of {@code file}, tagged with the same
     * rules. Throws with the file, feature and position on bad input; nothing is changed then.
     */
    public MapDocument openRegions(Path file) throws IOException {
        List<Region> regions = new RegionLoader().read(file);
        return defaults.withRegions(file.getFileName().toString(), tagger.tag(regions));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MapLoader.class.getResourceAsStream(DATA + name);
        if (in == null) throw new IOException("bundled data file " + name + " is missing from the application");
        return in;
    }
}
