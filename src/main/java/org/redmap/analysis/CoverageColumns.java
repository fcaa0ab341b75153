package org.redmap.analysis;

import java.util.List;

/**
 * Which header cells of a coverage table were taken for what (the names as written, "" when absent),
 * and whether the coverage column holds percentages because its header says so, or because its
 * values do (some above 1, none above 100, in a column whose header does not say).
 */
public record CoverageColumns(String id, String coverage, boolean percentColumn, String date, String source,
                              List<String> ignored, boolean percentFromValues) {

    public CoverageColumns {
        ignored = List.copyOf(ignored);
    }

    /** A table whose scale the values did not decide. */
    public CoverageColumns(String id, String coverage, boolean percentColumn, String date, String source,
                           List<String> ignored) {
        this(id, coverage, percentColumn, date, source, ignored, false);
    }

    /** Whether plain numbers in the coverage column are percentages 0..100. */
    public boolean percent() {
        return percentColumn || percentFromValues;
    }

    /** How the column's numbers were read, for the report: {@code "coverage" read as percent (0–100), ...}. */
    public String scale() {
        if (percentColumn) return "percentages 0..100, from the header";
        if (percentFromValues) {
            return "read as percent (0–100): its values go above 1 and none above 100; name the column coverage_pct"
                    + " to say so, or write fractions 0..1";
        }
        return "fractions 0..1; cells ending in % are percentages";
    }
}
