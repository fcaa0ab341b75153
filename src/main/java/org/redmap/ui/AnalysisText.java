package org.redmap.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.CoverageModel;
import org.redmap.analysis.CoverageTotals;
import org.redmap.analysis.CoverageValue;
import org.redmap.analysis.FactorContribution;
import org.redmap.analysis.JoinProblem;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.ModelledCoverage;
import org.redmap.analysis.RegionCoverage;
import org.redmap.analysis.RegionRisk;

/**
 * The words for a region's coverage and risk, as plain text an analyst can read, select and paste:
 * every number with where it comes from, and every modelled number said to be modelled. Kept apart
 * from the panels so the wording is tested without a screen.
 */
public final class AnalysisText {

    private AnalysisText() {
    }

    /** "Coverage 67.5 % (modelled) · Risk 0.41": the hover line; empty before the analysis exists. */
    public static String hover(String regionId, MapAnalysis analysis) {
        if (analysis == null || regionId == null) return "";
        return "Coverage " + coverageShort(regionId, analysis) + " · Risk " + riskShort(regionId, analysis);
    }

    /** "67.5 % (modelled)", "61.5 % (table sonora.csv)" or "no data (modelled)". */
    public static String coverageShort(String regionId, MapAnalysis analysis) {
        OptionalDouble v = analysis.coverage().value(regionId);
        String value = v.isPresent() ? AnalysisFormat.percent(v.getAsDouble()) : "no data";
        return value + analysis.coverageTable().map(t -> " (table " + t.source() + ")").orElse(" (modelled)");
    }

    /** "0.41 (modelled)" or "none (modelled)" when every known factor weighs 0. */
    public static String riskShort(String regionId, MapAnalysis analysis) {
        OptionalDouble s = analysis.risk().region(regionId).map(RegionRisk::score).orElse(OptionalDouble.empty());
        return (s.isPresent() ? AnalysisFormat.score(s.getAsDouble()) : "none") + " (modelled)";
    }

    /** The coverage section of the inspector for one region. */
    public static String coverage(String regionId, MapAnalysis analysis) {
        StringBuilder out = new StringBuilder();
        ModelledCoverage modelled = analysis.modelledCoverage();
        Optional<RegionCoverage> model = modelled.region(regionId);
        if (analysis.coverageTable().isPresent()) {
            CoverageJoin join = analysis.coverageTable().get();
            Optional<CoverageValue> value = join.value(regionId);
            if (value.isPresent()) {
                CoverageValue v = value.get();
                out.append("COVERAGE: ").append(AnalysisFormat.percent(v.value())).append(" from the table ")
                        .append(join.source()).append(" (data you imported, not modelled)\n");
                out.append("Cell \"").append(v.rawText()).append("\" on line ").append(v.line());
                v.date().ifPresent(d -> out.append(" · date ").append(d));
                out.append(" · source: ").append(v.source().isBlank() ? "none given in the table" : v.source()).append('\n');
            } else {
                out.append("COVERAGE: no value in the table ").append(join.source()).append(", so the map shows no data here\n");
                join.problems().stream().filter(p -> p.regionId().equals(regionId)).map(JoinProblem::message)
                        .forEach(m -> out.append("Why: ").append(m).append('\n'));
            }
            out.append("Modelled, for comparison: ").append(model.flatMap(r -> box(r.populationShare()))
                    .map(AnalysisFormat::percent).orElse("no data")).append(" (modelled, not reported)\n");
            return out.toString();
        }
        if (model.isEmpty()) {
            out.append("COVERAGE: no data (the region is not in the coverage model)\n");
            return out.toString();
        }
        RegionCoverage r = model.get();
        if (r.populationShare().isPresent()) {
            out.append("COVERAGE: ").append(AnalysisFormat.percent(r.populationShare().getAsDouble()))
                    .append(" of the listed population (MODELLED, not reported)\n");
        } else {
            out.append("COVERAGE: no data (MODELLED): no listed place of 50,000 people or more lies in this region, "
                    + "so there is no share to give; this is not 0 %\n");
        }
        out.append("Listed places: ").append(r.placesListed()).append(", of which ").append(r.placesCovered())
                .append(" inside the modelled footprint\n");
        out.append("Listed population: ").append(AnalysisFormat.people(r.listedPopulation())).append(", covered ")
                .append(AnalysisFormat.people(r.coveredPopulation())).append('\n');
        r.areaShare().ifPresent(share -> out.append("Area inside the footprint: ").append(AnalysisFormat.percent(share))
                .append(" (").append(AnalysisFormat.km2(r.coveredAreaKm2())).append(" of ")
                .append(AnalysisFormat.km2(r.areaKm2())).append(" km²)\n"));
        model(out, modelled.model());
        return out.toString();
    }

    /** The coverage model's parameters and its caveat, as the inspector and the Coverage model pane show them. */
    public static String model(CoverageModel model) {
        StringBuilder out = new StringBuilder();
        model(out, model);
        return out.toString();
    }

