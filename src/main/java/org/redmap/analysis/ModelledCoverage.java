package org.redmap.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * The result of the modelled coverage: a footprint and what it reaches. Always a model, never data:
 * {@link #modelled()} is true and {@link #model()} holds the parameters it was computed with, so
 * whatever draws it can say "modelled" and show them.
 *
 * @param footprint       the union of the site discs clipped to land, projected metres (EPSG:6372)
 * @param footprintLonLat the same in WGS 84 longitude/latitude
 * @param regions         one entry per region, in region order
 * @param places          one entry per listed place, in place order
 */
public record ModelledCoverage(CoverageModel model, Geometry footprint, Geometry footprintLonLat,
                               List<RegionCoverage> regions, List<PlaceCoverage> places, CoverageTotals national) {

    /** What an analyst must read next to any number from this result. */
    public static final String CAVEAT = "Modelled, not reported: share of the population of listed places (50,000 "
            + "people or more) inside assumed site footprints. No public per-state coverage figures exist.";

    public ModelledCoverage {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(footprint, "footprint");
        Objects.requireNonNull(footprintLonLat, "footprintLonLat");
        Objects.requireNonNull(national, "national");
        regions = List.copyOf(regions);
        places = List.copyOf(places);
    }

    /** Always true: the UI labels this layer "modelled" whenever it is shown or exported. */
    public boolean modelled() {
        return true;
    }

    public Optional<RegionCoverage> region(String regionId) {
        return regions.stream().filter(r -> r.regionId().equals(regionId)).findFirst();
    }

    /** Share of listed population covered, per region, for a graduated layer. */
    public RegionValues populationShare() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (RegionCoverage r : regions) r.populationShare().ifPresent(v -> values.put(r.regionId(), v));
        return new RegionValues("coverage-modelled", "Listed population covered (modelled)", true,
                model.label() + ". " + CAVEAT, values);
    }

    /** Share of area covered, per region. */
    public RegionValues areaShare() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (RegionCoverage r : regions) r.areaShare().ifPresent(v -> values.put(r.regionId(), v));
        return new RegionValues("coverage-modelled-area", "Area covered (modelled)", true,
                model.label() + ". Modelled, not reported: share of the region's area inside assumed site footprints.",
                values);
    }
}
