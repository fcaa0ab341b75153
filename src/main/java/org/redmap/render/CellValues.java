package org.redmap.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.redmap.analysis.ClassBreaks;
import org.redmap.io.CoveragePolygons;

/**
 * Writes imported polygon values for people: shares and percentages as "%", anything else as the
 * number itself with as few decimals as keep neighbouring class limits apart ("-110 – -95",
 * "0.25–0.5", "12,500–40,000"). The legend and the window's status bar use the same words.
 */
public final class CellValues {

    private CellValues() {
    }

    /** Decimals that tell every pair of neighbouring limits apart, 0 to 4. */
    static int decimals(List<Double> limits, CoveragePolygons.Unit unit) {
        double factor = unit == CoveragePolygons.Unit.FRACTION ? 100 : 1;
        for (int d = 0; d <= 4; d++) {
            boolean distinct = true;
            for (int i = 1; i < limits.size() && distinct; i++) {
                if (limits.get(i) > limits.get(i - 1)
                        && round(limits.get(i) * factor, d) == round(limits.get(i - 1) * factor, d)) distinct = false;
            }
            if (distinct) return d;
        }
        return 4;
    }

    /** The legend's text for one class: "20–40 %", "-110 – -95", or one value when both limits are the same. */
    static String range(ClassBreaks breaks, int classIndex, CoveragePolygons.Unit unit) {
        int d = decimals(breaks.breaks(), unit);
        String lo = number(breaks.lower(classIndex), unit, d);
        String hi = number(breaks.upper(classIndex), unit, d);
        // An en dash between negative numbers needs air, or "-110–-95" reads as a subtraction.
        String dash = hi.startsWith("-") ? " – " : "–";
        String text = lo.equals(hi) ? lo : lo + dash + hi;
        return unit == CoveragePolygons.Unit.RAW ? text : text + " %";
    }

    /** One value for the status bar and inspector: "73.5 %", or "-97.25" for a raw number; "no value" for NaN. */
    public static String value(double value, CoveragePolygons data) {
        CoveragePolygons.Unit unit = data.unit();
        if (Double.isNaN(value)) return "no value";
        String n = number(value, unit, unit == CoveragePolygons.Unit.RAW ? plainDecimals(value) : 1);
        return unit == CoveragePolygons.Unit.RAW ? n : n + " %";
    }

    private static String number(double v, CoveragePolygons.Unit unit, int decimals) {
        double shown = unit == CoveragePolygons.Unit.FRACTION ? v * 100 : v;
        String pattern = Math.abs(shown) >= 10_000 ? "%,." + decimals + "f" : "%." + decimals + "f";
        String text = String.format(Locale.ROOT, pattern, shown);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    /** As many decimals as the value has, up to 4: a raw value is shown as written. */
    private static int plainDecimals(double v) {
        BigDecimal b = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return Math.max(0, b.scale());
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
