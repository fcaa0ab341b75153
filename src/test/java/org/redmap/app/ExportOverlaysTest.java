package org.redmap.app;

import org.redmap.project.MapLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redmap.render.Pixels.HUAWEI_ORANGE;
import static org.redmap.render.Pixels.NOKIA_BLUE;

import java.awt.Color;
import java.awt.Point;
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
import org.redmap.analysis.MapAnalysis;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.Layer;
import org.redmap.project.MapLayers;
import org.redmap.render.MapRenderer;
import org.redmap.render.Overlay;
import org.redmap.render.OverlayBuilder;
import org.redmap.render.Pixels;

/**
 * {@code redmap export} with overlays, judged by the PNG it writes: each overlay shows where it
 * should, in its own colours, over the vendor colours, and says MODELLED where it is a model.
 */
class ExportOverlaysTest {

    static final int W = 1280;
    static final int H = 720;
    static final double[] SONORA = {-110.5, 29.5};
    static final double[] OAXACA = {-96.7, 17.1};
    static final double[] MONTERREY = {-100.31, 25.67};
    /** About 25 km south of the border, inside Sonora: in the first band (0–50 km). */
    static final double[] SOUTH_OF_THE_BORDER = {-110.0, 31.1};
    static final Color TEAL = new Color(0x00876C);

    static ProjectedMap map;
    static MapAnalysis analysis;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyse() throws IOException {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
        analysis = MapAnalysis.bundled(map);
    }

    /** Exports with these arguments after {@code export --out FILE --width W --height H}; fails the test on a non-zero exit. */
    BufferedImage export(String name, String... args) throws IOException {
        Path png = dir.resolve(name + ".png");
        String[] all = new String[args.length + 7];
        System.arraycopy(new String[] {"export", "--out", png.toString(), "--width", "" + W, "--height", "" + H}, 0, all, 0, 7);
        System.arraycopy(args, 0, all, 7, args.length);
        Cli run = Cli.run(all);
        assertThat(run.code()).as(run.toString()).isZero();
        return ImageIO.read(png.toFile());
    }

    static Viewport home(Set<Layer> base) {
        return Viewport.fit(map.homeExtent(), W, H, MapRenderer.fitInsets(base));
    }

    static Color colour(BufferedImage image, double[] lonLat, Set<Layer> base) {
        return Pixels.dominant(image, Pixels.at(lonLat[0], lonLat[1], home(base), 1), 6);
    }

    /** {@code top} at {@code alpha} over {@code under}, as SRC_OVER composites it. */
    static Color blend(Color top, double alpha, Color under) {
        return new Color((int) Math.round(top.getRed() * alpha + under.getRed() * (1 - alpha)),
                (int) Math.round(top.getGreen() * alpha + under.getGreen() * (1 - alpha)),
                (int) Math.round(top.getBlue() * alpha + under.getBlue() * (1 - alpha)));
    }

    static double opacity(String overlayId) {
        return MapLayers.parse(overlayId).overlay(overlayId).orElseThrow().opacity();
    }

    /** The class colour the choropleth gives a region. */
    static Color classColour(Overlay.Choropleth c, String regionId) {
        Double value = c.values().get(regionId);
        assertThat(value).as("a value for " + regionId).isNotNull();
        List<Color> colours = c.colours();
        return colours.get(Math.min(c.breaks().classOf(value), colours.size() - 1));
    }

    static int brightness(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }

    static final Set<Layer> CONTEXT_VENDOR = Set.of(Layer.CONTEXT, Layer.VENDOR);

    @Test
    void coverageOverlayPaintsAStateInItsViridisClassColourNotTheVendorColour() throws IOException {
        BufferedImage image = export("coverage", "--layers", "context,vendor,coverage");

        Overlay.Choropleth coverage = OverlayBuilder.defaults().coverage(analysis.coverage(), opacity("coverage"));
        Color sonora = colour(image, SONORA, CONTEXT_VENDOR);
        Color expected = blend(classColour(coverage, "MX-SON"), opacity("coverage"), NOKIA_BLUE);
        assertThat(Pixels.distance(sonora, expected)).as("Sonora %s, expected %s", sonora, expected).isLessThan(8);
        assertThat(Pixels.distance(sonora, NOKIA_BLUE)).as("not the vendor colour").isGreaterThan(60);
        // Every class colour is on viridis: dark purple through green to yellow, never Nokia's blue.
        assertThat(coverage.colours()).allSatisfy(c -> assertThat(Pixels.distance(c, NOKIA_BLUE)).isGreaterThan(30));
    }

