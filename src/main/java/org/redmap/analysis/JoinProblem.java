package org.redmap.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One thing the coverage join could not use as it stands, with where to find it in the file.
 *
 * @param lines    the file lines concerned (1-based; the header is line 1); empty for a region that
 *                 has no row at all
 * @param column   the header name of the offending cell's column, or "" when the whole row or region
 *                 is concerned
 * @param rawText  the cell or id exactly as written in the file, or "" for a region without a row
 * @param regionId the region concerned, when known
 * @param message  one readable sentence
 */
public record JoinProblem(Kind kind, List<Integer> lines, String column, String rawText, String regionId,
                          String message) {

    /** The kinds of problem, in the order a summary lists them. */
    public enum Kind {
        UNKNOWN_ID("Ids that match no region"),
        REGION_WITHOUT_VALUE("Regions without a value"),
        DUPLICATE_ID("Ids on more than one row (no value used)"),
        NOT_A_NUMBER("Values that are not numbers"),
        OUT_OF_RANGE("Values out of range"),
        EMPTY_VALUE("Rows without a value"),
        EMPTY_ID("Rows without an id"),
        WRONG_CELL_COUNT("Rows with the wrong number of cells (not used)"),
        BAD_DATE("Dates that could not be read (value kept, date left out)");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    public JoinProblem {
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
        column = column == null ? "" : column;
        rawText = rawText == null ? "" : rawText;
        regionId = regionId == null ? "" : regionId;
        Objects.requireNonNull(message, "message");
    }
}
