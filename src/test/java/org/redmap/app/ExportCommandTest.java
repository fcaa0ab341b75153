package org.redmap.app;

import org.redmap.project.MapLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redmap.render.Pixels.HUAWEI_ORANGE;
import static org.redmap.render.Pixels.NOKIA_BLUE;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
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
import org.redmap.io.SyntheticGrid;
import org.redmap.model.Layer;
import org.redmap.render.MapRenderer;
import org.redmap.render.Pixels;

/** {@code redmap export}, run as a user would, judged by the PNG it leaves behind. */
class ExportCommandTest {

    static ProjectedMap map;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadMap() throws IOException {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
    }

    /** The view the export command fits, computed the same documented way. */
    static Viewport home(int width, int height, Set<Layer> layers) {
        return Viewport.fit(map.homeExtent(), width, height, MapRenderer.fitInsets(layers));
    }

    static Color colour(BufferedImage image, double lon, double lat, Viewport viewport, double scale) {
        return Pixels.dominant(image, Pixels.at(lon, lat, viewport, scale), (int) Math.round(6 * scale));
    }

    @Test
    void defaultExportIs1920By1080WithVendorColoursAndALegendBottomLeft() throws Exception {
        Path png = dir.resolve("map.png");
        Cli run = Cli.run("export", "--out", png.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("map.png").contains("1920x1080 px").contains(" ms");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);

        Viewport v = home(1920, 1080, Layer.all());
        assertThat(Pixels.distance(colour(image, -110.5, 29.5, v, 1), NOKIA_BLUE)).as("Sonora").isLessThan(20);
        assertThat(Pixels.distance(colour(image, -96.7, 17.1, v, 1), HUAWEI_ORANGE)).as("Oaxaca").isLessThan(20);

        Rectangle area = Pixels.mapArea(1920, 1080, 1);
        Rectangle bottomLeft = new Rectangle(area.x, area.y + area.height / 2, area.width / 2, area.height / 2);
        Rectangle panel = Pixels.whitePanel(image, bottomLeft, 120);
        assertThat(panel).as("a white legend panel in the bottom-left corner").isNotNull();
        assertThat(panel.width).isGreaterThan(250);
        assertThat(panel.height).isGreaterThan(150);
        assertThat(panel.x).isLessThan(40);
        assertThat(panel.y + panel.height).isGreaterThan(area.y + area.height - 40);
        assertThat(Pixels.count(image, panel, Pixels::nearWhite)).isGreaterThan(panel.width * panel.height / 2);
        assertThat(Pixels.count(image, panel, Pixels::dark)).as("legend text").isGreaterThan(500);
    }

