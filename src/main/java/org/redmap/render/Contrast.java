package org.redmap.render;

import java.awt.Color;

/**
 * The WCAG 2 contrast ratio between two colours, from 1 (the same) to 21 (black and white). Text
 * a reader must make out on a projected slide needs at least {@link #LEGIBLE}.
 */
final class Contrast {

    /** WCAG 2's level AA for normal text. */
    static final double LEGIBLE = 4.5;

    private Contrast() {
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance of an sRGB colour, as WCAG 2 defines it. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
