package org.redmap.geo;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.redmap.model.ContextArea;
import org.redmap.model.MapDocument;
import org.redmap.model.NotablePlace;
import org.redmap.model.Place;
import org.redmap.model.TaggedRegion;

/**
 * A map document with all its geometry projected, indexed and ready to draw. Projecting is the
 * expensive step, so it happens once per loaded file; vendor changes reuse the projected shapes.
 */
public final class ProjectedMap {

    private final MapDocument document;
    private final MapProjection projection;
    private final ProjectedLayer<TaggedRegion> regions;
    private final ProjectedLayer<ContextArea> context;
    private final List<Geometry> borders;
    private final List<Coordinate> cities;
    private final List<Coordinate> sites;

    private ProjectedMap(MapDocument document, MapProjection projection, ProjectedLayer<TaggedRegion> regions,
                         ProjectedLayer<ContextArea> context, List<Geometry> borders, List<Coordinate> cities,
                         List<Coordinate> sites) {
        this.document = document;
        this.projection = projection;
        this.regions = regions;
        this.context = context;
        this.borders = borders;
        this.cities = cities;
        this.sites = sites;
    }

    public static ProjectedMap of(MapDocument document, MapProjection projection) {
        return new ProjectedMap(document, projection,
                ProjectedLayer.project(document.regions(), r -> r.region().geometry(), projection),
                ProjectedLayer.project(document.context(), ContextArea::geometry, projection),
                document.borders().stream().map(projection::project).toList(),
                document.cities().stream().map(c -> projection.project(c.lon(), c.lat())).toList(),
                document.sites().stream().map(s -> projection.project(s.lon(), s.lat())).toList());
    }

    /**
     * This map showing a changed document. Geometry is reused when the regions are the same shapes
     * in the same order (an override, a new title); anything else is projected anew.
     */
    public ProjectedMap with(MapDocument changed) {
        if (!sameShapes(document.regions(), changed.regions())
                || document.context() != changed.context() && !document.context().equals(changed.context())
                || !document.borders().equals(changed.borders())
                || !document.cities().equals(changed.cities())
                || !document.sites().equals(changed.sites())) {
            return of(changed, projection);
        }
        // Unchanged regions (an annotation edit, many per second while dragging) keep their index too.
        ProjectedLayer<TaggedRegion> sameRegions =
                changed.regions() == document.regions() ? regions : regions.withValues(changed.regions());
        return new ProjectedMap(changed, projection, sameRegions, context, borders, cities, sites);
    }

    private static boolean sameShapes(List<TaggedRegion> a, List<TaggedRegion> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).region().geometry() != b.get(i).region().geometry()) return false;
        }
        return true;
    }

    public MapDocument document() {
        return document;
    }

    public MapProjection projection() {
        return projection;
    }

    public ProjectedLayer<TaggedRegion> regions() {
        return regions;
    }

    /**
     * The projected region with this id, if the map has it. A scan, not an index: it serves a few
     * highlights per frame, and a scan of even 100,000 cells costs well under a millisecond.
     */
    public Optional<ProjectedLayer.Item<TaggedRegion>> region(String id) {
        for (ProjectedLayer.Item<TaggedRegion> item : regions.items()) {
            if (item.value().id().equals(id)) return Optional.of(item);
        }
        return Optional.empty();
    }

    public ProjectedLayer<ContextArea> context() {
        return context;
    }

    public List<Geometry> borders() {
        return borders;
    }

    /** Projected positions of {@code document().cities()}, index for index. */
    public List<Coordinate> cityPositions() {
        return cities;
    }

    /** Projected positions of {@code document().sites()}, index for index. */
    public List<Coordinate> sitePositions() {
        return sites;
    }

    public Place city(int i) {
        return document.cities().get(i);
    }

    public NotablePlace site(int i) {
        return document.sites().get(i);
    }

    /** What "zoom to fit" shows: the regions, or the context if there are none. */
    public Envelope homeExtent() {
        Envelope e = regions.extent();
        return e.isNull() ? context.extent() : e;
    }
}
