package org.redmap.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redmap.geo.ProjectedMap;

/**
 * Every analysis of one map, computed once and then varied cheaply: the modelled coverage, an
 * optional joined coverage table, the risk scores and the border bands. The window and the
 * command line both hold one of these beside the map they show.
 *
 * @param coverageTable a joined coverage table, which replaces the modelled shares where present
 */
public record MapAnalysis(AnalysisGeometry geometry, ModelledCoverage modelledCoverage, Optional<CoverageJoin> coverageTable,
                          RiskModel riskModel, FactorTable factors, RiskScores risk, BorderBandTable bands) {

    public MapAnalysis {
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(modelledCoverage, "modelledCoverage");
        Objects.requireNonNull(coverageTable, "coverageTable");
        Objects.requireNonNull(riskModel, "riskModel");
        Objects.requireNonNull(factors, "factors");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(bands, "bands");
    }

    /** Computes everything with the bundled coverage and risk models and the default bands. */
    public static MapAnalysis bundled(ProjectedMap map) throws IOException {
        return compute(AnalysisGeometry.of(map), new CoverageModelReader().bundled(), new RiskModelReader().bundled(),
                BorderBands.DEFAULT_DISTANCES_KM, Optional.empty());
    }

    public static MapAnalysis compute(AnalysisGeometry geometry, CoverageModel coverageModel, RiskModel riskModel,
                                      List<Double> bandDistancesKm, Optional<CoverageJoin> table) {
        ModelledCoverage modelled = new CoverageModeller().compute(geometry, coverageModel);
        RegionValues coverage = table.map(CoverageJoin::regionValues).orElse(modelled.populationShare());
        FactorTable factors = riskModel.evaluate(RiskInputs.measure(geometry).withCoverage(coverage));
        return new MapAnalysis(geometry, modelled, table, riskModel, factors, riskModel.score(factors),
                new BorderBands().compute(geometry, bandDistancesKm));
    }

    /** The coverage shown: the joined table where one is loaded, else the model's. */
    public RegionValues coverage() {
        return coverageTable.map(CoverageJoin::regionValues).orElse(modelledCoverage.populationShare());
    }

    /** Rescores with one weight changed; nothing is measured again (well under a millisecond). */
    public MapAnalysis withWeight(String factorId, double weight) {
        RiskModel changed = riskModel.withWeight(factorId, weight);
        return new MapAnalysis(geometry, modelledCoverage, coverageTable, changed, factors, changed.score(factors), bands);
    }

    public MapAnalysis withBands(List<Double> distancesKm) {
        return new MapAnalysis(geometry, modelledCoverage, coverageTable, riskModel, factors, risk,
                new BorderBands().compute(geometry, distancesKm));
    }

    /** Joins a coverage table; risk's population exposure then uses the table's coverage. */
    public MapAnalysis withCoverageTable(CoverageJoin join) {
        FactorTable newFactors = riskModel.evaluate(RiskInputs.measure(geometry).withCoverage(join.regionValues()));
        return new MapAnalysis(geometry, modelledCoverage, Optional.of(join), riskModel, newFactors,
                riskModel.score(newFactors), bands);
    }

    public MapAnalysis withCoverageModel(CoverageModel model) {
        return compute(geometry, model, riskModel, bands.distancesKm(), coverageTable);
    }
}
