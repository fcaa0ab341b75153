package org.redmap.io;

import java.util.Objects;

/**
 * One feature of a coverage-polygon file that could not be used as it stands, with where it is.
 *
 * @param featureIndex 0-based position in the "features" array ({@code jq '.features[3]'})
 * @param featureId    the feature's id, or "" when it has none
 */
public record CellProblem(Kind kind, int featureIndex, String featureId, String message) {

    /** The kinds of problem, in the order a summary lists them. */
    public enum Kind {
        NO_VALUE("Features without a value (drawn as no data)"),
        NOT_A_NUMBER("Values that are not numbers (drawn as no data)"),
        NOT_POLYGONAL("Features that are not polygons (not drawn)"),
        EMPTY_GEOMETRY("Empty geometries (not drawn)"),
        REPAIRED("Invalid polygons repaired (drawn as repaired)"),
        UNREPAIRABLE("Invalid polygons with no area once repaired (not drawn)");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    public CellProblem {
        Objects.requireNonNull(kind, "kind");
        featureId = featureId == null ? "" : featureId;
        Objects.requireNonNull(message, "message");
    }
}
