package org.redmap.analysis;

import java.util.OptionalDouble;

/**
 * National totals of the modelled coverage, over the places that lie in a region. The population
 * share is a share of the LISTED population (places of 50,000 or more), so it is not comparable
 * with the reported national figures, which are shares of the whole population.
 *
 * @param sites places with a site of their own
 */
public record CoverageTotals(int placesListed, int placesCovered, int sites, long listedPopulation,
                             long coveredPopulation, double landAreaKm2, double coveredAreaKm2) {

    public OptionalDouble populationShare() {
        return listedPopulation == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) coveredPopulation / listedPopulation);
    }

    public OptionalDouble areaShare() {
        return landAreaKm2 <= 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, coveredAreaKm2 / landAreaKm2));
    }
}
