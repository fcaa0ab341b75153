package org.redmap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Distance bands from the border line: ring i is buffer(d_i) − buffer(d_{i−1}) of the projected
 * line, clipped to land. Places are put in a band by their exact distance to the line, not by the
 * buffer polygon, whose arcs are approximated by segments: a place 49.99 km away is in the first band
 * whatever the segment count, and a place never lands in two bands.
 */
public final class BorderBands {

    /** The default limits, km. */
    public static final List<Double> DEFAULT_DISTANCES_KM = List.of(50.0, 100.0, 200.0);
    /** Intersections smaller than this (1 ha) are boundary noise from generalized shapes, not land in a band. */
    static final double MIN_REGION_AREA_KM2 = 0.01;
    private static final int QUADRANT_SEGMENTS = 16;

    public BorderBandTable compute(AnalysisGeometry geo) {
        return compute(geo, DEFAULT_DISTANCES_KM);
    }

    /**
     * @param distancesKm band limits in any order; duplicates are merged. Each must be a positive, finite number.
     * @throws IllegalArgumentException on a bad limit, or when the geometry has no border line
     */
    public BorderBandTable compute(AnalysisGeometry geo, List<Double> distancesKm) {
        List<Double> limits = limits(distancesKm);
        Geometry border = geo.border();
        if (border.isEmpty()) throw new IllegalArgumentException("no border line is loaded, so there are no border bands");
        BufferParameters round = new BufferParameters(QUADRANT_SEGMENTS, BufferParameters.CAP_ROUND);

        int nVendors = geo.vendors().size();
        int bandCount = limits.size();
        int[][] places = new int[bandCount][nVendors];
        long[][] population = new long[bandCount][nVendors];
        IndexedFacetDistance toBorder = new IndexedFacetDistance(border);
        for (int i = 0; i < geo.places().size(); i++) {
            int r = geo.regionOfPlace(i);
            if (r < 0) continue;
            Point point = geo.placePoint(i);
            double km = toBorder.distance(point) / 1000;
            int band = bandOf(km, limits);
            if (band < 0) continue;
            int v = geo.vendors().indexOf(geo.regions().get(r).vendor());
            places[band][v]++;
            population[band][v] += geo.places().get(i).population();
        }

        List<BorderBand> bands = new ArrayList<>(bandCount);
        Geometry inner = null;
        for (int b = 0; b < bandCount; b++) {
            Geometry outer = BufferOp.bufferOp(border, limits.get(b) * 1000, round);
            Geometry ring = inner == null ? outer : OverlayNGRobust.overlay(outer, inner, OverlayNG.DIFFERENCE);
            Geometry band = OverlayNGRobust.overlay(ring, geo.land(), OverlayNG.INTERSECTION);
            List<BandRegion> regions = new ArrayList<>();
            OverlapMask mask = new OverlapMask(band);
            for (int r = 0; r < geo.regions().size(); r++) {
                double km2 = geo.areaKm2(mask.intersection(geo.projectedRegion(r)));
                if (km2 >= MIN_REGION_AREA_KM2) {
                    regions.add(new BandRegion(geo.regions().get(r).id(), geo.regions().get(r).name(),
                            geo.regions().get(r).vendor(), km2));
                }
            }
            List<VendorPopulation> byVendor = new ArrayList<>(nVendors);
            for (int v = 0; v < nVendors; v++) {
                byVendor.add(new VendorPopulation(geo.vendors().get(v), places[b][v], population[b][v]));
            }
            Geometry lonLat = geo.toLonLat(band);
            bands.add(new BorderBand(b, b == 0 ? 0 : limits.get(b - 1), limits.get(b), band, lonLat,
                    GeodesicArea.km2(lonLat), regions, byVendor));
            inner = outer;
        }
        return new BorderBandTable(limits, geo.vendors(), bands);
    }

    static List<Double> limits(List<Double> distancesKm) {
        if (distancesKm.isEmpty()) throw new IllegalArgumentException("give at least one band distance");
        TreeSet<Double> sorted = new TreeSet<>();
        for (Double d : distancesKm) {
            if (d == null || !(d > 0) || !Double.isFinite(d)) {
                throw new IllegalArgumentException("band distance " + d + " km is not a positive number");
            }
            sorted.add(d);
        }
        return List.copyOf(sorted);
    }

    /** Band i holds distances in [d_{i−1}, d_i); the first starts at 0. -1 beyond the last. */
    private static int bandOf(double km, List<Double> limits) {
        for (int i = 0; i < limits.size(); i++) if (km < limits.get(i)) return i;
        return -1;
    }
}
