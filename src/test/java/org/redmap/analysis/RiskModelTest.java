package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedLayer;
import org.redmap.model.Vendor;

class RiskModelTest {

    private static RiskModel bundled() throws Exception {
        return new RiskModelReader().bundled();
    }

    private static RegionMeasures measures(String id, Vendor vendor, double borderKm, long population) {
        return new RegionMeasures(id, id, vendor, Optional.empty(), OptionalDouble.of(borderKm), List.of(), population,
                OptionalLong.empty(), "");
    }

    @Test
    void theBundledModelNamesItsAssumptions() throws Exception {
        RiskModel model = bundled();
        assertThat(model.factors()).extracting(RiskFactor::id)
                .containsExactly("vendor", "border_proximity", "core_site", "population_exposed");
        assertThat(model.factors()).allSatisfy(f -> {
            assertThat(f.assumption()).contains("ASSUMPTION");
            assertThat(f.input()).isNotBlank();
        });
        assertThat(model.factor("vendor").formula()).isEqualTo(
                new FactorFormula.VendorTable(Map.of("huawei", 1.0, "unassigned", 0.5, "nokia", 0.2), 0.5));
        assertThat(model.factor("border_proximity").formula()).isEqualTo(new FactorFormula.BorderDecay(500));
        assertThat(model.label()).contains("assumed weights");
    }

    @Test
    void borderDistancesOfKnownStates() {
        RiskInputs inputs = RiskInputs.measure(DefaultData.geometry());
        // Baja California touches the border
        assertThat(inputs.region("MX-BCN").borderDistanceKm().getAsDouble()).isLessThan(1);
        for (String border : List.of("MX-SON", "MX-CHH", "MX-COA", "MX-NLE", "MX-TAM")) {
            assertThat(inputs.region(border).borderDistanceKm().getAsDouble()).as(border).isLessThan(1);
        }
        // Yucatán is far. Natural Earth gives it Cayo Arenas, an islet 718 km from the border's Gulf end;
        // its mainland is further. Quintana Roo is the farthest state, over 1,000 km.
        double yucatan = inputs.region("MX-YUC").borderDistanceKm().getAsDouble();
        assertThat(yucatan).isBetween(700.0, 1000.0);
        assertThat(inputs.region("MX-ROO").borderDistanceKm().getAsDouble()).isGreaterThan(1000);
        assertThat(inputs.region("MX-DUR").borderDistanceKm().getAsDouble()).isBetween(100.0, yucatan);
    }

    @Test
    void yucatansMainlandIsOver850KmFromTheBorder() {
        AnalysisGeometry geo = DefaultData.geometry();
        Geometry yucatan = geo.projectedRegion(geo.regionIndex("MX-YUC").getAsInt());
        Geometry mainland = ProjectedLayer.largestPart(yucatan);
        assertThat(mainland.distance(geo.border()) / 1000).isGreaterThan(850);
    }

    @Test
    void coreSitesAreFoundInTheirStates() {
        RiskInputs inputs = RiskInputs.measure(DefaultData.geometry());
        assertThat(inputs.region("MX-NLE").coreSites()).singleElement().asString().contains("Monterrey");
        assertThat(inputs.region("MX-MEX").coreSites()).singleElement().asString().contains("approximate");
        assertThat(inputs.regions().stream().filter(m -> !m.coreSites().isEmpty()).count()).isEqualTo(2);
    }

