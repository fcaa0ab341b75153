package org.redmap.ui;

import java.util.Locale;

/**
 * How positions and scales read in the status bar. Hemisphere letters instead of signs, because
 * "99.1332° W" is what analysts copy into reports and what gazetteers print.
 */
public final class GeoFormat {

    /** CSS-like logical pixels: 96 per inch, so a map scale can be stated as on paper. */
    private static final double METRES_PER_LOGICAL_PIXEL = 0.0254 / 96;

    private GeoFormat() {
    }

    /** "19.4326° N, 99.1332° W": latitude first, as gazetteers write it. */
    public static String latLon(double lon, double lat) {
        return String.format(Locale.ROOT, "%.4f° %s, %.4f° %s",
                Math.abs(lat), lat < 0 ? "S" : "N", Math.abs(lon), lon < 0 ? "W" : "E");
    }

    /** A representative fraction, rounded to three significant figures: "1 : 11,100,000". */
    public static String scale(double metresPerPixel) {
        double denominator = metresPerPixel / METRES_PER_LOGICAL_PIXEL;
        return "1 : " + String.format(Locale.ROOT, "%,d", Math.round(roundSignificant(denominator, 3)));
    }

    /** Ground size of one screen pixel: "2.94 km/px" or "450 m/px". */
    public static String resolution(double metresPerPixel) {
        if (metresPerPixel >= 1000) return String.format(Locale.ROOT, "%.2f km/px", metresPerPixel / 1000);
        return String.format(Locale.ROOT, "%.0f m/px", metresPerPixel);
    }

    static double roundSignificant(double value, int digits) {
        if (value <= 0 || Double.isNaN(value) || Double.isInfinite(value)) return value;
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - digits + 1);
        return Math.round(value / magnitude) * magnitude;
    }
}