    @Test
    void scaleMultipliesThePixelsAndKeepsTheColoursInPlace() throws Exception {
        Path png = dir.resolve("retina.png");
        Cli run = Cli.run("export", "--out", png.toString(), "--width", "1280", "--height", "720", "--scale", "2");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("2560x1440 px").contains("192 DPI");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2560);
        assertThat(image.getHeight()).isEqualTo(1440);
        Viewport v = home(1280, 720, Layer.all());
        assertThat(Pixels.distance(colour(image, -110.5, 29.5, v, 2), NOKIA_BLUE)).isLessThan(20);
        assertThat(Pixels.distance(colour(image, -96.7, 17.1, v, 2), HUAWEI_ORANGE)).isLessThan(20);
    }

    @Test
    void fractionalScaleRoundsThePixelSize() throws Exception {
        Path png = dir.resolve("one-and-a-half.png");
        Cli run = Cli.run("export", "-o", png.toString(), "-W", "101", "-H", "64", "--scale", "1.5");

        assertThat(run.code()).as(run.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(152);
        assertThat(image.getHeight()).isEqualTo(96);
    }

    @Test
    void layersChooseWhatIsDrawn() throws Exception {
        Path png = dir.resolve("bare.png");
        Cli run = Cli.run("export", "--out", png.toString(), "--width", "960", "--height", "540", "--layers", "context, VENDOR");

        assertThat(run.code()).as(run.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        Viewport v = home(960, 540, Set.of(Layer.CONTEXT, Layer.VENDOR));
        assertThat(Pixels.distance(colour(image, -110.5, 29.5, v, 1), NOKIA_BLUE)).isLessThan(20);
        // no title band, no legend, no labels: nothing near-white and nothing dark anywhere
        assertThat(Pixels.count(image, Pixels.whole(image), Pixels::dark)).isZero();
        assertThat(Pixels.whitePanel(image, Pixels.whole(image), 60)).isNull();
    }

    @Test
    void titleReplacesTheDocumentTitle() throws Exception {
        Path standard = dir.resolve("standard.png");
        Path titled = dir.resolve("titled.png");
        assertThat(Cli.run("export", "--out", standard.toString(), "--width", "640", "--height", "360").code()).isZero();
        assertThat(Cli.run("export", "--out", titled.toString(), "--width", "640", "--height", "360",
                "--title", "Quién construyó la Red Compartida").code()).isZero();

        Rectangle changed = Pixels.difference(ImageIO.read(standard.toFile()), ImageIO.read(titled.toFile()));
        assertThat(changed).isNotNull();
        assertThat(changed.y + changed.height).as("only the title band changes").isLessThanOrEqualTo(54);
    }

    @Test
    void unknownLayerIsAUsageErrorNamingItAndTheKnownOnes() {
        Path png = dir.resolve("x.png");
        Cli run = Cli.run("export", "--out", png.toString(), "--layers", "vendor,rivers");

        assertThat(run.code()).isEqualTo(Launcher.USAGE);
        assertThat(run.err()).contains("'rivers'").contains(Layer.knownIds()).contains("Usage:");
        assertThat(run.out()).isEmpty();
        assertThat(png).doesNotExist();
    }

    @Test
    void aTitleTooLongOrWithAControlCharacterIsAUsageErrorAndNothingIsWritten() {
        Path png = dir.resolve("t.png");
        Cli longTitle = Cli.run("export", "--out", png.toString(), "--title", "x".repeat(1_001));
        Cli bell = Cli.run("export", "--out", png.toString(), "--title", "Bell\u0007");
        Cli marking = Cli.run("export", "--out", png.toString(), "--marking", "TLP:\u0001AMBER");

        assertThat(longTitle.code()).isEqualTo(Launcher.USAGE);
        assertThat(longTitle.err()).contains("--title: title is 1,001 characters; at most 1,000");
        assertThat(bell.code()).isEqualTo(Launcher.USAGE);
        assertThat(bell.err()).contains("--title: title holds the control character U+0007");
        assertThat(marking.code()).isEqualTo(Launcher.USAGE);
        assertThat(marking.err()).contains("--marking: marking holds the control character U+0001");
        assertThat(png).doesNotExist();
    }

    @Test
    void missingOutIsAUsageError() {
        Cli run = Cli.run("export");

        assertThat(run.code()).isEqualTo(Launcher.USAGE);
        assertThat(run.err()).contains("--out").contains("Usage:");
    }

    @Test
    void badValuesAreUsageErrors() {
        String out = dir.resolve("x.png").toString();
        for (List<String> args : List.of(
                List.of("--width", "15"), List.of("--width", "20001"), List.of("--height", "0"),
                List.of("--width", "wide"), List.of("--scale", "0.1"), List.of("--scale", "17"),
                List.of("--scale", "NaN"), List.of("--width", "20000", "--height", "20000", "--scale", "2"),
                List.of("--frobnicate"))) {
            String[] all = new String[args.size() + 3];
            all[0] = "export";
            all[1] = "--out";
            all[2] = out;
            for (int i = 0; i < args.size(); i++) all[i + 3] = args.get(i);
            Cli run = Cli.run(all);
            assertThat(run.code()).as(args + "\n" + run).isEqualTo(Launcher.USAGE);
            assertThat(run.err()).as(args.toString()).contains("Usage:");
        }
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void svgAndPdfByExtensionCarryTheTitleAsText() throws IOException {
        Path svg = dir.resolve("map.svg");
        Cli svgRun = Cli.run("export", "--out", svg.toString(), "--title", "Vendor briefing 42");
        assertThat(svgRun.code()).as(svgRun.toString()).isEqualTo(Launcher.OK);
        assertThat(svgRun.err()).contains("SVG", "vector");
        assertThat(Files.readString(svg)).contains("Vendor briefing 42", "Huawei", "Nokia").doesNotContain("<image");

        Path pdf = dir.resolve("map.pdf");
        Cli pdfRun = Cli.run("export", "--out", pdf.toString(), "--title", "Vendor briefing 42");
        assertThat(pdfRun.code()).as(pdfRun.toString()).isEqualTo(Launcher.OK);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Vendor briefing 42", "Huawei");
        }
    }

    @Test
    void outputMustBeAPngFile() {
        Cli run = Cli.run("export", "--out", dir.resolve("map.jpg").toString());
        assertThat(run.code()).isEqualTo(Launcher.USAGE);
        assertThat(run.err()).contains(".png");

        Path folder = dir.resolve("folder.png");
        assertThat(folder.toFile().mkdir()).isTrue();
        Cli onFolder = Cli.run("export", "--out", folder.toString());
        assertThat(onFolder.code()).isEqualTo(Launcher.USAGE);
        assertThat(onFolder.err()).contains("names a folder");
    }

    @Test
    void nonexistentOutputFolderIsAUsageErrorNamingIt() {
        Path missing = dir.resolve("no-such-folder");
        Cli run = Cli.run("export", "--out", missing.resolve("map.png").toString());

        assertThat(run.code()).isEqualTo(Launcher.USAGE);
        assertThat(run.err()).contains("output folder does not exist").contains("no-such-folder");
        assertThat(missing).doesNotExist();
    }

    @Test
    void brokenRegionsFileIsBadInputNamingFileLineAndColumnAndWritesNothing() throws Exception {
        Path grid = dir.resolve("grid.geojson");
        SyntheticGrid.write(grid, 10);
        String text = Files.readString(grid);
        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, text.substring(0, text.length() / 2));
        Path png = dir.resolve("map.png");

        Cli run = Cli.run("export", "--regions", broken.toString(), "--out", png.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(run.err()).contains("broken.geojson").containsPattern("line \\d+").containsPattern("column \\d+");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(png).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("grid.geojson", "broken.geojson");
        }
    }

    @Test
    void missingRegionsFileIsBadInput() {
        Cli run = Cli.run("export", "--regions", dir.resolve("nowhere.geojson").toString(), "--out",
                dir.resolve("map.png").toString());

        assertThat(run.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(run.err()).contains("nowhere.geojson").contains("no such file");
    }

    @Test
    void regionsFileIsDrawnThroughTheSameExport() throws Exception {
        Path grid = dir.resolve("grid.geojson");
        SyntheticGrid.write(grid, 400);
        Path png = dir.resolve("grid.png");

        Cli run = Cli.run("export", "--regions", grid.toString(), "--out", png.toString(), "--width", "1280", "--height", "720");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("400 regions");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(Pixels.count(image, Pixels.whole(image), NOKIA_BLUE, 30)).isGreaterThan(1000);
        assertThat(Pixels.count(image, Pixels.whole(image), HUAWEI_ORANGE, 30)).isGreaterThan(1000);
    }

    @Test
    void exportReplacesAnExistingFileWhole() throws Exception {
        Path png = dir.resolve("map.png");
        Files.writeString(png, "an older export");

        assertThat(Cli.run("export", "--out", png.toString(), "--width", "320", "--height", "180").code()).isZero();

        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(320);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(png);
        }
    }

    @Test
    void exportedFileHasTheUsualPermissionsNotOwnerOnly() throws Exception {
        Path png = dir.resolve("shared.png");
        Path reference = Files.createFile(dir.resolve("reference.txt"));

        assertThat(Cli.run("export", "--out", png.toString(), "--width", "320", "--height", "180").code()).isZero();

        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(png)).isEqualTo(Files.getPosixFilePermissions(reference));
        }
    }
}
