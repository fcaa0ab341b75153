package org.redmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Class breaks for graduated layers: equal interval, quantile and natural breaks (Jenks). Pure
 * functions of the values; NaN and infinite values count as missing and are left out.
 */
public final class Classification {

    /** The classification methods the layer panel offers. */
    public enum Method {
        EQUAL_INTERVAL("Equal interval"), QUANTILE("Quantile"), NATURAL_BREAKS("Natural breaks (Jenks)");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** How files name it: natural-breaks, quantile, equal-interval. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Method byKey(String key) {
            for (Method m : values()) if (m.key().equals(key)) return m;
            throw new IllegalArgumentException("unknown classification '" + key + "' (known: "
                    + String.join(", ", java.util.Arrays.stream(values()).map(Method::key).toList()) + ")");
        }
    }

    /**
     * Natural breaks are exact (Fisher's dynamic programme over the distinct values) up to this many
     * distinct values; beyond, adjacent values are first merged into this many groups of similar size,
     * which keeps a 100,000-cell layer to a fraction of a second.
     */
    static final int MAX_JENKS_UNITS = 2000;

    private Classification() {
    }

    public static ClassBreaks classify(Method method, double[] values, int classes) {
        return switch (method) {
            case EQUAL_INTERVAL -> equalInterval(values, classes);
            case QUANTILE -> quantile(values, classes);
            case NATURAL_BREAKS -> naturalBreaks(values, classes);
        };
    }

    /** k classes of equal width between the minimum and the maximum; some may be empty. */
    public static ClassBreaks equalInterval(double[] values, int classes) {
        double[] v = finiteSorted(values, classes);
        int missing = values.length - v.length;
        if (v.length == 0) return ClassBreaks.of(Method.EQUAL_INTERVAL, classes, List.of(), v, missing);
        double min = v[0];
        double max = v[v.length - 1];
        if (min == max) return ClassBreaks.of(Method.EQUAL_INTERVAL, classes, List.of(min, max), v, missing);
        List<Double> breaks = new ArrayList<>();
        breaks.add(min);
        for (int i = 1; i < classes; i++) breaks.add(min + (max - min) * i / classes);
        breaks.add(max); // exactly the maximum, not min + k × width with its rounding
        return ClassBreaks.of(Method.EQUAL_INTERVAL, classes, breaks, v, missing);
    }

    /**
     * About the same number of values per class. Tied values always share a class, so with many ties
     * there are fewer classes than asked for.
     */
    public static ClassBreaks quantile(double[] values, int classes) {
        double[] v = finiteSorted(values, classes);
        int missing = values.length - v.length;
        if (v.length == 0) return ClassBreaks.of(Method.QUANTILE, classes, List.of(), v, missing);
        int n = v.length;
        List<Double> uppers = new ArrayList<>();
        for (int i = 1; i < classes; i++) uppers.add(v[(int) Math.ceil((double) i * n / classes) - 1]);
        uppers.add(v[n - 1]);
        return ClassBreaks.of(Method.QUANTILE, classes, fromUppers(v[0], uppers), v, missing);
    }

    /**
     * Jenks natural breaks: the partition of the sorted values into k classes with the least sum of
     * squared deviations from the class means (Fisher's exact method). Tied values are one unit and
     * never split; with fewer distinct values than k, each distinct value is a class.
     */
    public static ClassBreaks naturalBreaks(double[] values, int classes) {
        double[] v = finiteSorted(values, classes);
        int missing = values.length - v.length;
        if (v.length == 0) return ClassBreaks.of(Method.NATURAL_BREAKS, classes, List.of(), v, missing);
        Units units = Units.of(v, MAX_JENKS_UNITS);
        int m = units.size();
        int k = Math.min(classes, m);
        if (k <= 1) return ClassBreaks.of(Method.NATURAL_BREAKS, classes, List.of(v[0], v[v.length - 1]), v, missing);

        // cost[c][j]: least squared deviation of units 0..j in c+1 classes; from[c][j]: first unit of the last class.
        double[][] cost = new double[k][m];
        int[][] from = new int[k][m];
        for (int j = 0; j < m; j++) cost[0][j] = units.ssd(0, j);
        for (int c = 1; c < k; c++) {
            for (int j = c; j < m; j++) {
                double best = Double.POSITIVE_INFINITY;
                int bestStart = j;
                for (int start = j; start >= c; start--) {
                    double total = cost[c - 1][start - 1] + units.ssd(start, j);
                    if (total < best) {
                        best = total;
                        bestStart = start;
                    }
                }
                cost[c][j] = best;
                from[c][j] = bestStart;
            }
        }
        double[] uppers = new double[k];
        int end = m - 1;
        for (int c = k - 1; c >= 0; c--) {
            uppers[c] = units.max(end);
            end = c == 0 ? -1 : from[c][end] - 1;
        }
        List<Double> list = new ArrayList<>();
        for (double u : uppers) list.add(u);
        return ClassBreaks.of(Method.NATURAL_BREAKS, classes, fromUppers(v[0], list), v, missing);
    }

