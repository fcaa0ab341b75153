package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.CoverageTimeline;
import org.redmap.analysis.CoverageTimelineReader;
import org.redmap.analysis.TimelineKind;
import org.redmap.analysis.TimelinePoint;

class TimelineTextTest {

    private static CoverageTimeline timeline;

    @BeforeAll
    static void read() throws Exception {
        timeline = new CoverageTimelineReader().bundled();
    }

    private static TimelinePoint point(String entryId, double percent) {
        return timeline.points().stream().filter(p -> p.entryId().equals(entryId) && p.percent() == percent).findFirst().orElseThrow();
    }

    @Test
    void datesBecomeFractionalYears() {
        assertThat(TimelineText.decimalYear(LocalDate.of(2019, 1, 1))).isEqualTo(2019.0);
        assertThat(TimelineText.decimalYear(LocalDate.of(2020, 7, 2))).isCloseTo(2020.5, within(0.01));
    }

    @Test
    void whenIsAsPreciseAsTheSource() {
        assertThat(TimelineText.when(timeline, point("reported-2019-09", 42))).isEqualTo("2019-09");
        assertThat(TimelineText.when(timeline, point("obligations-2021-02", 85))).isEqualTo("due 2022-01");
        assertThat(TimelineText.when(timeline, point("new-plan-2021", 70))).isEqualTo("2021–2025");
    }

    @Test
    void everyPointNamesItsSourcesWithTheirUrls() {
        for (TimelinePoint p : timeline.points()) {
            String tip = TimelineText.tooltip(timeline, p);
            assertThat(tip).startsWith(p.label()).contains(p.kind().key(), "Source: ", "http");
            p.sources().forEach(s -> assertThat(tip).contains(s.source().url(), s.source().publisher()));
        }
    }

    @Test
    void theDisputedClaimShowsItsNote() {
        TimelinePoint ceo = point("disputed-2024-07", 95.3);
        assertThat(ceo.kind()).isEqualTo(TimelineKind.DISPUTED);
        assertThat(TimelineText.detail(timeline, ceo)).contains("Kind: disputed (a claim shown with its counter-claim)",
                "When: 2024-07", "expansion.mx");
    }
}
