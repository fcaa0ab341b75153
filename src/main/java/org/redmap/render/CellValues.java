package org.redmap.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.redmap.io.CoveragePolygons;

/**
 * Writes an imported polygon's value for people: shares and percentages as "%", anything else as
 * the number as written. The window's status bar and inspector use it; the legend's class limits
 * are {@link ClassLabels}'.
 */
public final class CellValues {

    private CellValues() {
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
}
