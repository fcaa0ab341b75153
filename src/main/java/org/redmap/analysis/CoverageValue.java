package org.redmap.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * A region's coverage from a joined table.
 *
 * @param value    a fraction 0..1, whatever the file's notation
 * @param rawText  the cell as written ("57%"), for the inspector
 * @param line     the file line it came from
 */
public record CoverageValue(String regionId, double value, String rawText, int line, Optional<PartialDate> date,
                            String source) {

    public CoverageValue {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(date, "date");
        if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException("coverage " + value + " is not within 0..1");
        rawText = rawText == null ? "" : rawText;
        source = source == null ? "" : source;
    }
}
