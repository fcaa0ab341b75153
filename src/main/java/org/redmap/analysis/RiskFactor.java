package org.redmap.analysis;

import java.util.Objects;

/**
 * A named, weighted factor of the risk score.
 *
 * @param input      where the factor's input comes from (a data file, a computation): the "source" half
 * @param assumption why the formula and weight are what they are; they are assumptions, said so here
 */
public record RiskFactor(String id, String label, double weight, FactorFormula formula, String input,
                         String assumption) {

    public RiskFactor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(formula, "formula");
        input = input == null ? "" : input;
        assumption = assumption == null ? "" : assumption;
        if (!(weight >= 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException("weight of factor '" + id + "' must be a finite number, 0 or more");
        }
    }

    public RiskFactor withWeight(double newWeight) {
        return new RiskFactor(id, label, newWeight, formula, input, assumption);
    }
}
