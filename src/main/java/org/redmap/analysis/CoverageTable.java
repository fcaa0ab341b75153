package org.redmap.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A coverage CSV as read: its data rows and the problems found in single cells. Joining it to
 * regions is {@link CoverageJoiner}'s job.
 *
 * @param source   the file name, for reports
 * @param problems cell-level problems (not numbers, out of range, bad dates, wrong cell counts, empty cells)
 * @param dataRows every row after the header that is not blank, usable or not
 * @param blankLines lines holding nothing, skipped
 */
public record CoverageTable(String source, CoverageColumns columns, List<CoverageRow> rows, List<JoinProblem> problems,
                            int dataRows, int blankLines) {

    public CoverageTable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(columns, "columns");
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
