package org.redmap.app;

import org.redmap.project.MapLoader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench prints figures; here it only has to run through, small, and leave its files where asked. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void smallBenchPrintsATableAndKeepsItsFilesInOut() {
        Cli run = Cli.run("bench", "--cells", "200", "--polygon-cells", "300", "--runs", "1", "--out", dir.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("median ms").contains("min ms")
                .contains("MapLoader.bundled").contains("render 1920x1080 @1x").contains("render 3840x2160 @1x")
                .contains("render 1920x1080 @2x").contains("200 polygons").contains("redmap export")
                .contains("modelled coverage (CoverageModeller)").contains("border bands 50/100/200 km (BorderBands)")
                .contains("MapAnalysis.bundled").contains("render 1920x1080 @1x, all overlays")
                .contains("coverage, risk, footprint, bands")
                .contains("read (CoveragePolygonReader)").contains("300 cells").contains("render 1920x1080 @1x, polygons")
                .contains("cells in view (STRtree culling)")
                .contains("export PNG, all layers + annotations (ProjectExporter)").contains("of 8 kinds, 4 overlays");
        assertThat(dir.resolve("briefing-3840x2160.png")).isRegularFile();
        assertThat(dir.resolve("briefing-3840x2160.png.json")).isRegularFile();
        assertThat(dir.resolve("coverage-polygons-300.geojson")).isRegularFile();
        assertThat(dir.resolve("synthetic-200.geojson")).isRegularFile();
        assertThat(dir.resolve("synthetic-200.png")).isRegularFile();
    }

    @Test
    void badCountsAreUsageErrors() {
        assertThat(Cli.run("bench", "--runs", "0").code()).isEqualTo(Launcher.USAGE);
        assertThat(Cli.run("bench", "--cells", "-5").code()).isEqualTo(Launcher.USAGE);
        assertThat(Cli.run("bench", "--polygon-cells", "0").code()).isEqualTo(Launcher.USAGE);
        assertThat(Cli.run("bench", "--out", dir.resolve("nope").toString()).code()).isEqualTo(Launcher.USAGE);
        assertThat(Files.exists(dir.resolve("nope"))).isFalse();
    }
}
