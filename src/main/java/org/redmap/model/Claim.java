package org.redmap.model;

import java.util.List;
import java.util.Objects;

/** One side of a conflict: a vendor and the sources that say so. */
public record Claim(Vendor vendor, String statement, List<Source> sources) {

    public Claim {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(statement, "statement");
        sources = List.copyOf(sources);
    }
}
