package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoveragePercentTest {

    @Test
    void plainNumbersAboveOneAndUpToHundredAreReadAsPercent() throws Exception {
        CoverageTable t = new CoverageTableReader().read("region_id,coverage\nA,72.5\nB,88\nC,0\n", "t.csv");
        assertThat(t.columns().percentFromValues()).isTrue();
        assertThat(t.problems()).isEmpty();
        assertThat(t.rows()).extracting(r -> r.value().getAsDouble()).containsExactly(0.725, 0.88, 0.0);
    }

    @Test
    void aColumnMixingFractionsWithNumbersAboveOneStaysAFractionOne() throws Exception {
        CoverageTable t = new CoverageTableReader().read("region_id,coverage\nA,0.615\nB,57\n", "t.csv");
        assertThat(t.columns().percent()).isFalse();
        assertThat(t.problems()).extracting(JoinProblem::message)
                .containsExactly("line 3, column 3 (coverage): '57' is out of range; fractions must be 0..1: write 57% or"
                        + " name the column coverage_pct for percentages");
    }

    @Test
    void oneValueAboveHundredKeepsTheColumnAFractionOneAndIsReported() throws Exception {
        CoverageTable t = new CoverageTableReader().read("region_id,coverage\nA,72.5\nB,0.4\nC,140\n", "t.csv");
        assertThat(t.columns().percent()).isFalse();
        assertThat(t.problems()).extracting(JoinProblem::kind).containsOnly(JoinProblem.Kind.OUT_OF_RANGE);
    }

    @Test
    void fractionsStayFractions() throws Exception {
        CoverageTable t = new CoverageTableReader().read("region_id,coverage\nA,0.25\nB,1\n", "t.csv");
        assertThat(t.columns().percent()).isFalse();
        assertThat(t.rows()).extracting(r -> r.value().getAsDouble()).containsExactly(0.25, 1.0);
    }
}
