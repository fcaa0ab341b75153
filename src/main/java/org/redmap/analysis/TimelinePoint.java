package org.redmap.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One point for the timeline chart, in percent. Reported and disputed figures sit at the entry's
 * date; targets sit at their due date (a target with no due date at the date it was set).
 *
 * @param until for a target holding over a period, the period's end: draw a flat segment to it
 */
public record TimelinePoint(LocalDate when, Optional<LocalDate> until, double percent, TimelineKind kind,
                            String entryId, String label, List<CitedSource> sources) {

    public TimelinePoint {
        sources = List.copyOf(sources);
    }
}
