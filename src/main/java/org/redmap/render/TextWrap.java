package org.redmap.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrap and ellipsis fitting by measured width. Both measure only what can be seen: a
 * line is measured as it grows up to the width, and the longest fitting start of a text is found
 * by probing lengths that double, then halving the gap. So a title of any length costs about as
 * much as the part of it that fits, where taking one character off the end at a time cost the
 * square of its length.
 */
final class TextWrap {

    private static final String ELLIPSIS = "…";
    private static final int FIRST_PROBE = 32;

    private TextWrap() {
    }

    static List<String> lines(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (TextPainter.width(candidate, font) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) lines.add(line);
            // A word wider than the line (a URL, a long code) is broken where it must be, not left
            // to run off the page.
            int from = 0;
            while (from < word.length() && !fitsWhole(word, from, font, maxWidth)) {
                int cut = from + Math.max(1, longestFitting(word, from, font, maxWidth, ""));
                cut = codePointBoundary(word, cut);
                lines.add(word.substring(from, cut));
                from = cut;
            }
            line = word.substring(from);
        }
        if (!line.isEmpty()) lines.add(line);
        return lines;
    }

    /** The text, or its longest start that fits followed by an ellipsis. */
    static String fit(String text, Font font, double maxWidth) {
        if (fitsWhole(text, 0, font, maxWidth)) return text;
        int cut = Math.max(1, longestFitting(text, 0, font, maxWidth, ELLIPSIS));
        return text.substring(0, codePointBoundary(text, cut)).strip() + ELLIPSIS;
    }

    /** Whether the text from {@code from} on fits, measuring no more of it than can. */
    private static boolean fitsWhole(String text, int from, Font font, double maxWidth) {
        int rest = text.length() - from;
        int probe = Math.min(rest, FIRST_PROBE);
        while (true) {
            if (TextPainter.width(text.substring(from, from + probe), font) > maxWidth) return false;
            if (probe == rest) return true;
            probe = (int) Math.min(rest, 2L * probe);
        }
    }

    /**
     * The largest n for which the n characters from {@code from} on, then {@code suffix}, are no
     * wider than {@code maxWidth}; 0 if none are. Widths grow with the length, so the search can halve.
     */
    static int longestFitting(String text, int from, Font font, double maxWidth, String suffix) {
        int rest = text.length() - from;
        int fits = 0;
        int tooLong = -1;
        int probe = Math.min(rest, FIRST_PROBE);
        while (tooLong < 0) {
            if (TextPainter.width(text.substring(from, from + probe) + suffix, font) > maxWidth) tooLong = probe;
            else if (probe == rest) return probe;
            else {
                fits = probe;
                probe = (int) Math.min(rest, 2L * probe);
            }
        }
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            if (TextPainter.width(text.substring(from, from + mid) + suffix, font) <= maxWidth) fits = mid;
            else tooLong = mid;
        }
        return fits;
    }

    /** {@code index}, moved back off the middle of a surrogate pair. */
    private static int codePointBoundary(String text, int index) {
        if (index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index))) {
            return index > 1 ? index - 1 : index + 1;
        }
        return index;
    }
}
