package org.redmap.analysis;

import org.redmap.io.StrictJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The risk model (data/risk-model.json): named factors with weights and formulas. A region's score
 * is the weighted mean of its factor values, so it stays in 0..1 whatever the weights.
 *
 * <p>Use: {@code measures = RiskInputs.measure(geo)} once (geometry); {@code table = model.evaluate(measures)}
 * once per set of formulas; {@code model.withWeight("vendor", 0).score(table)} on every slider move
 * (arithmetic only, microseconds). Immutable.
 */
public record RiskModel(int version, String name, String note, List<RiskFactor> factors) {

    public RiskModel {
        Objects.requireNonNull(name, "name");
        note = note == null ? "" : note;
        factors = List.copyOf(factors);
        if (factors.isEmpty()) throw new IllegalArgumentException("a risk model needs at least one factor");
        Set<String> ids = new HashSet<>();
        for (RiskFactor f : factors) {
            if (!ids.add(f.id())) throw new IllegalArgumentException("factor id '" + f.id() + "' is used twice");
        }
    }

    public RiskFactor factor(String id) {
        return factors.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no risk factor '" + id + "' (factors: "
                        + factors.stream().map(RiskFactor::id).collect(Collectors.joining(", ")) + ")"));
    }

    /** A new model with one weight changed; formulas unchanged, so an existing {@link FactorTable} still fits. */
    public RiskModel withWeight(String factorId, double weight) {
        factor(factorId);
        List<RiskFactor> changed = new ArrayList<>(factors.size());
        for (RiskFactor f : factors) changed.add(f.id().equals(factorId) ? f.withWeight(weight) : f);
        return new RiskModel(version, name, note, changed);
    }

    /** Evaluates every formula for every region: the part to do once, not on every weight change. */
    public FactorTable evaluate(RiskInputs inputs) {
        List<List<FactorValue>> values = new ArrayList<>();
        for (RiskFactor f : factors) values.add(f.formula().evaluate(inputs));
        return new FactorTable(factors, inputs.regions(), values);
    }

    /** Evaluates and scores in one go. */
    public RiskScores score(RiskInputs inputs) {
        return score(evaluate(inputs));
    }

    /** Weights × values. The table must come from a model with the same factors and formulas. */
    public RiskScores score(FactorTable table) {
        if (!table.fits(factors)) {
            throw new IllegalArgumentException("the factor table was evaluated with other factors or formulas; evaluate again");
        }
        List<RegionRisk> out = new ArrayList<>(table.regions().size());
        for (int r = 0; r < table.regions().size(); r++) {
            double totalWeight = 0;
            double sum = 0;
            for (int f = 0; f < factors.size(); f++) {
                OptionalDouble v = table.values().get(f).get(r).value();
                if (v.isPresent()) {
                    totalWeight += factors.get(f).weight();
                    sum += factors.get(f).weight() * v.getAsDouble();
                }
            }
            List<FactorContribution> breakdown = new ArrayList<>(factors.size());
            for (int f = 0; f < factors.size(); f++) {
                RiskFactor factor = factors.get(f);
                FactorValue v = table.values().get(f).get(r);
                double contribution = v.value().isPresent() && totalWeight > 0
                        ? factor.weight() * v.value().getAsDouble() / totalWeight : 0;
                breakdown.add(new FactorContribution(factor.id(), factor.label(), v.rawInput(), v.value(),
                        factor.weight(), contribution, factor.formula().describe(), factor.input(), factor.assumption()));
            }
            RegionMeasures m = table.regions().get(r);
            out.add(new RegionRisk(m.regionId(), m.name(),
                    totalWeight > 0 ? OptionalDouble.of(Math.min(1, sum / totalWeight)) : OptionalDouble.empty(), breakdown));
        }
        return new RiskScores(this, out);
    }

    /** "Illustrative exposure score (assumed weights: vendor 0.4, border_proximity 0.3, …)". */
    public String label() {
        return name + " (assumed weights: " + factors.stream().map(f -> f.id() + " " + StrictJson.plain(f.weight()))
                .collect(Collectors.joining(", ")) + ")";
    }
}
