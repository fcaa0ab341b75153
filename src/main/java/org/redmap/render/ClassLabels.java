package org.redmap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redmap.analysis.ClassBreaks;
import org.redmap.io.CoveragePolygons;

/**
 * The legend's words for the classes of a graduated layer, written so that no two classes claim the
 * same value. {@link ClassBreaks} puts a value equal to a limit in the class below it (upper bounds
 * inclusive), and a value beyond the extremes in the first or last class, so the labels read
 * "≤ 31 %", "> 31 to 67 %", "> 67 %": a value of exactly 31 % is in the first class, as the map
 * colours it.
 */
final class ClassLabels {

    /**
     * How a layer's numbers are written: multiplied by {@code factor}, then {@code suffix}, with at
     * least {@code minDecimals} and, to show a limit exactly, up to {@code exactDecimals} (the
     * precision the window shows a value with, so a value read there compares right).
     */
    record Units(double factor, String suffix, int minDecimals, int exactDecimals) {
        /** Shares 0..1 written as percentages. */
        static final Units SHARE = new Units(100, " %", 0, 1);
        /** Scores 0..1 written as they are, with two decimals. */
        static final Units SCORE = new Units(1, "", 2, 2);

        static Units of(CoveragePolygons.Unit unit) {
            return switch (unit) {
                case FRACTION -> SHARE;
                case PERCENT -> new Units(1, " %", 0, 1);
                case RAW -> new Units(1, "", 0, MAX_DECIMALS);
            };
        }
    }

    private static final int MAX_DECIMALS = 4;

    private ClassLabels() {
    }

    /** One label per class, lowest first; none when there are no classes. */
    static List<String> of(ClassBreaks breaks, Units units) {
        int n = breaks.classes();
        List<String> labels = new ArrayList<>();
        if (n == 0) return labels;
        int d = decimals(breaks.breaks(), units);
        if (n == 1) {
            String lo = number(breaks.lower(0), units, d);
            String hi = number(breaks.upper(0), units, d);
            labels.add((lo.equals(hi) ? lo : lo + " to " + hi) + units.suffix());
            return labels;
        }
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                labels.add("≤ " + number(breaks.upper(0), units, d) + units.suffix());
            } else if (i == n - 1) {
                labels.add("> " + number(breaks.lower(i), units, d) + units.suffix());
            } else {
                labels.add("> " + number(breaks.lower(i), units, d) + " to " + number(breaks.upper(i), units, d)
                        + units.suffix());
            }
        }
        return labels;
    }

    /**
     * The fewest decimals (at least the units' own) that write every limit exactly, within the
     * units' precision: "≤ 0.13" for a limit of 0.125 would put 0.128 on the wrong side. Then as
     * many more as tell neighbouring limits apart.
     */
    static int decimals(List<Double> limits, Units units) {
        int exact = units.minDecimals();
        while (exact < units.exactDecimals() && !exact(limits, units, exact)) exact++;
        for (int d = exact; d < MAX_DECIMALS; d++) {
            boolean distinct = true;
            for (int i = 1; i < limits.size() && distinct; i++) {
                if (limits.get(i) > limits.get(i - 1)
                        && number(limits.get(i), units, d).equals(number(limits.get(i - 1), units, d))) distinct = false;
            }
            if (distinct) return d;
        }
        return MAX_DECIMALS;
    }

    private static boolean exact(List<Double> limits, Units units, int decimals) {
        double f = Math.pow(10, decimals);
        for (double v : limits) {
            double shown = v * units.factor() * f;
            if (Math.abs(shown - Math.rint(shown)) > 1e-6 * Math.max(1, Math.abs(shown))) return false;
        }
        return true;
    }

    private static String number(double v, Units units, int decimals) {
        double shown = v * units.factor();
        String pattern = Math.abs(shown) >= 10_000 ? "%,." + decimals + "f" : "%." + decimals + "f";
        String text = String.format(Locale.ROOT, pattern, shown);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }
}
