package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.ClassBreaks;
import org.redmap.analysis.Classification;
import org.redmap.io.CoveragePolygons;

/** Class labels never claim the same value twice, and a limit reads as belonging to the class the map gives it. */
class ClassLabelsTest {

    private static ClassBreaks breaks(Double... limits) {
        List<Integer> counts = java.util.Collections.nCopies(limits.length - 1, 1);
        return new ClassBreaks(Classification.Method.NATURAL_BREAKS, limits.length - 1, List.of(limits), counts, 0);
    }

    @Test
    void aValueOnALimitIsInTheClassBelowAndItsLabelSaysSo() {
        ClassBreaks b = breaks(0.0, 0.31, 0.67, 1.0);
        List<String> labels = ClassLabels.of(b, ClassLabels.Units.SHARE);

        assertThat(labels).containsExactly("≤ 31 %", "> 31 to 67 %", "> 67 %");
        assertThat(labels.get(b.classOf(0.31))).isEqualTo("≤ 31 %");
        assertThat(labels.get(b.classOf(0.3101))).isEqualTo("> 31 to 67 %");
        assertThat(labels.get(b.classOf(0.67))).isEqualTo("> 31 to 67 %");
        assertThat(labels.get(b.classOf(0.6701))).isEqualTo("> 67 %");
        assertThat(labels.get(b.classOf(0.0))).isEqualTo("≤ 31 %");
        assertThat(labels.get(b.classOf(1.0))).isEqualTo("> 67 %");
    }

    @Test
    void limitsGetAsManyDecimalsAsTellNeighboursApart() {
        assertThat(ClassLabels.of(breaks(0.1, 0.125, 0.15, 0.2), ClassLabels.Units.of(CoveragePolygons.Unit.RAW)))
                .containsExactly("≤ 0.125", "> 0.125 to 0.150", "> 0.150");
        assertThat(ClassLabels.of(breaks(0.0, 0.2, 0.4), ClassLabels.Units.SCORE)).containsExactly("≤ 0.20", "> 0.20");
        assertThat(ClassLabels.of(breaks(0.0, 20_000.0, 40_000.0), ClassLabels.Units.of(CoveragePolygons.Unit.RAW)))
                .containsExactly("≤ 20,000", "> 20,000");
    }

    @Test
    void negativeLimitsReadWithoutAmbiguousDashes() {
        assertThat(ClassLabels.of(breaks(-120.0, -110.0, -95.0, -60.0), ClassLabels.Units.of(CoveragePolygons.Unit.RAW)))
                .containsExactly("≤ -110", "> -110 to -95", "> -95");
    }

    @Test
    void oneClassShowsItsRangeAndOneValueItself() {
        assertThat(ClassLabels.of(breaks(0.2, 0.8), ClassLabels.Units.SHARE)).containsExactly("20 to 80 %");
        assertThat(ClassLabels.of(breaks(0.5, 0.5), ClassLabels.Units.SHARE)).containsExactly("50 %");
    }
}
