package org.redmap.analysis;

import java.util.List;

/**
 * Which header cells of a coverage table were taken for what (the names as written, "" when absent),
 * and whether the coverage column holds percentages because its header says so.
 */
public record CoverageColumns(String id, String coverage, boolean percentColumn, String date, String source,
                              List<String> ignored) {

    public CoverageColumns {
        ignored = List.copyOf(ignored);
    }
}
