package org.redmap.analysis;

import java.util.List;

/**
 * Every factor evaluated for every region, without weights: {@code values.get(f).get(r)} is factor f
 * of region r. Valid for any model with the same factors and formulas, whatever its weights.
 */
public record FactorTable(List<RiskFactor> factors, List<RegionMeasures> regions, List<List<FactorValue>> values) {

    public FactorTable {
        factors = List.copyOf(factors);
        regions = List.copyOf(regions);
        values = values.stream().map(List::copyOf).toList();
    }

    /** True when a model's factors have the same ids and formulas as the ones this table was evaluated with. */
    boolean fits(List<RiskFactor> other) {
        if (other.size() != factors.size()) return false;
        for (int i = 0; i < other.size(); i++) {
            if (!other.get(i).id().equals(factors.get(i).id()) || !other.get(i).formula().equals(factors.get(i).formula())) {
                return false;
            }
        }
        return true;
    }
}
