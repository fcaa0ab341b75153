package org.redmap.analysis;

import java.util.Objects;
import org.redmap.model.Source;

/** A source as a data file cites it: its id in the file, the source, and caveats about it (title reconstructed...). */
public record CitedSource(String id, Source source, String note) {

    public CitedSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
    }
}
