package org.redmap.io;

import java.io.IOException;

/**
 * A GeoJSON file that cannot be used, with enough context for the user to find and fix the problem:
 * {@code states.geojson: feature 3 (id "MX-SON"), line 5, column 18: polygon ring is not closed}.
 *
 * <p>Feature indexes are 0-based positions in the {@code "features"} array, the same number that
 * {@code jq '.features[3]'} uses. Unknown parts are -1 (or null for the id) and left out of the message.
 */
public class GeoJsonException extends IOException {

    private final String source;
    private final int featureIndex;
    private final String featureId;
    private final int line;
    private final int column;
    private final String reason;

    public GeoJsonException(String source, int featureIndex, String featureId, int line, int column, String reason) {
        this(source, featureIndex, featureId, line, column, reason, null);
    }

    public GeoJsonException(String source, int featureIndex, String featureId, int line, int column, String reason,
                            Throwable cause) {
        super(format(source, featureIndex, featureId, line, column, reason), cause);
        this.source = source;
        this.featureIndex = featureIndex;
        this.featureId = featureId;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** A problem with a whole feature found after parsing, when no line or column is known any more. */
    public static GeoJsonException forFeature(String source, int featureIndex, String featureId, String reason) {
        return new GeoJsonException(source, featureIndex, featureId, -1, -1, reason);
    }

    /** The file or resource name. */
    public String source() {
        return source;
    }

    /** 0-based index in the "features" array, or -1 when the problem is not inside a feature. */
    public int featureIndex() {
        return featureIndex;
    }

    /** The feature's "id" member as text, or null when it has none or it was not read yet. */
    public String featureId() {
        return featureId;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location prefix. */
    public String reason() {
        return reason;
    }

    private static String format(String source, int featureIndex, String featureId, int line, int column,
                                 String reason) {
        StringBuilder where = new StringBuilder();
        if (featureIndex >= 0) {
            where.append("feature ").append(featureIndex);
            if (featureId != null) where.append(" (id \"").append(featureId).append("\")");
        }
        if (line > 0) {
            if (where.length() > 0) where.append(", ");
            where.append("line ").append(line);
            if (column > 0) where.append(", column ").append(column);
        }
        StringBuilder message = new StringBuilder(source == null ? "GeoJSON" : source).append(": ");
        if (where.length() > 0) message.append(where).append(": ");
        return message.append(reason).toString();
    }
}
