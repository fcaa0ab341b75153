package org.redmap.project;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.redmap.analysis.BorderBands;

/**
 * What the analyst changed in the models: risk weights by factor id (only those changed; the
 * others keep the weights of risk-model.json) and the border-band limits.
 *
 * @param riskWeights     factor id to weight (0 or more); kept sorted by id so files and hashes are stable
 * @param bandDistancesKm band limits in km, each above 0, ascending, no repeats
 */
public record ModelParameters(Map<String, Double> riskWeights, List<Double> bandDistancesKm) {

    public static final ModelParameters DEFAULTS = new ModelParameters(Map.of(), BorderBands.DEFAULT_DISTANCES_KM);

    public ModelParameters {
        TreeMap<String, Double> sorted = new TreeMap<>();
        for (Map.Entry<String, Double> e : Objects.requireNonNull(riskWeights, "riskWeights").entrySet()) {
            Double w = e.getValue();
            if (w == null || !(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("the weight of risk factor '" + e.getKey() + "' must be a number, 0 or more");
            }
            sorted.put(e.getKey(), w);
        }
        riskWeights = java.util.Collections.unmodifiableMap(sorted);
        bandDistancesKm = List.copyOf(bandDistancesKm);
        if (bandDistancesKm.isEmpty()) throw new IllegalArgumentException("give at least one border-band distance");
        double previous = 0;
        for (double d : bandDistancesKm) {
            if (!(d > previous) || !Double.isFinite(d)) {
                throw new IllegalArgumentException("border-band distances must be positive and ascending, without repeats: "
                        + bandDistancesKm);
            }
            previous = d;
        }
    }

    public ModelParameters withWeight(String factorId, double weight) {
        TreeMap<String, Double> changed = new TreeMap<>(riskWeights);
        changed.put(factorId, weight);
        return new ModelParameters(changed, bandDistancesKm);
    }

    public ModelParameters withBands(List<Double> distancesKm) {
        return new ModelParameters(riskWeights, distancesKm);
    }
}
