package org.redmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.LabelKind;
import org.redmap.model.annotation.LonLat;
import org.redmap.project.ExportOptions;
import org.redmap.project.LabelEdit;
import org.redmap.project.MapLoader;
import org.redmap.project.Page;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.project.Project;
import org.redmap.render.Composer;
import org.redmap.render.DrawnPage;
import org.redmap.render.MapRenderer;
import org.redmap.render.PlacedLabel;
import org.redmap.render.RenderRequest;

/**
 * The page is laid out in points, so a composed page drawn small, drawn at four times the pixels,
 * written as SVG and as PDF puts the same labels and the same elements at the same places.
 */
class LayoutEquivalenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private static final String RENAMED = "Chihuahua (Nokia)";
    private static final String MONTERREY = "3995465";
    private static ProjectedMap map;

    @BeforeAll
    static void load() throws Exception {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
    }

    private static Project composed(String page) {
        PageLayout layout = PageLayout.AUTOMATIC
                .withBox(PageElement.NORTH_ARROW, PageBox.at(0.03, 0.2))
                .withInset(true)
                .withBox(PageElement.INSET, new PageBox(0.4, 0.62, 0.18, 0.2))
                .withLabel(LabelEdit.none(LabelKind.REGION, "MX-CHH").withText(RENAMED))
                .withLabel(LabelEdit.none(LabelKind.REGION, "MX-TLA").withHidden(true))
                .withLabel(LabelEdit.none(LabelKind.CITY, MONTERREY).withAt(new LonLat(-97.2, 27.9)));
        ExportOptions export = ExportOptions.DEFAULTS.withPage(Page.preset(page).orElseThrow());
        return Project.initial("Composed page").withExport(export).withLayout(layout);
    }

    private static RenderRequest request(Project project, double pixelScale) {
        return new Composer().unsaved(map, project.withExport(project.export().withPixelScale(pixelScale)), List.of(), CLOCK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"slide", "a4"})
    void smallAndLargePixelsShowTheSameLabelsAndElementsAtTheSamePlaces(String page) {
        Project project = composed(page);
        RenderRequest small = request(project, 0.5);
        RenderRequest large = request(project, 4);
        DrawnPage a = new MapRenderer().page(small);
        DrawnPage b = new MapRenderer().page(large);

        assertThat(large.pixelWidth()).isCloseTo(8 * small.pixelWidth(), within(8));
        assertThat(names(b)).isEqualTo(names(a));
        assertThat(a.labels()).hasSizeGreaterThan(20);
        for (int i = 0; i < a.labels().size(); i++) {
            assertSamePlace(share(a.labels().get(i).box(), small), share(b.labels().get(i).box(), large));
        }
        assertThat(b.elements()).extracting(DrawnPage.Item::element)
                .containsExactlyElementsOf(a.elements().stream().map(DrawnPage.Item::element).toList());
        for (int i = 0; i < a.elements().size(); i++) {
            assertSamePlace(share(a.elements().get(i).box(), small), share(b.elements().get(i).box(), large));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"slide", "a4"})
    void theEditsAreWhatEveryOutputShows(String page) throws Exception {
        RenderRequest request = request(composed(page), 2);
        DrawnPage drawn = new MapRenderer().page(request);

        assertThat(label(drawn, LabelKind.REGION, "MX-CHH")).map(PlacedLabel::text).contains(RENAMED);
        assertThat(label(drawn, LabelKind.REGION, "MX-TLA")).isEmpty();
        Rectangle2D monterrey = label(drawn, LabelKind.CITY, MONTERREY).orElseThrow().box();
        var at = map.projection().project(-97.2, 27.9);
        assertThat(monterrey.getCenterX()).isCloseTo(request.viewport().toScreenX(at.x), within(0.01));
        assertThat(monterrey.getCenterY()).isCloseTo(request.viewport().toScreenY(at.y), within(0.01));
        Rectangle2D arrow = drawn.box(PageElement.NORTH_ARROW).orElseThrow();
        assertThat(arrow.getX() / request.viewport().width()).isCloseTo(0.03, within(1e-9));
        assertThat(arrow.getY() / request.viewport().height()).isCloseTo(0.2, within(1e-9));

        Rectangle2D inset = share(drawn.box(PageElement.INSET).orElseThrow(), request);
        assertSamePlace(new Rectangle2D.Double(0.4, 0.62, 0.18, 0.2), inset);

        Rectangle2D renamed = share(label(drawn, LabelKind.REGION, "MX-CHH").orElseThrow().box(), request);
        assertSamePlace(renamed, pdfText(request, RENAMED), 0.005, false);
        assertSamePlace(renamed, svgText(request, RENAMED), 0.005, false);
        String svg = new SvgExporter(new MapRenderer()).render(request);
        assertThat(svg).doesNotContain(">Tlaxcala<").doesNotContain(">Tlax.<").doesNotContain(">Chihuahua<");
    }

    private static Optional<PlacedLabel> label(DrawnPage page, LabelKind kind, String id) {
        return page.labels().stream().filter(l -> l.kind() == kind && l.featureId().equals(id)).findFirst();
    }

    private static Set<String> names(DrawnPage page) {
        return page.labels().stream().map(l -> l.kind() + " " + l.featureId() + " " + l.text()).collect(Collectors.toSet());
    }

    private static Rectangle2D share(Rectangle2D box, RenderRequest request) {
        double w = request.viewport().width();
        double h = request.viewport().height();
        return new Rectangle2D.Double(box.getX() / w, box.getY() / h, box.getWidth() / w, box.getHeight() / h);
    }

    private static void assertSamePlace(Rectangle2D a, Rectangle2D b) {
        assertSamePlace(a, b, 1e-9, true);
    }

    /** Within this share of the page; text read back from a file is placed by its baseline, so only its left edge and row compare. */
    private static void assertSamePlace(Rectangle2D expected, Rectangle2D actual, double tolerance, boolean size) {
        assertThat(actual.getX()).as("left").isCloseTo(expected.getX(), within(tolerance));
        assertThat(actual.getY()).as("top").isBetween(expected.getY() - tolerance, expected.getMaxY() + tolerance);
        if (size) {
            assertThat(actual.getWidth()).as("width").isCloseTo(expected.getWidth(), within(tolerance));
            assertThat(actual.getHeight()).as("height").isCloseTo(expected.getHeight(), within(tolerance));
        }
    }

    /** Where the PDF sets this text, as shares of its page: left edge and baseline. */
    static Rectangle2D pdfText(RenderRequest request, String text) throws IOException {
        byte[] pdf = new PdfExporter(new MapRenderer(), CLOCK).render(request);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float pw = doc.getPage(0).getMediaBox().getWidth();
            float ph = doc.getPage(0).getMediaBox().getHeight();
            List<Rectangle2D> found = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) {
                    if (s.contains(text)) {
                        TextPosition first = positions.get(s.indexOf(text));
                        found.add(new Rectangle2D.Double(first.getXDirAdj() / pw, first.getYDirAdj() / ph, 0, 0));
                    }
                }
            };
            stripper.getText(doc);
            assertThat(found).as("'" + text + "' in the PDF").isNotEmpty();
            return found.get(0);
        }
    }

    /** Where the SVG sets this text, as shares of its view box. */
    static Rectangle2D svgText(RenderRequest request, String text) {
        String svg = new SvgExporter(new MapRenderer()).render(request);
        Matcher m = Pattern.compile("<text x='([-\\d.]+)' y='([-\\d.]+)'[^>]*>" + Pattern.quote(text) + "</text>").matcher(svg);
        assertThat(m.find()).as("'" + text + "' in the SVG").isTrue();
        return new Rectangle2D.Double(Double.parseDouble(m.group(1)) / request.viewport().width(),
                Double.parseDouble(m.group(2)) / request.viewport().height(), 0, 0);
    }

    @Test
    void aPlacedTitleBlockLeavesItsBandToTheMapAndIsWhereTheAnalystPutIt() throws Exception {
        Project banded = composed("slide");
        Project placed = banded.withLayout(banded.layout().withBox(PageElement.TITLE, PageBox.at(0.3, 0.72)));
        RenderRequest before = request(banded, 1);
        RenderRequest after = request(placed, 1);
        DrawnPage page = new MapRenderer().page(after);

        Rectangle2D title = page.box(PageElement.TITLE).orElseThrow();
        assertThat(title.getX() / after.viewport().width()).isCloseTo(0.3, within(1e-9));
        assertThat(title.getY() / after.viewport().height()).isCloseTo(0.72, within(1e-9));
        assertThat(title.getWidth()).isLessThan(0.55 * after.viewport().width());
        // The band is gone, so the same framing gets more room: the map is drawn larger.
        assertThat(after.viewport().metresPerPixel()).isLessThan(before.viewport().metresPerPixel());
        String svg = new SvgExporter(new MapRenderer()).render(after);
        assertThat(svg).contains(">Red Compartida: who built Mexico&apos;s shared 4G/5G network<");
        assertThat(new MapRenderer().labels(after)).noneMatch(l -> l.box().intersects(title));
    }
}
