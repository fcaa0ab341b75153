package org.redmap.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.redmap.model.annotation.Annotation;

/**
 * Everything one map shows, as immutable data: the single source of truth that the window and
 * the command line both hand to the renderer. Changes make a new document.
 *
 * @param regionsSource where the regions came from (a file name), shown in the attribution
 * @param borders       lines drawn as the international border (WGS 84)
 * @param vendors       the vendors the assignment file declares, in legend order
 * @param attributions  data credits to print on the map
 * @param annotations   what the analyst drew on the map, bottom to top
 */
public record MapDocument(String title, String regionsSource, List<TaggedRegion> regions, List<ContextArea> context,
                          List<Geometry> borders, List<Place> cities, List<NotablePlace> sites,
                          List<NetworkElement> elements, List<Conflict> conflicts, List<Vendor> vendors,
                          List<String> attributions, List<Annotation> annotations) {

    public MapDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(regionsSource, "regionsSource");
        regions = List.copyOf(regions);
        context = List.copyOf(context);
        borders = List.copyOf(borders);
        cities = List.copyOf(cities);
        sites = List.copyOf(sites);
        elements = List.copyOf(elements);
        conflicts = List.copyOf(conflicts);
        vendors = List.copyOf(vendors);
        attributions = List.copyOf(attributions);
        annotations = List.copyOf(annotations);
        requireUniqueIds(annotations);
    }

    /** A map with nothing drawn on it yet. */
    public MapDocument(String title, String regionsSource, List<TaggedRegion> regions, List<ContextArea> context,
                       List<Geometry> borders, List<Place> cities, List<NotablePlace> sites,
                       List<NetworkElement> elements, List<Conflict> conflicts, List<Vendor> vendors,
                       List<String> attributions) {
        this(title, regionsSource, regions, context, borders, cities, sites, elements, conflicts, vendors, attributions,
                List.of());
    }

    // Selection, undo and hit-testing find annotations by id, so two with one id would be confused.
    private static void requireUniqueIds(List<Annotation> annotations) {
        Set<String> seen = new HashSet<>();
        for (Annotation a : annotations) {
            if (!seen.add(a.id())) throw new IllegalArgumentException("two annotations have the id '" + a.id() + "'");
        }
    }

    public TaggedRegion region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no region '" + id + "'"));
    }

    /** The same map with one region's vendor set by the analyst. */
    public MapDocument withOverride(String regionId, Vendor vendor, String note) {
        List<TaggedRegion> changed = new ArrayList<>(regions.size());
        boolean found = false;
        for (TaggedRegion r : regions) {
            if (r.id().equals(regionId)) {
                changed.add(r.withAssignment(Assignment.analyst(vendor, note), "analyst override"));
                found = true;
            } else {
                changed.add(r);
            }
        }
        if (!found) throw new IllegalArgumentException("no region '" + regionId + "'");
        return withRegions(regionsSource, changed);
    }

    public MapDocument withRegions(String source, List<TaggedRegion> newRegions) {
        return new MapDocument(title, source, newRegions, context, borders, cities, sites, elements, conflicts,
                vendors, attributions, annotations);
    }

    public MapDocument withTitle(String newTitle) {
        return new MapDocument(newTitle, regionsSource, regions, context, borders, cities, sites, elements,
                conflicts, vendors, attributions, annotations);
    }

    /** The same map with other annotations; the geometry is shared, so this is cheap. */
    public MapDocument withAnnotations(List<Annotation> newAnnotations) {
        return new MapDocument(title, regionsSource, regions, context, borders, cities, sites, elements,
                conflicts, vendors, attributions, newAnnotations);
    }
}