    private static void model(StringBuilder out, CoverageModel model) {
        out.append(model.label()).append('\n');
        for (String line : model.describe()) out.append("• ").append(line).append('\n');
        out.append(ModelledCoverage.CAVEAT).append('\n');
    }

    /** The risk section of the inspector: the score and every factor, with its input, formula, source and assumption. */
    public static String risk(String regionId, MapAnalysis analysis) {
        StringBuilder out = new StringBuilder();
        Optional<RegionRisk> found = analysis.risk().region(regionId);
        if (found.isEmpty()) {
            out.append("RISK SCORE: none (the region is not in the risk model)\n");
            return out.toString();
        }
        RegionRisk risk = found.get();
        out.append("RISK SCORE: ").append(risk.score().isPresent() ? AnalysisFormat.score(risk.score().getAsDouble()) + " of 1"
                : "none (every factor with a known input weighs 0)").append(" (MODELLED: assumed weights and formulas)\n");
        out.append(analysis.riskModel().name()).append(". Score = Σ weight × value ÷ Σ weight, over the factors whose "
                + "input is known; the contributions add up to the score.\n");
        double knownWeight = risk.breakdown().stream().filter(c -> c.normalised().isPresent())
                .mapToDouble(FactorContribution::weight).sum();
        int n = 1;
        for (FactorContribution c : risk.breakdown()) {
            out.append('\n').append(n++).append(". ").append(c.label()).append(": ");
            if (c.normalised().isPresent()) {
                out.append(AnalysisFormat.contribution(c.contribution())).append('\n');
                out.append("   Input: ").append(c.rawInput()).append('\n');
                out.append("   Value ").append(AnalysisFormat.score(c.normalised().getAsDouble())).append(" × weight ")
                        .append(AnalysisFormat.score(c.weight())).append(" ÷ ").append(AnalysisFormat.score(knownWeight))
                        .append(" = ").append(AnalysisFormat.contribution(c.contribution()).substring(1)).append('\n');
            } else {
                out.append("left out (input unknown)\n");
                out.append("   Input: ").append(c.rawInput()).append('\n');
                out.append("   Weight ").append(AnalysisFormat.score(c.weight())).append(", not counted for this region\n");
            }
            out.append("   Formula: ").append(c.formula()).append('\n');
            if (!c.input().isBlank()) out.append("   Source: ").append(c.input()).append('\n');
            if (!c.assumption().isBlank()) out.append("   Assumption: ").append(c.assumption()).append('\n');
        }
        return out.toString();
    }

    /**
     * The join report's first lines: how many regions got a value, then a count per kind of
     * problem, so that a bad value is seen even when a long list of regions without a row precedes it.
     */
    public static String joinHeadline(CoverageJoin join) {
        StringBuilder out = new StringBuilder();
        out.append(join.values().size()).append(" of ").append(join.regionCount()).append(" regions have a coverage value");
        if (join.isClean()) return out.append("; no problems.").toString();
        out.append(". Problems:");
        for (JoinProblem.Kind kind : JoinProblem.Kind.values()) {
            int n = join.problems(kind).size();
            if (n > 0) out.append("\n• ").append(kind.heading()).append(": ").append(n);
        }
        return out.toString();
    }

    /** National figures for the overview: the modelled coverage totals and the highest risk scores. */
    public static String overview(MapAnalysis analysis) {
        StringBuilder out = new StringBuilder();
        CoverageTotals national = analysis.modelledCoverage().national();
        out.append("MODELLED COVERAGE (all regions)\n");
        national.populationShare().ifPresent(s -> out.append("Listed population covered: ").append(AnalysisFormat.percent(s))
                .append(" (").append(AnalysisFormat.people(national.coveredPopulation())).append(" of ")
                .append(AnalysisFormat.people(national.listedPopulation())).append(")\n"));
        national.areaShare().ifPresent(s -> out.append("Land inside the footprint: ").append(AnalysisFormat.percent(s)).append('\n'));
        out.append(ModelledCoverage.CAVEAT).append(" Not comparable with the national figures in the timeline, which are "
                + "shares of the whole population.\n");
        analysis.coverageTable().ifPresent(t -> out.append("\nCOVERAGE TABLE\n").append(t.regionValues().provenance()).append('\n'));

        List<RegionRisk> ranked = analysis.risk().regions().stream().filter(r -> r.score().isPresent())
                .sorted(Comparator.comparingDouble((RegionRisk r) -> r.score().getAsDouble()).reversed()).limit(5).toList();
        if (!ranked.isEmpty()) {
            out.append("\nHIGHEST RISK SCORES (modelled)\n");
            int n = 1;
            for (RegionRisk r : ranked) {
                out.append(n++).append(". ").append(r.name()).append(": ").append(AnalysisFormat.score(r.score().getAsDouble())).append('\n');
            }
            out.append(analysis.riskModel().label()).append('\n');
        }
        return out.toString();
    }

    private static Optional<Double> box(OptionalDouble v) {
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }
}
