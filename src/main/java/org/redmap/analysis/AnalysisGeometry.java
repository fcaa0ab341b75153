package org.redmap.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedLayer;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.MapDocument;
import org.redmap.model.NotablePlace;
import org.redmap.model.Place;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;

/**
 * The inputs every analysis shares, prepared once: regions, places and the border projected to the
 * metric map projection (so JTS buffers and distances are in metres), the land mask (the union of
 * the regions), and which region each place belongs to. Coverage, border bands and risk all start
 * from one instance, so a document is projected and unioned once, not once per analysis.
 *
 * <p>Immutable and safe to share between threads; building one costs most of a second on the
 * default data (the land union), so build it off the UI thread.
 *
 * <p>A place belongs to the region whose id equals its {@link Place#regionId()} (the state code in
 * the default cities file); when no region has that id (municipalities, a grid), to the region
 * containing its position. Places in no region are kept aside in {@link #unplacedPlaces()} so that
 * reports can say they were left out.
 */
public final class AnalysisGeometry {

    private final MapProjection projection;
    private final GeometryFactory factory;
    private final List<TaggedRegion> regions;
    private final List<Geometry> projectedRegions;
    private final double[] regionAreasKm2;
    private final Map<String, Integer> regionIndex;
    private final Geometry land;
    private final double landAreaKm2;
    private final List<Place> places;
    private final List<Point> placePoints;
    private final int[] placeRegion;
    private final Geometry border;
    private final List<NotablePlace> sites;
    private final List<Vendor> vendors;

