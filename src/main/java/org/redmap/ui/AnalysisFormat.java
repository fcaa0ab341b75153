package org.redmap.ui;

import java.util.Locale;

/** How the analysis numbers read in the window: shares as percentages, scores to two places, people with commas. */
public final class AnalysisFormat {

    private AnalysisFormat() {
    }

    /** "50", "12.5": whole numbers without a decimal point. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** A share 0..1 as "67.5 %". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** A score or factor value 0..1: "0.41". */
    public static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A contribution to a score, with its sign: "+0.400". */
    public static String contribution(double v) {
        return String.format(Locale.ROOT, "+%.3f", v);
    }

    /** "628,389". */
    public static String people(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Square kilometres, whole: "92,147". */
    public static String km2(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
