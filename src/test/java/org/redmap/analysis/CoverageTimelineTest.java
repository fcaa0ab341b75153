package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CoverageTimelineTest {

    private static CoverageTimeline bundled() throws Exception {
        return new CoverageTimelineReader().bundled();
    }

    @Test
    void holdsReportedTargetAndDisputedFigures() throws Exception {
        CoverageTimeline timeline = bundled();
        assertThat(timeline.entries(TimelineKind.REPORTED)).extracting(TimelineEntry::id)
                .containsExactly("launch-2018", "reported-2019-09", "reported-2020", "reported-2021-02", "reported-2021");
        assertThat(timeline.entries(TimelineKind.TARGET)).hasSize(5);
        TimelineEntry disputed = timeline.entries(TimelineKind.DISPUTED).get(0);
        assertThat(disputed.date()).isEqualTo(PartialDate.parse("2024-07"));
        assertThat(disputed.figures()).extracting(f -> f.percent().getAsDouble()).containsExactly(95.3, 74.0);
        assertThat(disputed.figures().get(1).text()).isEqualTo("about 74 %");
        assertThat(disputed.note()).contains("Both are shown");
        assertThat(disputed.sources()).singleElement().satisfies(s -> assertThat(s.source().url()).contains("expansion.mx"));
    }

    @Test
    void everyFigureAndSourceComesFromFacts() throws Exception {
        String facts = Files.readString(Path.of("data", "FACTS.md"), StandardCharsets.UTF_8);
        for (TimelineEntry e : bundled().entries()) {
            for (TimelineFigure f : e.figures()) {
                f.percent().ifPresent(p -> assertThat(facts).as(e.id()).contains(plain(p) + " %"));
                f.peopleMillions().ifPresent(m -> assertThat(facts).as(e.id()).contains(plain(m) + " M"));
            }
            for (CitedSource s : e.sources()) assertThat(facts).as(e.id()).contains(s.source().url());
        }
    }

    @Test
    void chartPointsAreSortedAndPutTargetsAtTheirDueDate() throws Exception {
        List<TimelinePoint> points = bundled().points();
        assertThat(points).isSortedAccordingTo((a, b) -> a.when().compareTo(b.when()));
        TimelinePoint ift = points.stream().filter(p -> p.entryId().equals("ift-2022-03") && p.percent() == 70)
                .findFirst().orElseThrow();
        assertThat(ift.when()).hasToString("2022-11-30");
        assertThat(ift.kind()).isEqualTo(TimelineKind.TARGET);
        TimelinePoint range = points.stream().filter(p -> p.entryId().equals("new-plan-2021") && p.percent() == 70)
                .findFirst().orElseThrow();
        assertThat(range.until()).isPresent();
        // a figure given only in people has no point on a percentage chart
        assertThat(points).noneMatch(p -> p.entryId().equals("reported-2021-02"));
    }

    @Test
    void aSourceDateWithSpacesAroundItIsReadAsTheDate() throws Exception {
        String json = """
                {"format": "redmap-coverage-timeline", "version": 1, "measure": "m",
                 "sources": {"s": {"title": "t", "publisher": "p", "date": " 2021 ", "url": "https://example.org/a"}},
                 "entries": [{"id": "e", "date": "2020", "kind": "reported", "figures": [{"percent": 50}], "sources": ["s"]}]}""";
        CoverageTimeline timeline = read(new CoverageTimelineReader(), json);
        assertThat(timeline.entries().get(0).sources().get(0).source().date()).isEqualTo("2021");
    }

    @Test
    void brokenTimelinesAreRefusedWithTheirLocation() {
        String good = """
                {"format": "redmap-coverage-timeline", "version": 1, "measure": "m",
                 "sources": {"s": {"title": "t", "publisher": "p", "date": "2020", "url": "https://example.org/a"}},
                 "entries": [{"id": "e", "date": "2020", "kind": "reported", "figures": [{"percent": 50}], "sources": ["s"]}]}""";
        CoverageTimelineReader reader = new CoverageTimelineReader();
        assertThatThrownBy(() -> read(reader, good.replace("\"reported\"", "\"rumoured\"")))
                .hasMessageContaining("/entries/0/kind").hasMessageContaining("unknown kind 'rumoured'");
        assertThatThrownBy(() -> read(reader, good.replace("{\"percent\": 50}", "{\"percent\": 50, \"due\": \"2021\"}")))
                .hasMessageContaining("only targets have a 'due' date");
        assertThatThrownBy(() -> read(reader, good.replace("\"reported\"", "\"disputed\"")))
                .hasMessageContaining("counter-claim");
        assertThatThrownBy(() -> read(reader, good.replace("[\"s\"]", "[\"x\"]")))
                .hasMessageContaining("/entries/0/sources/0").hasMessageContaining("unknown source 'x'");
        assertThatThrownBy(() -> read(reader, good.replace("\"2020\", \"kind\"", "\"2020-13\", \"kind\"")))
                .hasMessageContaining("/entries/0/date");
        assertThatThrownBy(() -> read(reader, good.replace("https://example.org/a", "example.org")))
                .hasMessageContaining("/sources/s/url");
        assertThatThrownBy(() -> read(reader, good.replace("{\"percent\": 50}", "{\"percent\": 150}")))
                .hasMessageContaining("from 0 to 100");
    }

    private static CoverageTimeline read(CoverageTimelineReader reader, String json) throws Exception {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
