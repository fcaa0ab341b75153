package org.redmap.app;

import org.redmap.project.Release;
import org.redmap.project.MapLoader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.project.MapSource;
import org.redmap.project.OpenedProject;
import org.redmap.export.ProjectExporter;
import org.redmap.project.ProjectFile;
import org.redmap.render.MapRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.w3c.dom.Node;

/** {@code redmap export --project}, run as a user would, on the example project as shipped. */
class ProjectExportTest {

    static final Path EXAMPLE = Path.of("data/examples/briefing.redmap.json");
    static final String SVG = "http://www.w3.org/2000/svg";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Cli export(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    /** The example with its date fixed, so two runs on either side of midnight still agree. */
    private Path datedExample() throws IOException {
        String text = Files.readString(EXAMPLE).replace("\"export-day\"", "\"2025-05-01\"");
        return Files.writeString(dir.resolve("briefing.redmap.json"), text);
    }

    @Test
    void theExampleExportsAsShippedToPngSvgAndPdfEachWithItsSidecar() throws Exception {
        Path png = dir.resolve("briefing.png");
        Path svg = dir.resolve("briefing.svg");
        Path pdf = dir.resolve("briefing.pdf");
        for (Path out : List.of(png, svg, pdf)) {
            Cli run = export("--project", EXAMPLE.toString(), "--out", out.toString());
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.err()).contains(out.getFileName().toString()).contains("marking TLP:CLEAR").contains("id ");
            assertThat(dir.resolve(out.getFileName() + ".json")).exists();
        }

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        assertThat(dpi(png)).isEqualTo(144);

        String title = JSON.readTree(EXAMPLE.toFile()).get("title").asText();
        List<String> svgText = svgTexts(svg);
        assertThat(svgText).contains(title, "DISTANCE FROM THE US BORDER", "Coverage footprint", "Nokia", "Huawei");
        assertThat(svgText.stream().filter(t -> t.equals("TLP:CLEAR"))).as("marking at top and bottom").hasSize(2);
        assertThat(String.join(" ", svgText)).contains("Sites near the US border went to Nokia");

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            PDFTextStripperByArea areas = new PDFTextStripperByArea();
            // Each banner is twice its text's cap height, 2.2 % of the page's shorter side, tall.
            float banner = 0.044f * Math.min(w, h);
            areas.addRegion("top", new Rectangle2D.Float(0, 0, w, banner));
            areas.addRegion("bottom", new Rectangle2D.Float(0, h - banner, w, banner));
            areas.extractRegions(page);
            assertThat(areas.getTextForRegion("top").strip()).isEqualTo("TLP:CLEAR");
            assertThat(areas.getTextForRegion("bottom").strip()).isEqualTo("TLP:CLEAR");
            String all = new PDFTextStripper().getText(doc);
            assertThat(all.split("TLP:CLEAR", -1)).hasSize(3);
            assertThat(all).contains(title, "DISTANCE FROM THE US BORDER");
        }

