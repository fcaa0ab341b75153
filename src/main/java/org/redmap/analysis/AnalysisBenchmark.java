package org.redmap.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.redmap.geo.MapProjection;
import org.redmap.model.MapDocument;

/**
 * Timing hooks for the {@code bench} command: runs each analysis step on a document and returns the
 * median time of each. Prints nothing; the caller decides how to report.
 */
public final class AnalysisBenchmark {

    /**
     * Median wall-clock times, milliseconds.
     *
     * @param geometryMs   projecting regions, places and border and unioning the land ({@link AnalysisGeometry})
     * @param coverageMs   the modelled coverage ({@link CoverageModeller})
     * @param bandsMs      the border bands at the given distances ({@link BorderBands})
     * @param riskInputsMs measuring the risk inputs ({@link RiskInputs#measure})
     * @param riskScoreMs  rescoring after a weight change ({@link RiskModel#score(FactorTable)})
     */
    public record Timings(double geometryMs, double coverageMs, double bandsMs, double riskInputsMs, double riskScoreMs,
                          int repetitions) {
    }

    private final MapDocument document;
    private final MapProjection projection;
    private final CoverageModel coverageModel;
    private final RiskModel riskModel;
    private final List<Double> bandDistancesKm;

    public AnalysisBenchmark(MapDocument document, MapProjection projection, CoverageModel coverageModel,
                             RiskModel riskModel, List<Double> bandDistancesKm) {
        this.document = Objects.requireNonNull(document, "document");
        this.projection = Objects.requireNonNull(projection, "projection");
        this.coverageModel = Objects.requireNonNull(coverageModel, "coverageModel");
        this.riskModel = Objects.requireNonNull(riskModel, "riskModel");
        this.bandDistancesKm = List.copyOf(bandDistancesKm);
    }

    /**
     * Runs every step {@code warmups + repetitions} times and reports medians of the last {@code repetitions}
     * (the first runs pay for class loading and JIT compilation).
     */
    public Timings run(int warmups, int repetitions) {
        if (repetitions < 1 || warmups < 0) throw new IllegalArgumentException("need warmups >= 0 and repetitions >= 1");
        double[][] ms = new double[5][repetitions];
        CoverageModeller modeller = new CoverageModeller();
        BorderBands bands = new BorderBands();
        for (int run = 0; run < warmups + repetitions; run++) {
            int slot = run - warmups;
            AnalysisGeometry geo = time(() -> AnalysisGeometry.of(document, projection), ms[0], slot);
            time(() -> modeller.compute(geo, coverageModel), ms[1], slot);
            time(() -> bands.compute(geo, bandDistancesKm), ms[2], slot);
            RiskInputs inputs = time(() -> RiskInputs.measure(geo), ms[3], slot);
            FactorTable table = riskModel.evaluate(inputs);
            RiskModel changed = riskModel.withWeight(riskModel.factors().get(0).id(), 0);
            time(() -> changed.score(table), ms[4], slot);
        }
        return new Timings(median(ms[0]), median(ms[1]), median(ms[2]), median(ms[3]), median(ms[4]), repetitions);
    }

    private static <T> T time(Supplier<T> step, double[] into, int slot) {
        long start = System.nanoTime();
        T result = step.get();
        if (slot >= 0) into[slot] = (System.nanoTime() - start) / 1e6;
        return result;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
