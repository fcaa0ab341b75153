package org.redmap.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A region's risk score and how it is made up.
 *
 * @param score the weighted mean 0..1 of the known factors; empty when every known factor weighs 0
 */
public record RegionRisk(String regionId, String name, OptionalDouble score, List<FactorContribution> breakdown) {

    public RegionRisk {
        breakdown = List.copyOf(breakdown);
    }

    public Optional<FactorContribution> factor(String factorId) {
        return breakdown.stream().filter(c -> c.factorId().equals(factorId)).findFirst();
    }
}