        JsonNode pngSide = JSON.readTree(dir.resolve("briefing.png.json").toFile());
        JsonNode pdfSide = JSON.readTree(dir.resolve("briefing.pdf.json").toFile());
        assertThat(pngSide.get("short_id").asText()).matches("[0-9a-f]{8}").isEqualTo(pdfSide.get("short_id").asText());
        assertThat(pngSide.get("marking").asText()).isEqualTo("TLP:CLEAR");
        assertThat(pngSide.get("image").get("dpi").asDouble()).isEqualTo(144);
        assertThat(pngSide.get("layers").get("overlays").findValuesAsText("id")).containsExactly("footprint", "bands");
        assertThat(svgText).anyMatch(t -> t.contains(pngSide.get("short_id").asText()));
    }

    @Test
    void theSidecarsHashesAreThoseOfTheFiles() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path regions = Files.copy(Path.of("data/mexico-states.geojson"), data.resolve("states.geojson"));
        Files.writeString(data.resolve("coverage.csv"), "region_id,coverage_pct\nMX-SON,61.5\nMX-YUC,48\n");
        String project = Files.readString(EXAMPLE)
                .replace("\"regions\": \"bundled\"", "\"regions\": \"data/states.geojson\", \"coverage\": \"data/coverage.csv\"");
        Path file = Files.writeString(dir.resolve("p.redmap.json"), project);
        Path png = dir.resolve("out.png");

        Cli run = export("--project", file.toString(), "--out", png.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode side = JSON.readTree(dir.resolve("out.png.json").toFile());
        assertThat(side.get("format").asText()).isEqualTo("redmap-export-sidecar");
        assertThat(side.get("image").get("sha256").asText()).isEqualTo(ProjectFile.sha256(png));
        assertThat(side.get("image").get("bytes").asLong()).isEqualTo(Files.size(png));
        assertThat(side.get("project").get("sha256").asText()).isEqualTo(ProjectFile.sha256(file));
        assertThat(side.get("project").get("file").asText()).isEqualTo("p.redmap.json");
        assertThat(side.get("app").get("version").asText()).isEqualTo(Release.VERSION);
        assertThat(side.get("exported_at").asText()).endsWith("Z");

        List<String> names = new ArrayList<>();
        for (JsonNode f : side.get("data")) {
            String name = f.get("name").asText();
            names.add(name);
            Path actual = name.startsWith("bundled:") ? Path.of("data", name.substring("bundled:".length()))
                    : dir.resolve(f.get("path").asText());
            assertThat(f.get("sha256").asText()).as(name).isEqualTo(ProjectFile.sha256(actual));
        }
        assertThat(names).contains("states.geojson", "coverage.csv", "bundled:vendor-assignments.json",
                "bundled:mexico-states.geojson", "bundled:risk-model.json");
        assertThat(side.get("data").findValuesAsText("path")).contains("data/states.geojson", "data/coverage.csv");
        assertThat(regions).exists();
    }

    @Test
    void theSameProjectExportedTwiceGivesTheSameBytesAsTheWindowsExportPath() throws Exception {
        Path project = datedExample();
        Path first = dir.resolve("first.png");
        Path second = dir.resolve("second.png");
        Path window = dir.resolve("window.png");

        assertThat(export("--project", project.toString(), "--out", first.toString()).code()).isZero();
        assertThat(export("--project", project.toString(), "--out", second.toString()).code()).isZero();
        // What the window runs on File → Export of the opened project: the same session and exporter.
        MapLoader loader = MapLoader.bundled();
        OpenedProject opened = ProjectFile.open(project, new MapSource(loader.defaultDocument(), loader::openRegions));
        new ProjectExporter(new MapRenderer(), Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC), "x")
                .export(opened.session(), opened.project().export(), opened.hash(), opened.file(), window);

        assertThat(Files.mismatch(first, second)).isEqualTo(-1);
        assertThat(Files.mismatch(first, window)).isEqualTo(-1);
    }

    @Test
    void optionsOverrideTheProjectsExportSettings() throws Exception {
        Path png = dir.resolve("small.png");

        Cli run = export("--project", datedExample().toString(), "--out", png.toString(), "--title", "Another title",
                "--marking", "unclassified", "--page", "800x450", "--dpi", "144");

        assertThat(run.code()).as(run.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(dpi(png)).isEqualTo(144);
        // The UNCLASSIFIED banner's green across the top row.
        assertThat(image.getRGB(40, 4) & 0xFFFFFF).isEqualTo(0x007A33);
        JsonNode side = JSON.readTree(dir.resolve("small.png.json").toFile());
        assertThat(side.get("title").asText()).isEqualTo("Another title");
        assertThat(side.get("marking").asText()).isEqualTo("unclassified");
        assertThat(side.get("export").get("pixel_scale").asDouble()).isEqualTo(2);
        assertThat(side.get("export").get("date_printed").asText()).isEqualTo("2025-05-01");
    }

    @Test
    void anEmptyMarkingRemovesTheProjectsOne() throws Exception {
        Path png = dir.resolve("plain.png");
        Cli run = export("--project", datedExample().toString(), "--out", png.toString(), "--marking", "", "--width", "400",
                "--height", "300");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(JSON.readTree(dir.resolve("plain.png.json").toFile()).get("marking").isNull()).isTrue();
    }

    @Test
    void aBadProjectIsBadInputWithAClearMessageAndWritesNothing() throws Exception {
        Path newer = Files.writeString(dir.resolve("newer.redmap.json"),
                "{\n  \"format\": \"redmap-project\",\n  \"version\": 7\n}\n");
        Path missing = Files.writeString(dir.resolve("missing.redmap.json"),
                Files.readString(EXAMPLE).replace("\"bundled\"", "\"../x.geojson\""));
        Path out = dir.resolve("x.png");

        Cli a = export("--project", newer.toString(), "--out", out.toString());
        Cli b = export("--project", missing.toString(), "--out", out.toString());
        Cli c = export("--project", dir.resolve("absent.redmap.json").toString(), "--out", out.toString());

        assertThat(a.code()).as(a.toString()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(a.err()).contains("newer.redmap.json: /version (line 3, column 14): made by a newer redmap (version 7);"
                + " this redmap reads up to version 2").doesNotContain("Exception");
        assertThat(b.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(b.err()).contains("/data/regions (line 5, column 23): the regions file ../x.geojson named by the project does not exist");
        assertThat(c.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(c.err()).contains("absent.redmap.json").contains("no such project file");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("x.png", "x.png.json");
        }
    }

    @Test
    void optionsThatTheProjectDecidesAreUsageErrors() throws Exception {
        Path out = dir.resolve("x.png");
        Cli regions = export("--project", EXAMPLE.toString(), "--out", out.toString(), "--regions", "data/mexico-states.geojson");
        Cli both = export("--project", EXAMPLE.toString(), "--out", out.toString(), "--dpi", "192", "--scale", "2");
        Cli dpi = export("--out", out.toString(), "--page", "a4", "--dpi", "2000");
        Cli dpiWithoutPage = export("--out", out.toString(), "--width", "800", "--dpi", "300");
        Cli twoDensities = export("--out", out.toString(), "--page", "a4", "--width", "800", "--height", "600");
        Cli marking = export("--out", out.toString(), "--marking", "x".repeat(201));

        assertThat(regions.code()).isEqualTo(Launcher.USAGE);
        assertThat(regions.err()).contains("--regions does not go with --project");
        assertThat(both.code()).isEqualTo(Launcher.USAGE);
        assertThat(both.err()).contains("--dpi and --scale");
        assertThat(dpi.code()).isEqualTo(Launcher.USAGE);
        assertThat(dpi.err()).contains("--dpi must be from 36 to 1200, not 2000");
        assertThat(dpiWithoutPage.code()).isEqualTo(Launcher.USAGE);
        assertThat(dpiWithoutPage.err()).contains("--dpi goes with a page");
        assertThat(twoDensities.code()).isEqualTo(Launcher.USAGE);
        assertThat(twoDensities.err()).contains("give at most one of --scale, --dpi, --width and --height");
        assertThat(marking.code()).isEqualTo(Launcher.USAGE);
        assertThat(marking.err()).contains("--marking: marking is 201 characters; at most 200");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPlainExportTakesAMarkingToo() throws Exception {
        Path png = dir.resolve("m.png");
        Cli run = export("--out", png.toString(), "--width", "800", "--height", "450", "--marking", "CUI");

        assertThat(run.code()).as(run.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getRGB(20, 4) & 0xFFFFFF).as("top banner").isEqualTo(0x502B85);
        assertThat(image.getRGB(20, 446) & 0xFFFFFF).as("bottom banner").isEqualTo(0x502B85);
        assertThat(dir.resolve("m.png.json")).as("sidecars belong to project exports").doesNotExist();
    }

    static long dpi(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    long perMetre = Long.parseLong(n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
                    return Math.round(perMetre * 0.0254);
                }
            }
            return -1;
        }
    }

    static List<String> svgTexts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        NodeList nodes = doc.getElementsByTagNameNS(SVG, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }

}
