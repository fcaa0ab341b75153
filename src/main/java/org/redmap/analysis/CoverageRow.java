package org.redmap.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One data row of a coverage table as read, before the join. {@code value} is empty when the cell
 * could not be used (its problem is in the table's problem list); the row still counts when looking
 * for duplicate ids, because an analyst who wrote an id twice meant something by it.
 *
 * @param id       the id cell, trimmed
 * @param value    the coverage as a fraction 0..1
 * @param rawValue the coverage cell as written
 */
public record CoverageRow(int line, String id, OptionalDouble value, String rawValue, Optional<PartialDate> date,
                          String source) {

    public CoverageRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
        rawValue = rawValue == null ? "" : rawValue;
        source = source == null ? "" : source;
    }
}
