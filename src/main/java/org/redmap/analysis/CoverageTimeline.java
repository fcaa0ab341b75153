package org.redmap.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The national coverage figures over time (data/coverage-timeline.json): reported, target and
 * disputed, each with its sources, in file order. Nothing is averaged or reconciled: where sources
 * disagree the timeline holds both.
 */
public record CoverageTimeline(int version, String measure, String note, List<TimelineEntry> entries) {

    public CoverageTimeline {
        Objects.requireNonNull(measure, "measure");
        note = note == null ? "" : note;
        entries = List.copyOf(entries);
    }

    public List<TimelineEntry> entries(TimelineKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * Every percentage as a chart point, sorted by date. Figures given only as a number of people
     * have no point; the entries still hold them for a table beside the chart.
     */
    public List<TimelinePoint> points() {
        List<TimelinePoint> points = new ArrayList<>();
        for (TimelineEntry e : entries) {
            for (TimelineFigure f : e.figures()) {
                if (f.percent().isEmpty()) continue;
                // A month or a year is drawn at its middle: any one day would claim a precision the source lacks.
                LocalDate when = f.due().map(PartialDate::middle).orElse(e.date().middle());
                Optional<LocalDate> until = f.dueUntil().map(PartialDate::middle);
                String label = f.label().isEmpty() ? f.text() : f.label() + ": " + f.text();
                points.add(new TimelinePoint(when, until, f.percent().getAsDouble(), e.kind(), e.id(), label,
                        e.sources()));
            }
        }
        points.sort(Comparator.comparing(TimelinePoint::when));
        return points;
    }
}
