package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.CoverageJoiner;
import org.redmap.analysis.CoverageTableReader;
import org.redmap.analysis.MapAnalysis;

class AnalysisSettingsTest {

    private static MapAnalysis analysis;
    private static CoverageJoin join;

    @BeforeAll
    static void analyse() throws Exception {
        analysis = TestMaps.analysis(TestMaps.projected());
        join = new CoverageJoiner().joinTagged(new CoverageTableReader().read("region_id,coverage\nMX-SON,0.6\n", "t.csv"),
                TestMaps.projected().document().regions());
    }

    @Test
    void defaultsChangeNothing() {
        assertThat(AnalysisSettings.defaults().applyTo(analysis)).isSameAs(analysis);
    }

    @Test
    void weightsAreAppliedOnlyWhereTheyDiffer() {
        AnalysisSettings s = AnalysisSettings.defaults().withWeight("vendor", 0).withWeight("core_site", 0.1);
        MapAnalysis changed = s.applyWeights(analysis);
        assertThat(changed.riskModel().factor("vendor").weight()).isZero();
        assertThat(changed.riskModel().factor("core_site").weight()).isEqualTo(0.1);
        assertThat(changed.risk().region("MX-OAX").orElseThrow().score().getAsDouble())
                .isNotEqualTo(analysis.risk().region("MX-OAX").orElseThrow().score().getAsDouble());
        assertThat(changed.bands()).isSameAs(analysis.bands());
        assertThat(AnalysisSettings.defaults().withWeights(Map.of("vendor", 0.4)).applyWeights(analysis)).isSameAs(analysis);
    }

    @Test
    void bandsAndTableAreBroughtInAndTheTableTakenOutAgain() {
        AnalysisSettings s = AnalysisSettings.defaults().withBands(List.of(25.0, 75.0)).withCoverage(Optional.of(join));
        MapAnalysis changed = s.applyTo(analysis);
        assertThat(changed.bands().distancesKm()).containsExactly(25.0, 75.0);
        assertThat(changed.coverageTable()).contains(join);
        assertThat(changed.coverage().value("MX-SON").getAsDouble()).isEqualTo(0.6);
        assertThat(s.bandsDiffer(changed)).isFalse();

        MapAnalysis back = AnalysisSettings.defaults().withBands(List.of(25.0, 75.0)).applyTo(changed);
        assertThat(back.coverageTable()).isEmpty();
        assertThat(back.bands()).isSameAs(changed.bands());
        // Back on the model, the risk is the model's again, factor by factor.
        assertThat(back.risk().regions()).isEqualTo(analysis.risk().regions());
    }

    @Test
    void knowsWhetherThereIsABorderToMeasureFrom() {
        assertThat(AnalysisSettings.hasBorder(analysis)).isTrue();
    }
}
