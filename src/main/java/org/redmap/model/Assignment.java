package org.redmap.model;

import java.util.List;
import java.util.Objects;

/** A vendor claim with its provenance: on what basis, how confidently, and from which sources. */
public record Assignment(Vendor vendor, Basis basis, Confidence confidence, List<Source> sources, String note) {

    public Assignment {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
        if (sources.isEmpty() && basis != Basis.ANALYST) {
            throw new IllegalArgumentException("a " + basis.key() + " assignment needs at least one source");
        }
    }

    /** An analyst's override: the analyst is the source, so none is required. */
    public static Assignment analyst(Vendor vendor, String note) {
        return new Assignment(vendor, Basis.ANALYST, Confidence.HIGH, List.of(), note);
    }
}
