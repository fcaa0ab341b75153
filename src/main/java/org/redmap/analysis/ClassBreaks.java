package org.redmap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Class limits for a graduated layer. {@code breaks} holds the minimum, then each class's upper
 * bound: class 0 is [b0, b1], class i is (b_i, b_{i+1}] (upper bounds inclusive, as QGIS and ArcGIS
 * do it). Bounds strictly increase, except that b1 may equal b0 when the first class holds only the
 * minimum (many tied lowest values) or all values are equal.
 *
 * @param requestedClasses what was asked for; {@link #classes()} may be fewer when there are fewer
 *                         distinct values, or ties merge quantiles
 * @param counts           values per class
 * @param missing          values left out as missing (NaN, infinite)
 */
public record ClassBreaks(Classification.Method method, int requestedClasses, List<Double> breaks, List<Integer> counts,
                          int missing) {

    public ClassBreaks {
        Objects.requireNonNull(method, "method");
        breaks = List.copyOf(breaks);
        counts = List.copyOf(counts);
        if (!breaks.isEmpty() && breaks.size() < 2) throw new IllegalArgumentException("breaks need a minimum and a maximum");
        if (counts.size() != Math.max(0, breaks.size() - 1)) throw new IllegalArgumentException("one count per class");
    }

    /** Breaks with their counts, computed over the values given. */
    static ClassBreaks of(Classification.Method method, int requested, List<Double> breaks, double[] finiteValues,
                          int missing) {
        int[] counts = new int[Math.max(0, breaks.size() - 1)];
        ClassBreaks shape = new ClassBreaks(method, requested, breaks, zeros(counts.length), missing);
        for (double v : finiteValues) counts[shape.classOf(v)]++;
        List<Integer> list = new ArrayList<>();
        for (int c : counts) list.add(c);
        return new ClassBreaks(method, requested, breaks, list, missing);
    }

    private static List<Integer> zeros(int n) {
        List<Integer> z = new ArrayList<>();
        for (int i = 0; i < n; i++) z.add(0);
        return z;
    }

    /** The number of classes; 0 when there were no values. */
    public int classes() {
        return Math.max(0, breaks.size() - 1);
    }

    /**
     * The class of a value, 0-based; -1 for a missing value (NaN) or when there are no classes. Values
     * outside [min, max] go to the first or last class, so breaks computed on one layer can classify another.
     */
    public int classOf(double value) {
        if (Double.isNaN(value) || breaks.isEmpty()) return -1;
        int last = classes() - 1;
        for (int i = 0; i < last; i++) {
            if (value <= breaks.get(i + 1)) return i;
        }
        return last;
    }

    public double lower(int classIndex) {
        return breaks.get(classIndex);
    }

    public double upper(int classIndex) {
        return breaks.get(classIndex + 1);
    }
}