    private AnalysisGeometry(MapProjection projection, List<TaggedRegion> regions, List<Geometry> projectedRegions,
                             List<Place> places, List<Point> placePoints, Geometry border, List<NotablePlace> sites,
                             List<Vendor> declaredVendors, GeometryFactory factory) {
        this.projection = projection;
        this.factory = factory;
        this.regions = List.copyOf(regions);
        this.projectedRegions = List.copyOf(projectedRegions);
        this.places = List.copyOf(places);
        this.placePoints = List.copyOf(placePoints);
        this.border = border;
        this.sites = List.copyOf(sites);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < regions.size(); i++) index.putIfAbsent(regions.get(i).id(), i);
        this.regionIndex = Collections.unmodifiableMap(index);
        this.regionAreasKm2 = regions.stream().mapToDouble(r -> GeodesicArea.km2(r.region().geometry())).toArray();
        this.land = projectedRegions.isEmpty() ? factory.createPolygon() : UnaryUnionOp.union(projectedRegions);
        this.landAreaKm2 = land.isEmpty() ? 0 : GeodesicArea.km2(projection.unproject(land));
        this.placeRegion = resolvePlaces();
        this.vendors = vendorsInOrder(declaredVendors);
    }

    /** Projects everything itself. */
    public static AnalysisGeometry of(MapDocument document, MapProjection projection) {
        return of(document.regions(), document.cities(), document.sites(), document.borders(), document.vendors(),
                projection);
    }

    /** Reuses the projection the renderer already did. */
    public static AnalysisGeometry of(ProjectedMap map) {
        MapDocument document = map.document();
        List<Geometry> regions = map.regions().items().stream().map(ProjectedLayer.Item::geometry).toList();
        GeometryFactory factory = new GeometryFactory();
        List<Point> points = map.cityPositions().stream().map(factory::createPoint).toList();
        return new AnalysisGeometry(map.projection(), document.regions(), regions, document.cities(), points,
                borderUnion(map.borders(), factory), document.sites(), document.vendors(), factory);
    }

    /**
     * @param bordersLonLat the international border lines (WGS 84); may be empty, then distances to the
     *                      border are unknown and border bands cannot be computed
     * @param vendors       the vendors in legend order (the assignment file's); others found on regions follow
     */
    public static AnalysisGeometry of(List<TaggedRegion> regions, List<Place> places, List<NotablePlace> sites,
                                      List<Geometry> bordersLonLat, List<Vendor> vendors, MapProjection projection) {
        GeometryFactory factory = new GeometryFactory();
        List<Geometry> projected = regions.stream().map(r -> projection.project(r.region().geometry())).toList();
        List<Point> points = places.stream().map(p -> factory.createPoint(projection.project(p.lon(), p.lat()))).toList();
        List<Geometry> borders = bordersLonLat.stream().map(projection::project).toList();
        return new AnalysisGeometry(projection, regions, projected, places, points, borderUnion(borders, factory),
                sites, vendors, factory);
    }

    private static Geometry borderUnion(List<Geometry> lines, GeometryFactory factory) {
        List<LineString> parts = new ArrayList<>();
        for (Geometry g : lines) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString line && !line.isEmpty()) {
                    parts.add(factory.createLineString(line.getCoordinateSequence()));
                }
            }
        }
        return factory.createMultiLineString(parts.toArray(LineString[]::new));
    }

    private int[] resolvePlaces() {
        STRtree index = new STRtree();
        for (int i = 0; i < regions.size(); i++) {
            index.insert(regions.get(i).region().geometry().getEnvelopeInternal(), i);
        }
        int[] resolved = new int[places.size()];
        for (int p = 0; p < places.size(); p++) {
            Place place = places.get(p);
            Integer byId = place.regionId() == null ? null : regionIndex.get(place.regionId());
            resolved[p] = byId != null ? byId : containing(index, place);
        }
        return resolved;
    }

    private int containing(STRtree index, Place place) {
        Coordinate c = new Coordinate(place.lon(), place.lat());
        Point point = regions.isEmpty() ? null : regions.get(0).region().geometry().getFactory().createPoint(c);
        @SuppressWarnings("unchecked")
        List<Integer> candidates = index.query(new Envelope(c));
        return candidates.stream().sorted().filter(i -> regions.get(i).region().geometry().covers(point))
                .findFirst().orElse(-1);
    }

    private List<Vendor> vendorsInOrder(List<Vendor> declared) {
        Set<Vendor> order = new LinkedHashSet<>();
        for (Vendor v : declared) if (v.isAssigned()) order.add(v);
        boolean unassigned = false;
        for (TaggedRegion r : regions) {
            if (r.vendor().isAssigned()) order.add(r.vendor());
            else unassigned = true;
        }
        if (unassigned) order.add(Vendor.UNASSIGNED);
        return List.copyOf(order);
    }

    public MapProjection projection() {
        return projection;
    }

    /** The factory for new projected geometry (no SRID: projected metres). */
    public GeometryFactory factory() {
        return factory;
    }

    public List<TaggedRegion> regions() {
        return regions;
    }

    /** The region's geometry in projected metres, index for index with {@link #regions()}. */
    public Geometry projectedRegion(int i) {
        return projectedRegions.get(i);
    }

    /** Ellipsoidal area of region {@code i}, km². */
    public double regionAreaKm2(int i) {
        return regionAreasKm2[i];
    }

    public OptionalInt regionIndex(String regionId) {
        Integer i = regionIndex.get(regionId);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The union of all regions, projected: what counts as land when clipping footprints and bands. */
    public Geometry land() {
        return land;
    }

    /** Ellipsoidal area of {@link #land()}, km². */
    public double landAreaKm2() {
        return landAreaKm2;
    }

    public List<Place> places() {
        return places;
    }

    /** The place's projected position, index for index with {@link #places()}. */
    public Point placePoint(int i) {
        return placePoints.get(i);
    }

    /** Index in {@link #regions()} of the region place {@code i} belongs to, or -1 when it lies in none. */
    public int regionOfPlace(int i) {
        return placeRegion[i];
    }

    /** Places that belong to no region (not in any polygon and no matching region id). */
    public List<Place> unplacedPlaces() {
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) if (placeRegion[i] < 0) out.add(places.get(i));
        return out;
    }

    /** The border lines, projected, as one MultiLineString; empty when no border was loaded. */
    public Geometry border() {
        return border;
    }

    public List<NotablePlace> sites() {
        return sites;
    }

    /** Vendors in legend order, {@link Vendor#UNASSIGNED} last when some region has no vendor. */
    public List<Vendor> vendors() {
        return vendors;
    }

    /** A projected geometry back in WGS 84 longitude/latitude. */
    public Geometry toLonLat(Geometry projected) {
        return projection.unproject(projected);
    }

    /** Ellipsoidal area of a projected geometry, km² (see {@link GeodesicArea} for why not the planar area). */
    public double areaKm2(Geometry projected) {
        return projected.isEmpty() ? 0 : GeodesicArea.km2(toLonLat(projected));
    }
}
