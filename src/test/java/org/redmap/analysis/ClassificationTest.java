package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.Classification.Method;

class ClassificationTest {

    @Test
    void equalIntervalSplitsTheRangeEvenly() {
        ClassBreaks b = Classification.equalInterval(new double[] {0, 1, 2, 3, 4, 10}, 5);
        assertThat(b.breaks()).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0, 10.0);
        assertThat(b.counts()).containsExactly(3, 2, 0, 0, 1); // upper bounds inclusive: 2 is in class 0
        assertThat(b.classOf(2.0)).isZero();
        assertThat(b.classOf(2.0001)).isEqualTo(1);
        assertThat(b.classOf(-5)).isZero(); // below the minimum: first class
        assertThat(b.classOf(50)).isEqualTo(4);
        assertThat(b.classOf(Double.NaN)).isEqualTo(-1);
    }

    @Test
    void quantilesPutAboutTheSameNumberInEachClass() {
        ClassBreaks b = Classification.quantile(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 4);
        assertThat(b.breaks()).containsExactly(1.0, 3.0, 6.0, 9.0, 12.0);
        assertThat(b.counts()).containsExactly(3, 3, 3, 3);
    }

    @Test
    void tiedValuesShareAClassSoThereMayBeFewerClasses() {
        // the quartile positions 2, 4 and 6 all fall among the zeros: one class of zeros, one of the rest
        ClassBreaks q = Classification.quantile(new double[] {0, 0, 0, 0, 0, 0, 1, 2}, 4);
        assertThat(q.breaks()).containsExactly(0.0, 0.0, 2.0);
        assertThat(q.counts()).containsExactly(6, 2);
        assertThat(q.classes()).isEqualTo(2);
        assertThat(q.requestedClasses()).isEqualTo(4);
        ClassBreaks j = Classification.naturalBreaks(new double[] {5, 5, 5, 9, 9}, 4);
        assertThat(j.breaks()).containsExactly(5.0, 5.0, 9.0);
        assertThat(j.counts()).containsExactly(3, 2);
    }

    @Test
    void allEqualValuesMakeOneClass() {
        for (Method m : Method.values()) {
            ClassBreaks b = Classification.classify(m, new double[] {0.4, 0.4, 0.4}, 5);
            assertThat(b.breaks()).as(m.label()).containsExactly(0.4, 0.4);
            assertThat(b.counts()).containsExactly(3);
            assertThat(b.classOf(0.4)).isZero();
        }
    }

    @Test
    void missingValuesAreLeftOutAndCounted() {
        for (Method m : Method.values()) {
            ClassBreaks b = Classification.classify(m, new double[] {Double.NaN, 1, 2, Double.POSITIVE_INFINITY, 3}, 3);
            assertThat(b.missing()).as(m.label()).isEqualTo(2);
            assertThat(b.counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
            assertThat(b.breaks().get(b.breaks().size() - 1)).isEqualTo(3.0);
        }
        ClassBreaks none = Classification.naturalBreaks(new double[] {Double.NaN}, 3);
        assertThat(none.classes()).isZero();
        assertThat(none.classOf(1)).isEqualTo(-1);
        assertThatThrownBy(() -> Classification.quantile(new double[] {1}, 0)).hasMessageContaining("at least one class");
    }

    @Test
    void naturalBreaksOnAWorkedExample() {
        // Twelve values in three groups; the optimum, checked by enumerating every split
        // (ssd 1.6955), is {1.2 1.3 2.3} {3.9 4.1 4.3 4.3 5.0} {7.1 7.3 7.3 7.8}.
        double[] values = {1.3, 7.1, 7.3, 2.3, 3.9, 4.1, 7.8, 1.2, 4.3, 7.3, 5.0, 4.3};
        ClassBreaks b = Classification.naturalBreaks(values, 3);
        assertThat(b.breaks()).containsExactly(1.2, 2.3, 5.0, 7.8);
        assertThat(b.counts()).containsExactly(3, 5, 4);
        assertThat(b.method()).isEqualTo(Method.NATURAL_BREAKS);
    }

    @Test
    void naturalBreaksFindTheOptimumOnRandomSmallSets() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 3 + random.nextInt(9);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) values[i] = Math.round(random.nextDouble() * 100) / 10.0;
            int k = 2 + random.nextInt(3);
            ClassBreaks b = Classification.naturalBreaks(values, k);
            assertThat(ssd(values, b)).as("trial %d", trial).isCloseTo(bruteForce(values, k), within(1e-9));
        }
    }

    @Test
    void naturalBreaksStayFastOnALargeLayer() {
        Random random = new Random(7);
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) values[i] = random.nextGaussian();
        long start = System.nanoTime();
        ClassBreaks b = Classification.naturalBreaks(values, 7);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(b.classes()).isEqualTo(7);
        assertThat(b.counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100_000);
        assertThat(ms).as("milliseconds for 100,000 values").isLessThan(5_000);
    }

    /** Within-class squared deviations of a classification. */
    private static double ssd(double[] values, ClassBreaks b) {
        double total = 0;
        for (int c = 0; c < b.classes(); c++) {
            int cls = c;
            double[] in = Arrays.stream(values).filter(v -> b.classOf(v) == cls).toArray();
            double mean = Arrays.stream(in).average().orElse(0);
            for (double v : in) total += (v - mean) * (v - mean);
        }
        return total;
    }

    /** The least squared deviation over every way to cut the sorted distinct-value runs into at most k classes. */
    private static double bruteForce(double[] values, int k) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        List<Integer> cuts = new ArrayList<>(); // positions where a new class may start (between distinct values)
        for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[i - 1]) cuts.add(i);
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < (1 << cuts.size()); mask++) {
            if (Integer.bitCount(mask) > k - 1) continue;
            double total = 0;
            int start = 0;
            for (int c = 0; c <= cuts.size(); c++) {
                boolean cut = c == cuts.size() || (mask & (1 << c)) != 0;
                if (!cut) continue;
                int end = c == cuts.size() ? sorted.length : cuts.get(c);
                double mean = 0;
                for (int i = start; i < end; i++) mean += sorted[i];
                mean /= end - start;
                for (int i = start; i < end; i++) total += (sorted[i] - mean) * (sorted[i] - mean);
                start = end;
            }
            best = Math.min(best, total);
        }
        return best;
    }
}
