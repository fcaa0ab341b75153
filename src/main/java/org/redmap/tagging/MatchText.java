package org.redmap.tagging;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How keys are normalised before comparing, in one place so that the file reader (which checks
 * rules for duplicates) and the taggers (which look rules up) can never disagree.
 */
public final class MatchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private MatchText() {
    }

    /** An ISO 3166-2 code, upper-cased ("mx-son" is a typo, not another region); null if blank. */
    public static String iso(Object value) {
        if (value == null) return null;
        String s = value.toString().trim();
        return s.isEmpty() ? null : s.toUpperCase(Locale.ROOT);
    }

    /**
     * An INEGI code zero-padded to at least two digits: state codes are written "05", "5" or the
     * number 5 depending on the tool that wrote the file. Null if the value is not a whole number.
     */
    public static String inegi(Object value) {
        String digits;
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d < 0 || d != Math.rint(d) || Double.isInfinite(d)) return null;
            digits = Long.toString(n.longValue());
        } else if (value instanceof String s) {
            digits = s.trim();
        } else {
            return null;
        }
        if (!DIGITS.matcher(digits).matches()) return null;
        return digits.length() < 2 ? "0" + digits : digits;
    }

    /**
     * A name folded for comparison: accents, case and punctuation are dropped ("Nuevo Leon" and
     * "NUEVO LEÓN" are one name), because hand-made files rarely spell Spanish names the same way.
     * Null if nothing is left.
     */
    public static String name(String value) {
        if (value == null) return null;
        String s = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return s.isEmpty() ? null : s;
    }
}