    @Test
    void scoresAreWeightedMeansWithABreakdownThatAddsUp() throws Exception {
        RiskModel model = bundled();
        RiskScores scores = model.score(RiskInputs.measure(DefaultData.geometry()));
        assertThat(scores.regions()).hasSize(32);
        for (RegionRisk r : scores.regions()) {
            double score = r.score().getAsDouble();
            assertThat(score).isBetween(0.0, 1.0);
            assertThat(r.breakdown().stream().mapToDouble(FactorContribution::contribution).sum())
                    .isCloseTo(score, within(1e-12));
        }
        RegionRisk bcn = scores.region("MX-BCN").orElseThrow();
        FactorContribution border = bcn.factor("border_proximity").orElseThrow();
        assertThat(border.rawInput()).contains("km");
        assertThat(border.normalised()).hasValue(1.0);
        assertThat(border.weight()).isEqualTo(0.3);
        assertThat(border.formula()).contains("500 km");
        assertThat(border.assumption()).contains("ASSUMPTION");
        assertThat(bcn.factor("vendor").orElseThrow().rawInput()).isEqualTo("nokia (inferred, medium confidence)");
        assertThat(scores.regionValues().modelled()).isTrue();
        assertThat(scores.regionValues().values()).hasSize(32);
    }

    @Test
    void changingAWeightRescoresWithoutMeasuringAgain() throws Exception {
        RiskModel model = bundled();
        FactorTable table = model.evaluate(RiskInputs.measure(DefaultData.geometry()));
        RiskScores before = model.score(table);
        RiskModel borderOnly = model.withWeight("vendor", 0).withWeight("core_site", 0).withWeight("population_exposed", 0);
        RiskScores after = borderOnly.score(table);
        assertThat(after.region("MX-BCN").orElseThrow().score()).hasValue(1.0);
        assertThat(after.region("MX-YUC").orElseThrow().score()).hasValue(0.0);
        assertThat(after.region("MX-CMX").orElseThrow().score().getAsDouble())
                .isNotEqualTo(before.region("MX-CMX").orElseThrow().score().getAsDouble());
        // the original model is untouched
        assertThat(model.factor("vendor").weight()).isEqualTo(0.4);
        assertThatThrownBy(() -> model.withWeight("vendr", 1)).hasMessageContaining("no risk factor 'vendr'");
        assertThatThrownBy(() -> model.withWeight("vendor", -1)).hasMessageContaining("0 or more");
    }

    @Test
    void withVendorWeightZeroHuaweiAndNokiaStatesWithEqualFactorsScoreEqual() throws Exception {
        RiskInputs inputs = new RiskInputs(List.of(measures("H", Fixtures.HUAWEI, 120, 500_000),
                measures("N", Fixtures.NOKIA, 120, 500_000), measures("U", Vendor.UNASSIGNED, 120, 500_000)));
        RiskModel model = bundled();
        RiskScores withVendor = model.score(inputs);
        assertThat(withVendor.region("H").orElseThrow().score().getAsDouble())
                .isGreaterThan(withVendor.region("U").orElseThrow().score().getAsDouble())
                .isGreaterThan(withVendor.region("N").orElseThrow().score().getAsDouble());
        RiskScores without = model.withWeight("vendor", 0).score(inputs);
        double h = without.region("H").orElseThrow().score().getAsDouble();
        assertThat(without.region("N").orElseThrow().score().getAsDouble()).isEqualTo(h);
        assertThat(without.region("U").orElseThrow().score().getAsDouble()).isEqualTo(h);
        // hand check: border (1 − 120/500) × 0.3 + core 0 × 0.1 + population 1 × 0.2, over weights 0.6
        assertThat(h).isCloseTo((0.76 * 0.3 + 0.2) / 0.6, within(1e-12));
    }

    @Test
    void coveredPopulationReplacesListedPopulationWhenCoverageIsGiven() throws Exception {
        RiskInputs inputs = new RiskInputs(List.of(measures("A", Fixtures.NOKIA, 0, 1_000_000),
                measures("B", Fixtures.NOKIA, 0, 500_000)));
        RegionValues coverage = new RegionValues("c", "Coverage (t.csv)", false, "", Map.of("A", 0.25, "B", 1.0));
        RiskScores scores = bundled().score(inputs.withCoverage(coverage));
        FactorContribution a = scores.region("A").orElseThrow().factor("population_exposed").orElseThrow();
        FactorContribution b = scores.region("B").orElseThrow().factor("population_exposed").orElseThrow();
        assertThat(a.normalised()).hasValue(0.5); // 250,000 of the largest, 500,000
        assertThat(b.normalised()).hasValue(1.0);
        assertThat(a.rawInput()).isEqualTo("250,000 covered (Coverage (t.csv))");
    }

