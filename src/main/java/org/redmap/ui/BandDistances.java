package org.redmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The border-band distances as the analyst types them ("50, 100, 200"), checked before anything is
 * computed, with an error that says which part is wrong and how to write it.
 */
public final class BandDistances {

    /** More rings than this make an unreadable map and table. */
    public static final int MAX_BANDS = 10;
    /** Farther than anywhere in Mexico is from the US border (about 2,300 km to the far south-east). */
    public static final double MAX_KM = 3000;

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

    private BandDistances() {
    }

    /**
     * The distances in kilometres, ascending. Separated by commas, semicolons or spaces, in any
     * order; a unit "km" may follow each number or the list.
     *
     * @throws IllegalArgumentException with a message for the analyst
     */
    public static List<Double> parse(String text) {
        String cleaned = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(cleaned)) {
            if (part.isEmpty() || part.equals("km")) continue;
            parts.add(part.endsWith("km") ? part.substring(0, part.length() - 2) : part);
        }
        if (parts.isEmpty()) throw new IllegalArgumentException("Type one or more distances in km, for example 50, 100, 200.");
        TreeSet<Double> sorted = new TreeSet<>();
        for (String part : parts) {
            if (!NUMBER.matcher(part).matches()) {
                throw new IllegalArgumentException("'" + part + "' is not a distance: use plain numbers of km with a "
                        + "decimal point, separated by commas (50, 100, 200).");
            }
            double km = Double.parseDouble(part);
            if (km <= 0) throw new IllegalArgumentException("Distances must be above 0 km; the first band always starts at the border.");
            if (km > MAX_KM) throw new IllegalArgumentException(format(km) + " km is farther than any place in Mexico is from the border (at most " + format(MAX_KM) + " km).");
            if (!sorted.add(km)) throw new IllegalArgumentException(format(km) + " km is given twice.");
        }
        if (sorted.size() > MAX_BANDS) throw new IllegalArgumentException("At most " + MAX_BANDS + " bands; " + sorted.size() + " were given.");
        return List.copyOf(sorted);
    }

    /** "50, 100, 200", the way {@link #parse} reads it back. */
    public static String format(List<Double> distancesKm) {
        List<String> parts = new ArrayList<>();
        for (double d : distancesKm) parts.add(format(d));
        return String.join(", ", parts);
    }

    private static String format(double km) {
        return AnalysisFormat.plain(km);
    }
}
