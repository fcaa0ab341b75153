package org.redmap.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Risk scores of every region, in region order, with the model that produced them. */
public record RiskScores(RiskModel model, List<RegionRisk> regions) {

    public RiskScores {
        regions = List.copyOf(regions);
    }

    public Optional<RegionRisk> region(String regionId) {
        return regions.stream().filter(r -> r.regionId().equals(regionId)).findFirst();
    }

    /** The scores as a graduated layer; labelled modelled, since weights and formulas are assumptions. */
    public RegionValues regionValues() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (RegionRisk r : regions) r.score().ifPresent(s -> values.put(r.regionId(), s));
        return new RegionValues("risk", "Risk score (modelled)", true, model.label(), values);
    }
}