    @Test
    void anUnknownInputIsLeftOutOfTheMeanAndSaysSo() throws Exception {
        RegionMeasures noBorder = new RegionMeasures("X", "X", Fixtures.HUAWEI, Optional.empty(), OptionalDouble.empty(),
                List.of(), 100, OptionalLong.empty(), "");
        RegionRisk risk = bundled().score(new RiskInputs(List.of(noBorder))).regions().get(0);
        FactorContribution border = risk.factor("border_proximity").orElseThrow();
        assertThat(border.normalised()).isEmpty();
        assertThat(border.rawInput()).contains("no border line loaded");
        // vendor 1.0 × 0.4 + core 0 × 0.1 + population 1 × 0.2, over 0.7
        assertThat(risk.score().getAsDouble()).isCloseTo(0.6 / 0.7, within(1e-12));
        RegionRisk none = bundled().withWeight("vendor", 0).withWeight("core_site", 0).withWeight("population_exposed", 0)
                .score(new RiskInputs(List.of(noBorder))).regions().get(0);
        assertThat(none.score()).isEmpty();
    }

    @Test
    void aTableFromOtherFormulasIsRefused() throws Exception {
        RiskModel model = bundled();
        FactorTable table = model.evaluate(new RiskInputs(List.of(measures("A", Fixtures.NOKIA, 0, 1))));
        RiskModel other = new RiskModel(1, "other", "", List.of(new RiskFactor("vendor", "Vendor", 1,
                new FactorFormula.VendorTable(Map.of(), 0.3), "", "")));
        assertThatThrownBy(() -> other.score(table)).hasMessageContaining("evaluate again");
    }

    @Test
    void measuringUsesTheBorderAndRegionsGiven() {
        Polygon touching = Fixtures.box(-106, 30, -104, 31.8);
        Polygon far = Fixtures.box(-100, 18, -98, 20);
        AnalysisGeometry geo = AnalysisGeometry.of(
                List.of(Fixtures.tagged("T", touching, Fixtures.NOKIA), Fixtures.tagged("F", far, Fixtures.HUAWEI)),
                List.of(), List.of(), DefaultData.document().borders(), List.of(), MapProjection.mexico());
        RiskInputs inputs = RiskInputs.measure(geo);
        assertThat(inputs.region("T").borderDistanceKm().getAsDouble()).isEqualTo(0);
        assertThat(inputs.region("F").borderDistanceKm().getAsDouble()).isGreaterThan(500);
    }

    @Test
    void aBrokenRiskFileIsRefusedWithItsLocation() {
        String good = """
                {"format": "redmap-risk-model", "version": 1, "name": "r",
                 "factors": [{"id": "v", "weight": 1, "formula": {"kind": "core-site"}, "input": "i", "assumption": "a"}]}""";
        RiskModelReader reader = new RiskModelReader();
        assertThatThrownBy(() -> reader.read(good.replace("\"weight\": 1", "\"weight\": 0").getBytes(StandardCharsets.UTF_8), "r.json"))
                .hasMessageContaining("weight above 0");
        assertThatThrownBy(() -> reader.read(good.replace("core-site", "core").getBytes(StandardCharsets.UTF_8), "r.json"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("r.json: /factors/0/formula/kind (line 2")
                .hasMessageContaining("unknown formula kind 'core'");
        assertThatThrownBy(() -> reader.read(good.replace("\"weight\": 1", "\"weight\": 1, \"weight\": 2").getBytes(StandardCharsets.UTF_8), "r.json"))
                .hasMessageContaining("not valid JSON").hasMessageContaining("weight");
        assertThatThrownBy(() -> reader.read(good.replace("\"kind\": \"core-site\"", "\"kind\": \"border-distance\"")
                .getBytes(StandardCharsets.UTF_8), "r.json")).hasMessageContaining("missing required field 'zero_at_km'");
    }
}
