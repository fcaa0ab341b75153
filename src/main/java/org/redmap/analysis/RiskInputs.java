package org.redmap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.redmap.model.NotablePlace;
import org.redmap.model.SiteKind;
import org.redmap.model.TaggedRegion;

/**
 * The measured inputs of the risk model, one {@link RegionMeasures} per region in region order.
 * Computing them is the only geometric (slow) step; {@link RiskModel#score} then only does
 * arithmetic, so a weight slider can rescore on every change.
 */
public record RiskInputs(List<RegionMeasures> regions) {

    public RiskInputs {
        regions = List.copyOf(regions);
    }

    /**
     * Measures every region: its distance to the border in the metric projection (JTS, metres → km),
     * the core data centres inside it (point in polygon on longitude/latitude), and its listed population.
     */
    public static RiskInputs measure(AnalysisGeometry geo) {
        Geometry border = geo.border();
        // Distance from a polygon to the indexed border: the polygon's vertices and edges against the border's
        // segments. A region crossed by the border has facets that meet it: distance 0, as it should be.
        IndexedFacetDistance toBorder = border.isEmpty() ? null : new IndexedFacetDistance(border);
        int n = geo.regions().size();
        long[] population = new long[n];
        for (int i = 0; i < geo.places().size(); i++) {
            int r = geo.regionOfPlace(i);
            if (r >= 0) population[r] += geo.places().get(i).population();
        }
        List<RegionMeasures> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            TaggedRegion region = geo.regions().get(r);
            OptionalDouble km = toBorder == null ? OptionalDouble.empty()
                    : OptionalDouble.of(distance(toBorder, border, geo.projectedRegion(r)) / 1000);
            out.add(new RegionMeasures(region.id(), region.name(), region.vendor(), region.assignment(), km,
                    coreSites(geo, r), population[r], OptionalLong.empty(), ""));
        }
        return new RiskInputs(out);
    }

    private static double distance(IndexedFacetDistance index, Geometry border, Geometry region) {
        // Facet distance ignores interiors; a border lying wholly inside a region (not crossing its boundary)
        // would read as far away, so containment is checked on one border point.
        if (region.getEnvelopeInternal().intersects(border.getEnvelopeInternal())
                && region.intersects(border.getFactory().createPoint(border.getCoordinate()))) {
            return 0;
        }
        return index.distance(region);
    }

    private static List<String> coreSites(AnalysisGeometry geo, int r) {
        List<String> names = new ArrayList<>();
        Geometry shape = geo.regions().get(r).region().geometry();
        for (NotablePlace site : geo.sites()) {
            if (site.kind() != SiteKind.CORE_SITE) continue;
            Point p = shape.getFactory().createPoint(new Coordinate(site.lon(), site.lat()));
            if (shape.covers(p)) names.add(site.name() + (site.approximate() ? " (position approximate)" : ""));
        }
        return names;
    }

    /**
     * The same inputs with covered population taken from a coverage layer: covered share × listed
     * population. Regions the layer has no value for keep no covered population.
     */
    public RiskInputs withCoverage(RegionValues coverage) {
        List<RegionMeasures> out = new ArrayList<>(regions.size());
        String label = coverage.title();
        for (RegionMeasures m : regions) {
            OptionalDouble share = coverage.value(m.regionId());
            out.add(m.withCovered(share.isPresent()
                    ? OptionalLong.of(Math.round(share.getAsDouble() * m.listedPopulation())) : OptionalLong.empty(), label));
        }
        return new RiskInputs(out);
    }

    public RegionMeasures region(String regionId) {
        return regions.stream().filter(m -> m.regionId().equals(regionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no region '" + regionId + "'"));
    }
}
