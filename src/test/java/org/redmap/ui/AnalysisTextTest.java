package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.CoverageJoiner;
import org.redmap.analysis.CoverageTableReader;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.ModelledCoverage;

class AnalysisTextTest {

    private static MapAnalysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        analysis = TestMaps.analysis(TestMaps.projected());
    }

    @Test
    void hoverGivesCoverageAndRiskAndSaysTheyAreModelled() {
        String share = AnalysisFormat.percent(analysis.coverage().value("MX-OAX").getAsDouble());
        String score = AnalysisFormat.score(analysis.risk().region("MX-OAX").orElseThrow().score().getAsDouble());
        assertThat(AnalysisText.hover("MX-OAX", analysis))
                .isEqualTo("Coverage " + share + " (modelled) · Risk " + score + " (modelled)");
        assertThat(AnalysisText.hover("MX-OAX", null)).isEmpty();
    }

    @Test
    void modelledCoverageNamesTheModelItsParametersAndTheCaveat() {
        String text = AnalysisText.coverage("MX-OAX", analysis);
        assertThat(text).startsWith("COVERAGE: 67.5 % of the listed population (MODELLED, not reported)")
                .contains("Listed places: 6, of which 3 inside the modelled footprint",
                        "Listed population: 628,389, covered 423,925",
                        analysis.modelledCoverage().model().label(), "site radius 30 km", ModelledCoverage.CAVEAT);
    }

    @Test
    void tableCoverageNamesTheFileLineAndSourceAndKeepsTheModelForComparison() throws Exception {
        CoverageJoin join = new CoverageJoiner().joinTagged(new CoverageTableReader().read(
                "region_id,coverage_pct,date,source\nMX-SON,61.5,2021-02,Operator filing\nMX-OAX,abc,,\n", "t.csv"),
                TestMaps.projected().document().regions());
        MapAnalysis withTable = analysis.withCoverageTable(join);
        assertThat(AnalysisText.coverage("MX-SON", withTable))
                .contains("COVERAGE: 61.5 % from the table t.csv (data you imported, not modelled)",
                        "Cell \"61.5\" on line 2 · date 2021-02 · source: Operator filing", "Modelled, for comparison:");
        assertThat(AnalysisText.coverage("MX-OAX", withTable)).contains("no value in the table t.csv", "Why:", "line 3");
        assertThat(AnalysisText.coverageShort("MX-SON", withTable)).isEqualTo("61.5 % (table t.csv)");
        assertThat(AnalysisText.joinHeadline(join)).isEqualTo("1 of 32 regions have a coverage value. Problems:\n"
                + "• Regions without a value: 31\n• Values that are not numbers: 1");
        assertThat(AnalysisText.coverageShort("MX-OAX", withTable)).isEqualTo("no data (table t.csv)");
    }

    @Test
    void riskListsEveryFactorWithInputFormulaSourceAndAssumption() {
        String text = AnalysisText.risk("MX-OAX", analysis);
        assertThat(text).startsWith("RISK SCORE: 0.41 of 1 (MODELLED: assumed weights and formulas)")
                .contains("1. Vendor: +0.400", "Input: huawei (inferred, medium confidence)",
                        "Value 1.00 × weight 0.40 ÷ 1.00 = 0.400", "2. Proximity to the US border: +0.000", "Input: 794 km",
                        "Formula: 1 − distance to the US–Mexico border / 500 km", "Source: Shortest distance",
                        "Assumption: ASSUMPTION", "4. Population exposed:");
        // The contributions shown add up to the score shown.
        Matcher m = Pattern.compile("^\\d\\. .*: \\+(\\d\\.\\d{3})$", Pattern.MULTILINE).matcher(text);
        double sum = 0;
        int factors = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            factors++;
        }
        assertThat(factors).isEqualTo(analysis.riskModel().factors().size());
        assertThat(sum).isCloseTo(analysis.risk().region("MX-OAX").orElseThrow().score().getAsDouble(),
                org.assertj.core.api.Assertions.within(0.002));
    }

    @Test
    void aZeroWeightStillShowsTheFactor() {
        String text = AnalysisText.risk("MX-OAX", analysis.withWeight("vendor", 0));
        assertThat(text).contains("1. Vendor: +0.000", "weight 0.00 ÷ 0.60");
    }

    @Test
    void overviewGivesNationalModelledCoverageAndTheHighestScores() {
        assertThat(AnalysisText.overview(analysis)).contains("MODELLED COVERAGE (all regions)", "Listed population covered:",
                ModelledCoverage.CAVEAT, "HIGHEST RISK SCORES (modelled)", "1. ", analysis.riskModel().label());
    }
}
