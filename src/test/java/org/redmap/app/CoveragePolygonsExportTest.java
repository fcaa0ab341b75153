package org.redmap.app;

import org.redmap.project.OverlayIds;

import org.redmap.project.MapLoader;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.io.CoveragePolygonReader;
import org.redmap.model.Layer;
import org.redmap.project.MapLayers;
import org.redmap.render.MapRenderer;
import org.redmap.render.Overlay;
import org.redmap.render.OverlayBuilder;
import org.redmap.render.Pixels;
import org.redmap.analysis.PolygonCoverage;
import org.redmap.render.Ramp;

/**
 * {@code redmap export --coverage-polygons}: cells drawn in their class colours where they lie, a
 * legend that names the property and the file, and clear errors for the files and names that fail.
 */
class CoveragePolygonsExportTest {

    static final int W = 1280;
    static final int H = 720;
    /** A cell over Oaxaca with a high value, one over Chihuahua with a low one, one without a value over Yucatán. */
    static final String CELLS = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":"oax","properties":{"coverage_pct":96.5,"rsrp":-80},"geometry":{"type":"Polygon","coordinates":[[[-97.5,16.5],[-96,16.5],[-96,17.7],[-97.5,17.7],[-97.5,16.5]]]}},
            {"type":"Feature","id":"chh","properties":{"coverage_pct":3.5,"rsrp":-118},"geometry":{"type":"Polygon","coordinates":[[[-107,28],[-105,28],[-105,29.5],[-107,29.5],[-107,28]]]}},
            {"type":"Feature","id":"mid1","properties":{"coverage_pct":40,"rsrp":-100},"geometry":{"type":"Polygon","coordinates":[[[-103,20],[-102,20],[-102,21],[-103,21],[-103,20]]]}},
            {"type":"Feature","id":"mid2","properties":{"coverage_pct":60,"rsrp":-95},"geometry":{"type":"Polygon","coordinates":[[[-101,20],[-100,20],[-100,21],[-101,21],[-101,20]]]}},
            {"type":"Feature","id":"mid3","properties":{"coverage_pct":75,"rsrp":-90},"geometry":{"type":"Polygon","coordinates":[[[-99,22],[-98.5,22],[-98.5,22.5],[-99,22.5],[-99,22]]]}},
            {"type":"Feature","id":"yuc","properties":{"coverage_pct":null},"geometry":{"type":"Polygon","coordinates":[[[-89.8,20],[-88.6,20],[-88.6,21],[-89.8,21],[-89.8,20]]]}}
            ]}
            """;
    static final double[] OAXACA = {-96.7, 17.1};
    static final double[] CHIHUAHUA = {-106, 28.75};
    static final Set<Layer> BASE = Set.of(Layer.CONTEXT, Layer.VENDOR);

    static ProjectedMap map;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
    }

    Path cells() throws IOException {
        Path file = dir.resolve("cells.geojson");
        Files.writeString(file, CELLS, StandardCharsets.UTF_8);
        return file;
    }

    BufferedImage export(String name, String... args) throws IOException {
        Path png = dir.resolve(name + ".png");
        Cli run = Cli.run(concat(new String[] {"export", "--out", png.toString(), "--width", "" + W, "--height", "" + H}, args));
        assertThat(run.code()).as(run.toString()).isZero();
        return ImageIO.read(png.toFile());
    }

    static Color colour(BufferedImage image, double[] lonLat) {
        Viewport v = Viewport.fit(map.homeExtent(), W, H, MapRenderer.fitInsets(BASE));
        return Pixels.dominant(image, Pixels.at(lonLat[0], lonLat[1], v, 1), 5);
    }

    static Color blend(Color top, double alpha, Color under) {
        return new Color((int) Math.round(top.getRed() * alpha + under.getRed() * (1 - alpha)),
                (int) Math.round(top.getGreen() * alpha + under.getGreen() * (1 - alpha)),
                (int) Math.round(top.getBlue() * alpha + under.getBlue() * (1 - alpha)));
    }

    @Test
    void aHighCellHasTheTopRampColourAndALowCellTheBottomOne() throws IOException {
        Path file = cells();
        BufferedImage plain = export("plain", "--layers", "context,vendor");
        BufferedImage drawn = export("cells", "--layers", "context,vendor,polygons", "--coverage-polygons", file.toString(),
                "--coverage-property", "coverage_pct");

        Overlay.Polygons overlay = OverlayBuilder.defaults().polygons(
                PolygonCoverage.project(new CoveragePolygonReader().read(file, "coverage_pct"), MapProjection.mexico()),
                MapLayers.defaultOpacity(OverlayIds.POLYGONS));
        List<Color> ramp = Ramp.cividis().sample(overlay.breaks().classes());
        double alpha = overlay.opacity();
        Color high = colour(drawn, OAXACA);
        Color expectedHigh = blend(ramp.get(ramp.size() - 1), alpha, colour(plain, OAXACA));
        assertThat(Pixels.distance(high, expectedHigh)).as("Oaxaca cell %s, expected %s", high, expectedHigh).isLessThan(10);
        Color low = colour(drawn, CHIHUAHUA);
        Color expectedLow = blend(ramp.get(0), alpha, colour(plain, CHIHUAHUA));
        assertThat(Pixels.distance(low, expectedLow)).as("Chihuahua cell %s, expected %s", low, expectedLow).isLessThan(10);
        assertThat(Pixels.distance(high, low)).isGreaterThan(150);
        // Outside the cells the vendor map is untouched.
        double[] sonora = {-110.5, 29.5};
        assertThat(Pixels.distance(colour(drawn, sonora), colour(plain, sonora))).isLessThan(3);
    }

    @Test
    void theOptionAloneTurnsTheLayerOnAndReportsTheFeatureWithoutAValue() throws IOException {
        Path file = cells();
        Path png = dir.resolve("default.png");
        Cli run = Cli.run("export", "--out", png.toString(), "--width", "" + W, "--height", "" + H,
                "--coverage-polygons", file.toString(), "--coverage-property", "coverage_pct");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("cells.geojson: 6 of 6 features drawn, 5 with a value of \"coverage_pct\"; 1 problem(s)",
                "feature 5 (id \"yuc\"): \"coverage_pct\" is null", "overlays: polygons,");
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void theSvgLegendNamesThePropertyTheFileAndTheBreaksAndSaysImported() throws IOException {
        Path svg = dir.resolve("cells.svg");
        Cli run = Cli.run("export", "--out", svg.toString(), "--coverage-polygons", cells().toString(),
                "--coverage-property", "rsrp");
        assertThat(run.code()).as(run.toString()).isZero();
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("COVERAGE POLYGONS · IMPORTED", "“rsrp” from cells.geojson", "-118", "-80", "No data")
                .doesNotContain("POLYGONS · MODELLED");
        assertThat(text).as("a signal level is no percentage").doesNotContain("-80 %");
    }

    @Test
    void badFilesAndNamesFailWithTheirExitCodeAndAMessageThatSaysWhy() throws IOException {
        Path out = dir.resolve("x.png");
        Cli missing = Cli.run("export", "--out", out.toString(), "--coverage-polygons", dir.resolve("none.geojson").toString());
        assertThat(missing.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(missing.err()).contains("none.geojson: no such file");

        Cli unknown = Cli.run("export", "--out", out.toString(), "--coverage-polygons", cells().toString(),
                "--coverage-property", "signal");
        assertThat(unknown.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(unknown.err()).contains("cells.geojson: no feature has a numeric property \"signal\"; numeric properties in"
                + " this file: coverage_pct, rsrp");

        Cli ambiguous = Cli.run("export", "--out", out.toString(), "--coverage-polygons", cells().toString());
        assertThat(ambiguous.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(ambiguous.err()).contains("--coverage-property", "coverage_pct, rsrp");

        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-99,20],[-98,20],[-98,21]]]}}\n]}\n", StandardCharsets.UTF_8);
        Cli bad = Cli.run("export", "--out", out.toString(), "--coverage-polygons", broken.toString());
        assertThat(bad.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(bad.err()).contains("broken.geojson: feature 0", "line 2");

        Cli orphan = Cli.run("export", "--out", out.toString(), "--coverage-property", "coverage_pct");
        assertThat(orphan.code()).isEqualTo(Launcher.USAGE);
        assertThat(orphan.err()).contains("--coverage-property names a property of --coverage-polygons");
        Cli layerOnly = Cli.run("export", "--out", out.toString(), "--layers", "vendor,polygons");
        assertThat(layerOnly.code()).isEqualTo(Launcher.USAGE);
        assertThat(layerOnly.err()).contains("--coverage-polygons FILE.geojson");
        Cli withProject = Cli.run("export", "--out", out.toString(), "--project", "data/examples/briefing.redmap.json",
                "--coverage-polygons", cells().toString());
        assertThat(withProject.code()).isEqualTo(Launcher.USAGE);
        assertThat(withProject.err()).contains("--coverage-polygons does not go with --project");
        assertThat(Files.exists(out)).as("nothing written").isFalse();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
