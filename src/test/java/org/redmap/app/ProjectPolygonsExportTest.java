package org.redmap.app;

import org.redmap.render.Composer;
import org.redmap.project.MapLoader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.geo.Viewport;
import org.redmap.project.MapSource;
import org.redmap.project.OpenedProject;
import org.redmap.export.ProjectExporter;
import org.redmap.project.ProjectFile;
import org.redmap.render.MapRenderer;
import org.redmap.render.Overlay;
import org.redmap.render.Pixels;
import org.redmap.render.RenderRequest;

/** {@code redmap export --project} of a project with imported coverage polygons draws them and records their file. */
class ProjectPolygonsExportTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path project() throws Exception {
        Files.writeString(dir.resolve("cells.geojson"), CoveragePolygonsExportTest.CELLS, StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve("cells.redmap.json"), """
                {
                  "format": "redmap-project",
                  "version": 1,
                  "title": "Cells",
                  "data": {"regions": "bundled", "coverage_polygons": {"file": "cells.geojson", "property": "coverage_pct"}},
                  "layers": {"base": ["context", "vendor"], "overlays": [{"id": "polygons", "visible": true, "opacity": 1}]},
                  "export": {"width": 1280, "height": 720}
                }
                """);
    }

    @Test
    void theCellsAreDrawnInTheirClassColoursAndTheSidecarListsTheFileWithItsHash() throws Exception {
        Path project = project();
        Path png = dir.resolve("cells.png");

        Cli run = Cli.run("export", "--project", project.toString(), "--out", png.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("overlays: polygons")
                .contains("6 of 6 features drawn, 5 with a value of \"coverage_pct\"; 1 problem(s)");

        MapLoader loader = MapLoader.bundled();
        OpenedProject opened = ProjectFile.open(project, new MapSource(loader.defaultDocument(), loader::openRegions));
        RenderRequest request = new Composer().export(opened.session(), opened.project().export(), opened.hash(), Clock.systemUTC()).request();
        Overlay.Polygons overlay = (Overlay.Polygons) new Composer().overlays(opened.session()).get(0);
        List<Color> ramp = overlay.ramp().sample(overlay.breaks().classes());
        BufferedImage image = ImageIO.read(png.toFile());
        Color oaxaca = colour(image, CoveragePolygonsExportTest.OAXACA, request);
        Color chihuahua = colour(image, CoveragePolygonsExportTest.CHIHUAHUA, request);
        assertThat(Pixels.distance(oaxaca, ramp.get(ramp.size() - 1))).as("high cell %s", oaxaca).isLessThan(10);
        assertThat(Pixels.distance(chihuahua, ramp.get(0))).as("low cell %s", chihuahua).isLessThan(10);

        JsonNode sidecar = JSON.readTree(dir.resolve("cells.png.json").toFile());
        JsonNode cells = null;
        for (JsonNode d : sidecar.get("data")) if (d.get("role").asText().equals("coverage-polygons")) cells = d;
        assertThat(cells).as("sidecar data: %s", sidecar.get("data")).isNotNull();
        assertThat(cells.get("name").asText()).isEqualTo("cells.geojson");
        assertThat(cells.get("path").asText()).as("relative to the project's folder").isEqualTo("cells.geojson");
        assertThat(cells.has("local_path")).isFalse();
        assertThat(cells.get("sha256").asText()).isEqualTo(ProjectFile.sha256(dir.resolve("cells.geojson")));
        assertThat(sidecar.get("layers").get("overlays").get(0).get("id").asText()).isEqualTo("polygons");
    }

    @Test
    void theWindowsExportPathGivesTheSameBytes() throws Exception {
        Path project = project();
        Path cli = dir.resolve("cli.png");
        Path window = dir.resolve("window.png");

        assertThat(Cli.run("export", "--project", project.toString(), "--out", cli.toString()).code()).isZero();
        MapLoader loader = MapLoader.bundled();
        OpenedProject opened = ProjectFile.open(project, new MapSource(loader.defaultDocument(), loader::openRegions));
        new ProjectExporter(new MapRenderer(), Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC), "x")
                .export(opened.session(), opened.project().export(), opened.hash(), opened.file(), window);

        assertThat(Files.mismatch(cli, window)).isEqualTo(-1);
    }

    private static Color colour(BufferedImage image, double[] lonLat, RenderRequest request) {
        Viewport v = request.viewport();
        return Pixels.dominant(image, Pixels.at(lonLat[0], lonLat[1], v, request.pixelScale()), 5);
    }
}
