package org.redmap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.redmap.model.Place;
import org.redmap.model.TaggedRegion;

/**
 * Computes the modelled coverage as geometry: a disc of the class radius around every place big
 * enough for a site, in the metric projection; the discs unioned; the union clipped to land.
 *
 * <p>Two choices, both about the generalized boundaries: a place counts as covered when it lies in
 * the union BEFORE clipping, because a coastal city's point may sit just offshore of the simplified
 * coastline and its own site obviously covers it; areas are measured AFTER clipping (sea is not
 * coverage of anyone). Pure: same inputs, same result; stateless, so one instance serves all threads.
 */
public final class CoverageModeller {

    public ModelledCoverage compute(AnalysisGeometry geo, CoverageModel model) {
        List<Optional<SiteClass>> siteOf = new ArrayList<>();
        List<Geometry> discs = new ArrayList<>();
        for (int i = 0; i < geo.places().size(); i++) {
            Optional<SiteClass> site = model.classFor(geo.places().get(i).population());
            siteOf.add(site);
            if (site.isPresent()) {
                discs.add(geo.placePoint(i).buffer(site.get().siteRadiusKm() * 1000, model.quadrantSegments()));
            }
        }
        Geometry sites = discs.isEmpty() ? geo.factory().createPolygon() : UnaryUnionOp.union(discs);
        Geometry footprint = OverlayNGRobust.overlay(sites, geo.land(), OverlayNG.INTERSECTION);

        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(sites);
        int n = geo.regions().size();
        int[] listed = new int[n];
        int[] covered = new int[n];
        long[] listedPop = new long[n];
        long[] coveredPop = new long[n];
        List<PlaceCoverage> places = new ArrayList<>();
        int siteCount = 0;
        for (int i = 0; i < geo.places().size(); i++) {
            Place place = geo.places().get(i);
            boolean in = !sites.isEmpty()
                    && inside.locate(geo.placePoint(i).getCoordinate()) != Location.EXTERIOR;
            int r = geo.regionOfPlace(i);
            if (siteOf.get(i).isPresent() && r >= 0) siteCount++;
            places.add(new PlaceCoverage(place, r < 0 ? null : geo.regions().get(r).id(), siteOf.get(i), in));
            if (r < 0) continue; // outside every region: listed in places, counted nowhere
            listed[r]++;
            listedPop[r] += place.population();
            if (in) {
                covered[r]++;
                coveredPop[r] += place.population();
            }
        }

        List<RegionCoverage> regions = new ArrayList<>(n);
        OverlapMask mask = new OverlapMask(sites);
        for (int r = 0; r < n; r++) {
            TaggedRegion region = geo.regions().get(r);
            Geometry shape = geo.projectedRegion(r);
            // The region is inside the land, so region ∩ sites = region ∩ footprint, without the clipped detour.
            double coveredArea = geo.areaKm2(mask.intersection(shape));
            double area = geo.regionAreaKm2(r);
            regions.add(new RegionCoverage(region.id(), region.name(), region.vendor(), listed[r], covered[r],
                    listedPop[r], coveredPop[r], area, Math.min(area, coveredArea)));
        }
        Geometry footprintLonLat = geo.toLonLat(footprint);
        // National areas from the unions, not sums over regions, so overlapping regions are not counted twice.
        double land = geo.landAreaKm2();
        CoverageTotals national = new CoverageTotals(sum(listed), sum(covered), siteCount, sum(listedPop),
                sum(coveredPop), land, Math.min(land, GeodesicArea.km2(footprintLonLat)));
        return new ModelledCoverage(model, footprint, footprintLonLat, regions, places, national);
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) s += v;
        return s;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) s += v;
        return s;
    }
}