    @Test
    void riskOverlayPaintsAStateInItsMagmaClassColour() throws IOException {
        BufferedImage image = export("risk", "--layers", "context,vendor,risk");

        Overlay.Choropleth risk = OverlayBuilder.defaults().risk(analysis.risk().regionValues(), opacity("risk"));
        Color oaxaca = colour(image, OAXACA, CONTEXT_VENDOR);
        Color expected = blend(classColour(risk, "MX-OAX"), opacity("risk"), HUAWEI_ORANGE);
        assertThat(Pixels.distance(oaxaca, expected)).as("Oaxaca %s, expected %s", oaxaca, expected).isLessThan(8);
        assertThat(Pixels.distance(oaxaca, HUAWEI_ORANGE)).as("not the vendor colour").isGreaterThan(60);
        Color sonora = colour(image, SONORA, CONTEXT_VENDOR);
        assertThat(Pixels.distance(sonora, blend(classColour(risk, "MX-SON"), opacity("risk"), NOKIA_BLUE))).isLessThan(8);
    }

    @Test
    void borderBandsDarkenTheLandJustSouthOfTheBorder() throws IOException {
        BufferedImage plain = export("plain", "--layers", "context,vendor");
        BufferedImage bands = export("bands", "--layers", "context,vendor,bands");

        Color without = colour(plain, SOUTH_OF_THE_BORDER, CONTEXT_VENDOR);
        Color with = colour(bands, SOUTH_OF_THE_BORDER, CONTEXT_VENDOR);
        assertThat(Pixels.distance(without, NOKIA_BLUE)).as("Sonora without bands is Nokia blue").isLessThan(20);
        // The nearest band is the darkest: a translucent dark ink over the vendor colour.
        assertThat(brightness(with)).as("with bands %s, without %s", with, without).isLessThan(brightness(without) - 30);
        assertThat(with.getRed() <= without.getRed() + 30 && with.getGreen() < without.getGreen()
                && with.getBlue() < without.getBlue()).as("darker, not a new hue: %s", with).isTrue();
        // Far from the border (Oaxaca is over 1,000 km away) nothing changes.
        assertThat(colour(bands, OAXACA, CONTEXT_VENDOR)).isEqualTo(colour(plain, OAXACA, CONTEXT_VENDOR));
    }

    @Test
    void footprintTintsABigCityTeal() throws IOException {
        BufferedImage plain = export("plain", "--layers", "context,vendor");
        BufferedImage footprint = export("footprint", "--layers", "context,vendor,footprint");

        Color without = colour(plain, MONTERREY, CONTEXT_VENDOR);
        Color with = colour(footprint, MONTERREY, CONTEXT_VENDOR);
        assertThat(Pixels.distance(with, blend(TEAL, opacity("footprint"), without))).as("Monterrey %s", with).isLessThan(8);
        assertThat(Pixels.distance(with, TEAL)).isLessThan(Pixels.distance(without, TEAL) - 20);
    }

    @Test
    void anOverlayAddsItsSectionToTheLegendPanel() throws IOException {
        BufferedImage plain = export("legend", "--layers", "context,vendor,legend");
        BufferedImage coverage = export("legend-coverage", "--layers", "context,vendor,legend,coverage");

        // Without the title and north arrow the panel takes whichever corner hides least: find it anywhere.
        Rectangle before = Pixels.whitePanel(plain, Pixels.whole(plain), 60);
        Rectangle after = Pixels.whitePanel(coverage, Pixels.whole(coverage), 60);
        assertThat(before).isNotNull();
        assertThat(after).isNotNull();
        // A section heading ("LISTED POPULATION COVERED (MODELLED)") and one 17 px row per class, then its note.
        Overlay.Choropleth c = OverlayBuilder.defaults().coverage(analysis.coverage(), 1);
        assertThat(after.height).as("panel %s, before %s", after, before)
                .isGreaterThanOrEqualTo(before.height + 17 * c.breaks().classes() + 15);
        // Each class has its swatch, opaque on the panel (22 x 13 px).
        for (Color swatch : c.colours()) {
            assertThat(Pixels.count(coverage, after, swatch, 4)).as("swatch %s", swatch).isGreaterThan(150);
            assertThat(Pixels.count(plain, before, swatch, 4)).as("no swatch %s before", swatch).isLessThan(20);
        }
        // The heading, class ranges and the provenance note are text: many more dark pixels than before.
        assertThat(Pixels.count(coverage, after, Pixels::dark)).isGreaterThan(Pixels.count(plain, before, Pixels::dark) + 500);
    }

