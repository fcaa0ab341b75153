package org.redmap.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.redmap.analysis.BorderBands;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.FactorTable;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.RiskFactor;
import org.redmap.analysis.RiskInputs;
import org.redmap.analysis.RiskModel;

/**
 * What the analyst has changed in the analysis: risk weights, border-band distances and an
 * imported coverage table. Kept apart from the analysis itself so that when the analysis is
 * computed again (another file, an override) the analyst's changes are put back on it.
 *
 * @param weights  factor id to weight, for the factors the analyst has moved; others keep the model's
 * @param bandsKm  the band limits, ascending
 * @param coverage the joined coverage table, or empty for the modelled coverage
 */
public record AnalysisSettings(Map<String, Double> weights, List<Double> bandsKm, Optional<CoverageJoin> coverage) {

    public AnalysisSettings {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        bandsKm = List.copyOf(bandsKm);
    }

    /** The model's own weights, the default bands, the modelled coverage. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Map.of(), BorderBands.DEFAULT_DISTANCES_KM, Optional.empty());
    }

    public AnalysisSettings withWeight(String factorId, double weight) {
        Map<String, Double> changed = new LinkedHashMap<>(weights);
        changed.put(factorId, weight);
        return new AnalysisSettings(changed, bandsKm, coverage);
    }

    public AnalysisSettings withWeights(Map<String, Double> all) {
        return new AnalysisSettings(all, bandsKm, coverage);
    }

    public AnalysisSettings withBands(List<Double> km) {
        return new AnalysisSettings(weights, km, coverage);
    }

    public AnalysisSettings withCoverage(Optional<CoverageJoin> join) {
        return new AnalysisSettings(weights, bandsKm, join);
    }

    /**
     * Brings an analysis of the same map to these settings, doing only what differs: a joined
     * table (tens of milliseconds), the bands (a few hundred) and the weights (microseconds).
     */
    public MapAnalysis applyTo(MapAnalysis analysis) {
        MapAnalysis a = analysis;
        if (!a.coverageTable().equals(coverage)) a = coverage.isPresent() ? a.withCoverageTable(coverage.get()) : withoutTable(a);
        if (!a.bands().distancesKm().equals(bandsKm)) a = a.withBands(bandsKm);
        return applyWeights(a);
    }

    /** Only the weights: cheap enough for every move of a slider. */
    public MapAnalysis applyWeights(MapAnalysis analysis) {
        MapAnalysis a = analysis;
        for (RiskFactor f : analysis.riskModel().factors()) {
            Double w = weights.get(f.id());
            if (w != null && w != f.weight()) a = a.withWeight(f.id(), w);
        }
        return a;
    }

    /** True when the bands need computing again to match these settings. */
    public boolean bandsDiffer(MapAnalysis analysis) {
        return !analysis.bands().distancesKm().equals(bandsKm);
    }

    /** The analysis back on the modelled coverage: the population factor is measured on it again. */
    static MapAnalysis withoutTable(MapAnalysis a) {
        RiskModel model = a.riskModel();
        FactorTable factors = model.evaluate(RiskInputs.measure(a.geometry()).withCoverage(a.modelledCoverage().populationShare()));
        return new MapAnalysis(a.geometry(), a.modelledCoverage(), Optional.empty(), model, factors, model.score(factors), a.bands());
    }

    /** Whether there is a border line to measure bands from. */
    static boolean hasBorder(MapAnalysis a) {
        Geometry border = a.geometry().border();
        return border != null && !border.isEmpty();
    }
}