    /** [min, u1, u2, …] with duplicate upper bounds merged (ties). */
    private static List<Double> fromUppers(double min, List<Double> uppers) {
        List<Double> breaks = new ArrayList<>();
        breaks.add(min);
        for (double u : uppers) {
            // The first upper bound may equal the minimum (a class of tied minima); later ones must grow.
            if (breaks.size() == 1 || u > breaks.get(breaks.size() - 1)) breaks.add(u);
        }
        if (breaks.size() == 1) breaks.add(min);
        return breaks;
    }

    private static double[] finiteSorted(double[] values, int classes) {
        if (classes < 1) throw new IllegalArgumentException("ask for at least one class, not " + classes);
        double[] v = Arrays.stream(values).filter(Double::isFinite).toArray();
        Arrays.sort(v);
        return v;
    }

    /**
     * Sorted values grouped into units (distinct values, or groups of them when there are too many),
     * with prefix sums so that the squared deviation of any run of units costs O(1). Values are
     * centred on their mean first so the prefix sums of squares keep their precision.
     */
    private static final class Units {
        private final double[] maxima;
        private final double[] w;
        private final double[] s;
        private final double[] s2;

        private Units(double[] maxima, double[] w, double[] s, double[] s2) {
            this.maxima = maxima;
            this.w = w;
            this.s = s;
            this.s2 = s2;
        }

        static Units of(double[] sorted, int maxUnits) {
            double mean = Arrays.stream(sorted).average().orElse(0);
            List<double[]> distinct = new ArrayList<>(); // {value, count}
            for (double x : sorted) {
                if (!distinct.isEmpty() && distinct.get(distinct.size() - 1)[0] == x) distinct.get(distinct.size() - 1)[1]++;
                else distinct.add(new double[] {x, 1});
            }
            int groups = Math.min(distinct.size(), maxUnits);
            double[] maxima = new double[groups];
            double[] w = new double[groups + 1];
            double[] s = new double[groups + 1];
            double[] s2 = new double[groups + 1];
            int d = 0;
            for (int g = 0; g < groups; g++) {
                // Group g takes the distinct values up to its share of the sequence (all of them when not merging).
                int endExclusive = (int) ((long) distinct.size() * (g + 1) / groups);
                double cw = 0;
                double cs = 0;
                double cs2 = 0;
                for (; d < endExclusive; d++) {
                    double x = distinct.get(d)[0] - mean;
                    double count = distinct.get(d)[1];
                    cw += count;
                    cs += count * x;
                    cs2 += count * x * x;
                    maxima[g] = distinct.get(d)[0];
                }
                w[g + 1] = w[g] + cw;
                s[g + 1] = s[g] + cs;
                s2[g + 1] = s2[g] + cs2;
            }
            return new Units(maxima, w, s, s2);
        }

        int size() {
            return maxima.length;
        }

        double max(int unit) {
            return maxima[unit];
        }

        /** Sum of squared deviations from their mean of the values in units i..j. */
        double ssd(int i, int j) {
            double weight = w[j + 1] - w[i];
            double sum = s[j + 1] - s[i];
            return Math.max(0, (s2[j + 1] - s2[i]) - sum * sum / weight);
        }
    }
}
