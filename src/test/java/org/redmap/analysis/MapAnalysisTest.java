package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.project.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;

class MapAnalysisTest {

    private static MapAnalysis analysis;

    @BeforeAll
    static void computeOnce() throws Exception {
        analysis = MapAnalysis.bundled(ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico()));
    }

    @Test
    void coverageIsTheModelUntilATableIsJoined() {
        assertThat(analysis.coverage().modelled()).isTrue();
        assertThat(analysis.coverage().values()).hasSize(32);
    }

    @Test
    void aWeightChangeRescoresWithoutMeasuringAgain() {
        MapAnalysis noVendor = analysis.withWeight("vendor", 0);
        assertThat(noVendor.factors()).isSameAs(analysis.factors());
        double before = analysis.risk().region("MX-OAX").orElseThrow().score().orElseThrow();
        double after = noVendor.risk().region("MX-OAX").orElseThrow().score().orElseThrow();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void bandsCanBeRecomputedAtOtherDistances() {
        assertThat(analysis.bands().bands()).hasSize(3);
        assertThat(analysis.withBands(List.of(25.0, 75.0)).bands().bands()).hasSize(2);
    }
}
