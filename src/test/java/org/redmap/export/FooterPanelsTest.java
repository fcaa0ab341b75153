package org.redmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.project.DatePolicy;
import org.redmap.project.ExportOptions;
import org.redmap.project.MapLoader;
import org.redmap.project.Page;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.project.Project;
import org.redmap.render.Composer;
import org.redmap.render.DrawnPage;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * The foot of the page (sources, attribution, the prepared-by block) and the scale bar are page
 * elements like the legend: placed, each is drawn where the analyst put it, in every output, and
 * a band it leaves is the map's.
 */
class FooterPanelsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private static ProjectedMap map;

    @BeforeAll
    static void load() throws Exception {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
    }

    private static Project project(PageLayout layout) {
        ExportOptions export = ExportOptions.DEFAULTS.withPage(Page.preset("slide").orElseThrow()).withSourcesFooter(true)
                .withAuthor("J. Analyst").withDate(DatePolicy.fixed(LocalDate.of(2026, 12, 4))).withPixelScale(1);
        return Project.initial("Footer panels").withExport(export).withLayout(layout);
    }

    private static RenderRequest request(PageLayout layout) {
        return new Composer().unsaved(map, project(layout), List.of(), CLOCK);
    }

    private static Rectangle2D share(Rectangle2D box, RenderRequest r) {
        double w = r.viewport().width();
        double h = r.viewport().height();
        return new Rectangle2D.Double(box.getX() / w, box.getY() / h, box.getWidth() / w, box.getHeight() / h);
    }

    @Test
    void untouchedTheFootIsBandsAcrossThePageWithThePreparedByBlockInTheCredits() {
        RenderRequest r = request(PageLayout.AUTOMATIC);
        DrawnPage page = new MapRenderer().page(r);
        double w = r.viewport().width();
        assertThat(page.box(PageElement.SOURCES).orElseThrow().getWidth()).isEqualTo(w);
        Rectangle2D credits = page.box(PageElement.CREDITS).orElseThrow();
        assertThat(credits.getWidth()).isEqualTo(w);
        Rectangle2D prepared = page.box(PageElement.PREPARED).orElseThrow();
        assertThat(credits.contains(prepared.getCenterX(), prepared.getCenterY())).isTrue();
        assertThat(prepared.getCenterX()).isGreaterThan(w / 2);
        // The scale bar sits at the legend's foot.
        Rectangle2D legend = page.box(PageElement.LEGEND).orElseThrow();
        assertThat(legend.contains(page.box(PageElement.SCALE_BAR).orElseThrow())).isTrue();
    }

    @Test
    void placedSourcesAndCreditsArePanelsWhereTheAnalystPutThemAndTheMapTakesTheirBands() throws Exception {
        PageLayout layout = PageLayout.AUTOMATIC.withBox(PageElement.SOURCES, new PageBox(0.5, 0.6, 0.45, 0))
                .withBox(PageElement.CREDITS, PageBox.at(0.05, 0.12));
        RenderRequest before = request(PageLayout.AUTOMATIC);
        RenderRequest after = request(layout);
        DrawnPage page = new MapRenderer().page(after);

        Rectangle2D sources = share(page.box(PageElement.SOURCES).orElseThrow(), after);
        assertThat(sources.getX()).isCloseTo(0.5, within(1e-9));
        assertThat(sources.getY()).isCloseTo(0.6, within(1e-9));
        assertThat(sources.getWidth()).isCloseTo(0.45, within(1e-9));
        Rectangle2D credits = share(page.box(PageElement.CREDITS).orElseThrow(), after);
        assertThat(credits.getX()).isCloseTo(0.05, within(1e-9));
        assertThat(credits.getWidth()).isLessThanOrEqualTo(0.5 + 1e-9);
        // The prepared-by lines ride in the credits panel, and can be taken from there.
        Rectangle2D prepared = share(page.box(PageElement.PREPARED).orElseThrow(), after);
        assertThat(credits.contains(prepared.getCenterX(), prepared.getCenterY())).isTrue();
        // No band is left at the foot: the same view is drawn larger.
        assertThat(page.elements()).noneMatch(i -> i.element() != PageElement.MARKING
                && i.box().getWidth() >= after.viewport().width() - 1 && i.box().getCenterY() > after.viewport().height() / 2);
        assertThat(after.viewport().metresPerPixel()).isLessThan(before.viewport().metresPerPixel());
        // Labels keep off the panels.
        assertThat(page.labels()).noneMatch(l -> l.box().intersects(page.box(PageElement.SOURCES).orElseThrow()));

        // Every output writes the words where the page says they are.
        Rectangle2D read = LayoutEquivalenceTest.pdfText(after, "Sources: ");
        assertThat(read.getX()).isBetween(sources.getX(), sources.getX() + 0.02);
        assertThat(read.getY()).isBetween(sources.getY(), sources.getMaxY());
        assertThat(new SvgExporter(new MapRenderer()).render(after)).contains(">Sources: Produ (2017)");
        Rectangle2D madeWith = LayoutEquivalenceTest.pdfText(after, "EPSG:6372 Lambert");
        assertThat(madeWith.getX()).isBetween(credits.getX(), credits.getX() + 0.02);
        assertThat(madeWith.getY()).isBetween(credits.getY(), credits.getMaxY());
    }

    @Test
    void aPlacedPreparedByBlockLeavesTheCreditsAndStandsWhereItWasPut() throws Exception {
        RenderRequest r = request(PageLayout.AUTOMATIC.withBox(PageElement.PREPARED, PageBox.at(0.78, 0.2)));
        DrawnPage page = new MapRenderer().page(r);
        Rectangle2D prepared = share(page.box(PageElement.PREPARED).orElseThrow(), r);
        assertThat(prepared.getX()).isCloseTo(0.78, within(1e-9));
        assertThat(prepared.getY()).isCloseTo(0.2, within(1e-9));
        Rectangle2D read = LayoutEquivalenceTest.pdfText(r, "Prepared by J. Analyst");
        assertThat(read.getY()).isBetween(prepared.getY(), prepared.getMaxY());
        assertThat(LayoutEquivalenceTest.pdfText(r, "2026-12-04").getY()).isBetween(prepared.getY(), prepared.getMaxY());
        // Once: the credits band no longer says it.
        String svg = new SvgExporter(new MapRenderer()).render(r);
        assertThat(svg.split("Prepared by J. Analyst", -1)).hasSize(2);
        assertThat(page.box(PageElement.CREDITS).orElseThrow().getWidth()).isEqualTo(r.viewport().width());
    }

    @Test
    void aPlacedScaleBarIsAPanelOfItsOwnAndLeavesTheLegend() {
        RenderRequest r = request(PageLayout.AUTOMATIC.withBox(PageElement.SCALE_BAR, PageBox.at(0.8, 0.7)));
        DrawnPage page = new MapRenderer().page(r);
        Rectangle2D scale = page.box(PageElement.SCALE_BAR).orElseThrow();
        assertThat(share(scale, r).getX()).isCloseTo(0.8, within(1e-9));
        assertThat(share(scale, r).getY()).isCloseTo(0.7, within(1e-9));
        Rectangle2D legend = page.box(PageElement.LEGEND).orElseThrow();
        assertThat(legend.intersects(scale)).isFalse();
        assertThat(page.labels()).noneMatch(l -> l.box().intersects(scale));
        // Widened, its bar may be longer: the panel's width bounds the bar.
        RenderRequest wide = request(PageLayout.AUTOMATIC.withBox(PageElement.SCALE_BAR, new PageBox(0.5, 0.7, 0.4, 0)));
        assertThat(share(new MapRenderer().page(wide).box(PageElement.SCALE_BAR).orElseThrow(), wide).getWidth())
                .isCloseTo(0.4, within(1e-9));
        assertThat(new SvgExporter(new MapRenderer()).render(wide)).contains(">True at the map centre<");
    }

    @Test
    void aLegendPlacedLowOnThePageStaysAboveTheFootAndFlowsIntoColumnsThere() {
        Project a4 = project(PageLayout.AUTOMATIC.withBox(PageElement.LEGEND, new PageBox(0.01, 0.72, 0.97, 0)));
        a4 = a4.withExport(a4.export().withPage(Page.preset("a4-portrait").orElseThrow()));
        RenderRequest r = new Composer().unsaved(map, a4, List.of(), CLOCK);
        DrawnPage page = new MapRenderer().page(r);
        Rectangle2D legend = page.box(PageElement.LEGEND).orElseThrow();
        Rectangle2D sources = page.box(PageElement.SOURCES).orElseThrow();
        assertThat(legend.getMaxY()).as("not under the sources band, which is drawn over the map").isLessThanOrEqualTo(sources.getMinY());
        assertThat(page.legend().unfit()).isEmpty();
        assertThat(page.legend().rows()).contains("Nokia", "Huawei");
        // Placed lower than it fits, it is moved up, not drawn under the bands.
        Project lower = a4.withLayout(PageLayout.AUTOMATIC.withBox(PageElement.LEGEND, new PageBox(0.01, 0.95, 0.97, 0)));
        DrawnPage low = new MapRenderer().page(new Composer().unsaved(map, lower, List.of(), CLOCK));
        assertThat(low.box(PageElement.LEGEND).orElseThrow().getMaxY())
                .isLessThanOrEqualTo(low.box(PageElement.SOURCES).orElseThrow().getMinY());
    }

    @Test
    void aTitleBlockPlacedAtThePagesTopStaysUnderTheMarkingBanner() {
        Project marked = project(PageLayout.AUTOMATIC.withBox(PageElement.TITLE, PageBox.at(0.3, 0)));
        marked = marked.withExport(marked.export().withMarking("TLP:AMBER"));
        DrawnPage page = new MapRenderer().page(new Composer().unsaved(map, marked, List.of(), CLOCK));
        Rectangle2D banner = page.box(PageElement.MARKING).orElseThrow();
        Rectangle2D title = page.box(PageElement.TITLE).orElseThrow();
        assertThat(title.getMinY()).isGreaterThanOrEqualTo(banner.getMaxY());
    }
}
