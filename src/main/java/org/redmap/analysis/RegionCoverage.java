package org.redmap.analysis;

import java.util.Objects;
import java.util.OptionalDouble;
import org.redmap.model.Vendor;

/**
 * The modelled coverage of one region. Population figures are sums over the listed places (the
 * cities file: places of 50,000 people or more), not the region's census population.
 *
 * @param placesListed      places of the region in the cities file
 * @param placesCovered     of those, the ones inside the modelled footprint
 * @param areaKm2           the region's ellipsoidal area
 * @param coveredAreaKm2    the part of it inside the footprint
 */
public record RegionCoverage(String regionId, String name, Vendor vendor, int placesListed, int placesCovered,
                             long listedPopulation, long coveredPopulation, double areaKm2, double coveredAreaKm2) {

    public RegionCoverage {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
    }

    /** Covered / listed population; empty when the region has no listed place (no data, not 0 %). */
    public OptionalDouble populationShare() {
        return listedPopulation == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) coveredPopulation / listedPopulation);
    }

    /** Covered / total area. */
    public OptionalDouble areaShare() {
        return areaKm2 <= 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, coveredAreaKm2 / areaKm2));
    }
}