    @Test
    void aModelledOverlayAppendsToTheSubtitleAndBandsDoNot() throws IOException {
        BufferedImage plain = export("title", "--layers", "context,vendor,title");
        BufferedImage risk = export("title-risk", "--layers", "context,vendor,title,risk");
        BufferedImage bands = export("title-bands", "--layers", "context,vendor,title,bands");

        int band = 54;
        Rectangle changed = Pixels.difference(crop(plain, band), crop(risk, band));
        assertThat(changed).as("the subtitle says MODELLED, not reported: Risk score").isNotNull();
        assertThat(changed.y).as("only the subtitle line changes, not the title").isGreaterThanOrEqualTo(30);
        assertThat(changed.x).as("text is appended after the vendor sentence").isGreaterThan(W / 3);
        assertThat(Pixels.difference(crop(plain, band), crop(bands, band))).as("bands are measured, not modelled").isNull();
    }

    private static BufferedImage crop(BufferedImage image, int height) {
        return image.getSubimage(0, 0, image.getWidth(), height);
    }

    @Test
    void presetsMatchTheLayerPanelAndOverlaysListedInTheSummary() throws IOException {
        Path png = dir.resolve("briefing.png");
        Cli run = Cli.run("export", "--out", png.toString(), "--width", "640", "--height", "360", "--preset", "Briefing");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("overlays: footprint (modelled), bands").contains("analysed in");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(640);

        Cli vendor = Cli.run("export", "--out", dir.resolve("vendor.png").toString(), "--width", "640", "--height", "360",
                "--preset", "vendor");
        assertThat(vendor.code()).as(vendor.toString()).isZero();
        assertThat(vendor.err()).doesNotContain("overlays");
    }

