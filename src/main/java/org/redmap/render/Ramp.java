package org.redmap.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequential colour ramp sampled into n classes. The ramps are perceptually uniform and
 * read in colour-blind eyes and in grayscale (lightness changes monotonically along each).
 */
public record Ramp(String name, List<Color> stops) {

    public Ramp {
        stops = List.copyOf(stops);
        if (stops.size() < 2) throw new IllegalArgumentException("a ramp needs two or more stops");
    }

    /** Viridis (van der Walt and Smith, matplotlib): dark blue-purple for low, yellow for high. */
    public static Ramp viridis() {
        return new Ramp("viridis", List.of(new Color(0x440154), new Color(0x3B528B), new Color(0x21908C),
                new Color(0x5DC963), new Color(0xFDE725)));
    }

    /** Magma reversed (matplotlib): pale for low, dark purple-black for high. */
    public static Ramp magma() {
        return new Ramp("magma", List.of(new Color(0xFCFDBF), new Color(0xFC8961), new Color(0xB73779),
                new Color(0x51127C), new Color(0x000004)));
    }

    /**
     * Cividis (Nuñez, Anderton and Renslow 2018, matplotlib): dark blue for low, yellow for high,
     * made to read the same with the common colour-vision deficiencies. Used for imported coverage
     * polygons, so they never look like the modelled or joined coverage (viridis) beside them.
     */
    public static Ramp cividis() {
        return new Ramp("cividis", List.of(new Color(0x00204D), new Color(0x414D6B), new Color(0x7C7B78),
                new Color(0xBCAF6F), new Color(0xFFEA46)));
    }

    public static Ramp byName(String name) {
        return switch (name) {
            case "viridis" -> viridis();
            case "magma" -> magma();
            case "cividis" -> cividis();
            default -> throw new IllegalArgumentException("unknown ramp '" + name + "' (known: viridis, magma, cividis)");
        };
    }

    /** n colours evenly spaced along the ramp, first to last. */
    public List<Color> sample(int n) {
        List<Color> colours = new ArrayList<>(n);
        for (int i = 0; i < n; i++) colours.add(at(n == 1 ? 1.0 : i / (double) (n - 1)));
        return colours;
    }

    /** The colour at t in [0, 1], interpolated linearly between stops. */
    public Color at(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        double position = clamped * (stops.size() - 1);
        int i = Math.min(stops.size() - 2, (int) Math.floor(position));
        double f = position - i;
        Color a = stops.get(i);
        Color b = stops.get(i + 1);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
