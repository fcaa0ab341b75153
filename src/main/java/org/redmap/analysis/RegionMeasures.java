package org.redmap.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.redmap.model.Assignment;
import org.redmap.model.Vendor;

/**
 * What the risk formulas need to know about one region, measured once from the geometry and the
 * tags. Weights and formulas can change as often as the analyst likes without measuring again.
 *
 * @param assignment           the region's vendor claim (its basis and confidence go into the breakdown)
 * @param borderDistanceKm     distance from the region to the border line; empty when no border is loaded
 * @param coreSites            names of the core data centres that lie in the region (approximate ones marked)
 * @param listedPopulation     population of the listed places in the region
 * @param coveredPopulation    covered population, when a coverage layer was given
 * @param coverageLabel        where the covered population comes from ("modelled: …", "coverage.csv")
 */
public record RegionMeasures(String regionId, String name, Vendor vendor, Optional<Assignment> assignment,
                             OptionalDouble borderDistanceKm, List<String> coreSites, long listedPopulation,
                             OptionalLong coveredPopulation, String coverageLabel) {

    public RegionMeasures {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(borderDistanceKm, "borderDistanceKm");
        Objects.requireNonNull(coveredPopulation, "coveredPopulation");
        coreSites = List.copyOf(coreSites);
        coverageLabel = coverageLabel == null ? "" : coverageLabel;
    }

    RegionMeasures withCovered(OptionalLong covered, String label) {
        return new RegionMeasures(regionId, name, vendor, assignment, borderDistanceKm, coreSites, listedPopulation,
                covered, label);
    }
}
