package org.redmap.tagging;

/**
 * A place rule whose anchor names no city or region in the loaded data (or more than one city).
 * Unchecked: it means the assignment file and the map data do not fit together, which the caller
 * can only report, not repair.
 */
public final class UnresolvedAnchorException extends IllegalArgumentException {

    private final String ruleId;

    public UnresolvedAnchorException(String ruleId, String message) {
        super(message);
        this.ruleId = ruleId;
    }

    /** The id of the place rule that failed. */
    public String ruleId() {
        return ruleId;
    }
}