    @Test
    void svgAndPdfWithAnOverlayCarryMODELLEDAsText() throws Exception {
        Path svg = dir.resolve("coverage.svg");
        Cli run = Cli.run("export", "--out", svg.toString(), "--preset", "coverage");
        assertThat(run.code()).as(run.toString()).isZero();
        String text = Files.readString(svg);
        // The legend wraps a section heading to its column: the words are text, on one line or two.
        assertThat(text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ")).contains("LISTED POPULATION COVERED (MODELLED)");
        assertThat(text).contains("COVERAGE FOOTPRINT · MODELLED")
                .contains("MODELLED, not reported").contains(">Under the graduated")
                .doesNotContain("<image");

        Path pdf = dir.resolve("risk.pdf");
        Cli pdfRun = Cli.run("export", "--out", pdf.toString(), "--preset", "risk");
        assertThat(pdfRun.code()).as(pdfRun.toString()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("RISK SCORE (MODELLED)");
        }
    }

    @Test
    void layersAndPresetTogetherAreAUsageError() {
        Path png = dir.resolve("x.png");
        Cli run = Cli.run("export", "--out", png.toString(), "--layers", "vendor,risk", "--preset", "risk");

        assertThat(run.code()).isEqualTo(Launcher.USAGE);
        assertThat(run.err()).contains("--layers and --preset").contains("Usage:");
        assertThat(png).doesNotExist();
    }

    @Test
    void unknownOverlayOrPresetIsAUsageErrorListingTheKnownOnes() {
        Path png = dir.resolve("x.png");
        Cli layer = Cli.run("export", "--out", png.toString(), "--layers", "vendor,heatmap");
        assertThat(layer.code()).isEqualTo(Launcher.USAGE);
        assertThat(layer.err()).contains("'heatmap'").contains(MapLayers.knownIds())
                .contains("coverage, risk, footprint, bands");

        Cli preset = Cli.run("export", "--out", png.toString(), "--preset", "everything");
        assertThat(preset.code()).isEqualTo(Launcher.USAGE);
        assertThat(preset.err()).contains("'everything'").contains("vendor, coverage, risk, briefing");
        assertThat(png).doesNotExist();
    }

    // --coverage

    static final String PROBLEMS = String.join("\n",
            "region_id,coverage,date,source",
            "MX-SON,0.615,2021-02,Operator filing",
            "MX-XXX,0.5,,",
            "MX-CHH,0.4,,",
            "MX-CHH,0.45,,",
            "MX-OAX,abc,,",
            "MX-YUC,57,,",
            "");

    @Test
    void coverageTableWithEveryKindOfProblemStillExportsAndReportsEachOnStderr() throws IOException {
        Path csv = Files.writeString(dir.resolve("coverage.csv"), PROBLEMS);
        Path png = dir.resolve("joined.png");

        Cli run = Cli.run("export", "--out", png.toString(), "--width", "" + W, "--height", "" + H,
                "--coverage", csv.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err())
                .contains("coverage.csv: 1 of 32 regions have a value")
                .contains("'MX-XXX' matches no region")                          // unknown id
                .contains("MX-AGU (Aguascalientes): no row")                       // a region without a row
                .contains("MX-CHH (Chihuahua) is on lines 4, 5")                   // duplicate
                .contains("'abc' is not a number")                                 // non-numeric
                .contains("'57' is out of range")                                  // out of range
                .contains("line 6, column 8").contains("line 7, column 8")
                .contains("wrote ").contains("overlays: coverage,");
        assertThat(run.err()).as("a table is data, not a model").doesNotContain("coverage (modelled)");

        // The coverage overlay is on without --layers: Sonora in its class colour, Oaxaca "no data", never 0.
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Layer> all = Layer.all();
        Color sonora = colour(image, SONORA, all);
        assertThat(Pixels.distance(sonora, NOKIA_BLUE)).as("Sonora %s shows the table's coverage", sonora).isGreaterThan(60);
        Color oaxaca = colour(image, OAXACA, all);
        Color noData = blend(new Color(0xEEEEEE), opacity("coverage"), HUAWEI_ORANGE);
        assertThat(Pixels.distance(oaxaca, noData)).as("Oaxaca %s is 'no data' (pale grey, hatched)", oaxaca).isLessThan(16);
        Overlay.Choropleth joined = OverlayBuilder.defaults().coverage(analysis.withCoverageTable(
                new org.redmap.analysis.CoverageJoiner().joinTagged(new org.redmap.analysis.CoverageTableReader().read(csv),
                        map.document().regions())).coverage(), opacity("coverage"));
        assertThat(joined.values()).containsOnlyKeys("MX-SON");
        assertThat(Pixels.distance(sonora, blend(classColour(joined, "MX-SON"), opacity("coverage"), NOKIA_BLUE))).isLessThan(8);
    }

    @Test
    void coverageWithLayersShowsOnlyWhatLayersSay() throws IOException {
        Path csv = Files.writeString(dir.resolve("coverage.csv"), PROBLEMS);
        Path png = dir.resolve("vendor-only.png");

        Cli run = Cli.run("export", "--out", png.toString(), "--width", "" + W, "--height", "" + H,
                "--coverage", csv.toString(), "--layers", "context,vendor");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("1 of 32 regions have a value").doesNotContain("overlays");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(Pixels.distance(colour(image, SONORA, CONTEXT_VENDOR), NOKIA_BLUE)).isLessThan(20);
    }

    @Test
    void brokenCoverageTableIsBadInputNamingFileLineAndColumn() throws IOException {
        Path csv = Files.writeString(dir.resolve("broken.csv"), "region_id,coverage\nMX-SON,0.5\nMX-OAX,\"0.3\nMX-YUC,0.2\n");
        Path png = dir.resolve("map.png");

        Cli run = Cli.run("export", "--out", png.toString(), "--coverage", csv.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(run.err()).contains("broken.csv: line 3, column 8").contains("never closed")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(png).doesNotExist();
    }

    @Test
    void missingCoverageTableIsBadInput() {
        Cli run = Cli.run("export", "--out", dir.resolve("map.png").toString(), "--coverage",
                dir.resolve("nowhere.csv").toString());

        assertThat(run.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(run.err()).contains("nowhere.csv").contains("no such file");
    }
}
