package org.redmap.ui;

import java.time.LocalDate;
import java.util.Optional;
import org.redmap.analysis.CitedSource;
import org.redmap.analysis.CoverageTimeline;
import org.redmap.analysis.PartialDate;
import org.redmap.analysis.TimelineEntry;
import org.redmap.analysis.TimelineFigure;
import org.redmap.analysis.TimelineKind;
import org.redmap.analysis.TimelinePoint;

/** The words and positions of the coverage timeline chart, and the sources behind each point. */
public final class TimelineText {

    private TimelineText() {
    }

    /** A date as a year with a fraction, for a numeric time axis: 1 July 2019 is about 2019.5. */
    public static double decimalYear(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    /** "reported", "target", "disputed". */
    public static String kind(TimelineKind kind) {
        return kind.key();
    }

    /**
     * When the figure holds, as precisely as the source says: the entry's date for reported and
     * disputed figures ("2019-09"), "due 2022-01" for targets, "2021–2025" for a period.
     */
    public static String when(CoverageTimeline timeline, TimelinePoint p) {
        Optional<TimelineEntry> entry = entry(timeline, p);
        Optional<TimelineFigure> figure = entry.flatMap(e -> figure(e, p));
        if (p.kind() == TimelineKind.TARGET && figure.flatMap(TimelineFigure::due).isPresent()) {
            PartialDate due = figure.get().due().get();
            return figure.get().dueUntil().map(u -> due + "–" + u).orElse("due " + due);
        }
        return entry.map(e -> e.date().toString()).orElse(p.when().toString());
    }

    /** The tooltip of a chart point: the figure, its kind and date, and every source with its URL. */
    public static String tooltip(CoverageTimeline timeline, TimelinePoint p) {
        StringBuilder out = new StringBuilder();
        out.append(p.label()).append('\n');
        String when = when(timeline, p);
        out.append(kind(p.kind())).append(" · ").append(when);
        entry(timeline, p).filter(e -> !e.dateLabel().equals(when)).ifPresent(e -> out.append(" · ").append(e.dateLabel()));
        out.append('\n');
        sources(out, p);
        return out.toString().strip();
    }

    /** Everything about a point, for the text under the chart: figure, kind, dates, note and sources. */
    public static String detail(CoverageTimeline timeline, TimelinePoint p) {
        StringBuilder out = new StringBuilder();
        out.append(p.label()).append('\n');
        out.append("Kind: ").append(kind(p.kind())).append(switch (p.kind()) {
            case REPORTED -> " (said to be reached)";
            case TARGET -> " (promised or required)";
            case DISPUTED -> " (a claim shown with its counter-claim)";
        }).append('\n');
        String when = when(timeline, p);
        out.append("When: ").append(when);
        Optional<TimelineEntry> entry = entry(timeline, p);
        entry.filter(e -> !e.dateLabel().equals(when)).ifPresent(e -> out.append(" (").append(e.dateLabel()).append(')'));
        out.append('\n');
        entry.filter(e -> !e.note().isBlank()).ifPresent(e -> out.append("Note: ").append(e.note().strip()).append('\n'));
        out.append('\n');
        sources(out, p);
        return out.toString();
    }

    private static void sources(StringBuilder out, TimelinePoint p) {
        for (CitedSource c : p.sources()) {
            out.append("Source: ").append(c.source().publisher()).append(" (").append(c.source().date()).append("), “")
                    .append(c.source().title()).append("”\n").append(c.source().url()).append('\n');
            if (!c.note().isBlank()) out.append("(").append(c.note().strip()).append(")\n");
        }
    }

    static Optional<TimelineEntry> entry(CoverageTimeline timeline, TimelinePoint p) {
        return timeline.entries().stream().filter(e -> e.id().equals(p.entryId())).findFirst();
    }

    private static Optional<TimelineFigure> figure(TimelineEntry e, TimelinePoint p) {
        return e.figures().stream().filter(f -> f.percent().isPresent() && f.percent().getAsDouble() == p.percent())
                .filter(f -> p.label().equals(f.label().isEmpty() ? f.text() : f.label() + ": " + f.text()))
                .findFirst();
    }
}
