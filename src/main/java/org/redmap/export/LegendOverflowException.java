package org.redmap.export;

import java.io.IOException;
import java.util.List;

/**
 * The page's legend box cannot hold every row, so the page is not exported: a briefing whose key
 * leaves out some of its symbols would mislead. Names the rows that do not fit.
 */
public final class LegendOverflowException extends IOException {

    private final List<String> unfit;

    public LegendOverflowException(List<String> unfit) {
        super(message(unfit));
        this.unfit = List.copyOf(unfit);
    }

    public List<String> unfit() {
        return unfit;
    }

    private static String message(List<String> unfit) {
        return "the legend does not fit in its box; " + unfit.size() + (unfit.size() == 1 ? " row has" : " rows have")
                + " no room: " + String.join("; ", unfit)
                + ". Make the legend box larger, choose a larger page, or hide layers it explains";
    }
}
