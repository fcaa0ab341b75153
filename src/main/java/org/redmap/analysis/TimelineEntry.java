package org.redmap.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One row of the coverage timeline: figures of one kind, from one report.
 *
 * @param date      when the figures were reported or set, as precisely as the source says
 * @param dateLabel how to show the date ("Late 2020", "Contract (January 2017)"); the date itself if none
 */
public record TimelineEntry(String id, PartialDate date, String dateLabel, TimelineKind kind,
                            List<TimelineFigure> figures, String note, List<CitedSource> sources) {

    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        dateLabel = dateLabel == null ? date.toString() : dateLabel;
        note = note == null ? "" : note;
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
        if (figures.isEmpty()) throw new IllegalArgumentException("entry '" + id + "' has no figures");
        if (sources.isEmpty()) throw new IllegalArgumentException("entry '" + id + "' cites no source");
        if (kind == TimelineKind.DISPUTED && figures.size() < 2) {
            throw new IllegalArgumentException("disputed entry '" + id + "' needs the claim and its counter-claim");
        }
    }
}
