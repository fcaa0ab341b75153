package org.redmap.render;

import java.util.List;

/**
 * What the legend says, as drawn: the text of every row it holds, in order, and the rows its box
 * had no room for. A legend that overflows is drawn with a warning, and an export refuses it, so
 * no row is ever left out without the analyst knowing.
 *
 * @param rows  every row's text, including those that did not fit
 * @param unfit the rows that did not fit in the legend's box, in order; empty when all fit
 */
public record LegendReport(List<String> rows, List<String> unfit) {

    public static final LegendReport NONE = new LegendReport(List.of(), List.of());

    public LegendReport {
        rows = List.copyOf(rows);
        unfit = List.copyOf(unfit);
    }

    public boolean overflows() {
        return !unfit.isEmpty();
    }
}
