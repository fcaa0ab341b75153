package org.redmap.tagging;

import java.util.Objects;
import org.redmap.model.Source;

/**
 * A source as the assignment file lists it: its short id, the citation, and the file's caveat
 * about it (for example "date not stated; year of the event"), which the sources panel should
 * show next to the citation.
 */
public record SourceEntry(String id, Source source, String note) {

    public SourceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
    }
}
