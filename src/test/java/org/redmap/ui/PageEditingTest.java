package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.LabelKind;
import org.redmap.model.annotation.LonLat;
import org.redmap.project.MapLoader;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.project.Project;
import org.redmap.render.Composer;
import org.redmap.render.DrawnPage;
import org.redmap.render.MapRenderer;
import org.redmap.render.PlacedLabel;
import org.redmap.render.RenderRequest;

/** What a press on the page takes hold of, and where a drop or a resize puts it. */
class PageEditingTest {

    private static RenderRequest request;
    private static PageEditing editing;
    private static DrawnPage page;

    @BeforeAll
    static void draw() throws Exception {
        ProjectedMap map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
        request = new Composer().unsaved(map, Project.initial("Page"), List.of(),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        page = new MapRenderer().page(request);
        editing = new PageEditing(request, page);
    }

    @Test
    void aPressOnTheNorthArrowTakesTheArrowAndOnALabelTheLabel() {
        Rectangle2D arrow = page.box(PageElement.NORTH_ARROW).orElseThrow();
        assertThat(editing.hit(arrow.getCenterX(), arrow.getCenterY())).contains(new PageEditing.Element(PageElement.NORTH_ARROW));

        PlacedLabel sonora = page.labels().stream().filter(l -> l.featureId().equals("MX-SON")).findFirst().orElseThrow();
        assertThat(editing.hit(sonora.box().getCenterX(), sonora.box().getCenterY()))
                .contains(new PageEditing.Label(LabelKind.REGION, "MX-SON", "Sonora"));
        assertThat(editing.hit(3, editing.height() / 2)).as("the open sea").isEmpty();
        assertThat(editing.hit(1, 1)).contains(new PageEditing.Element(PageElement.TITLE));
    }

    @Test
    void aMoveNearTheMarginSnapsToItAndStaysOnThePage() {
        PageEditing.Element arrow = new PageEditing.Element(PageElement.NORTH_ARROW);
        Rectangle2D from = page.box(PageElement.NORTH_ARROW).orElseThrow();

        Rectangle2D nearLeft = editing.moved(arrow, from, PageEditing.MARGIN + 3 - from.getX(), 0, PageEditing.SNAP);
        assertThat(nearLeft.getX()).isEqualTo(PageEditing.MARGIN);
        Rectangle2D far = editing.moved(arrow, from, -10_000, 10_000, 0);
        assertThat(far.getX()).isZero();
        assertThat(far.getMaxY()).as("above the footer bands").isCloseTo(editing.mapBand()[1], within(1e-9));
        assertThat(far.getMaxY()).isLessThanOrEqualTo(page.box(PageElement.CREDITS).orElseThrow().getMinY());
        Rectangle2D free = editing.moved(arrow, from, 200 - from.getX(), 0, 0);
        assertThat(free.getX()).isEqualTo(200);
    }

    @Test
    void aDropIsSavedAsSharesOfThePageAndALabelAsAPlaceOnEarth() {
        PageEditing.Element legend = new PageEditing.Element(PageElement.LEGEND);
        PageLayout moved = editing.dropped(PageLayout.AUTOMATIC, legend,
                new Rectangle2D.Double(0.25 * editing.width(), 0.5 * editing.height(), 100, 80), false);
        assertThat(moved.box(PageElement.LEGEND)).contains(new PageBox(0.25, 0.5, 0, 0));
        PageLayout sized = editing.dropped(moved, legend,
                new Rectangle2D.Double(0.25 * editing.width(), 0.5 * editing.height(), 0.2 * editing.width(), 0.3 * editing.height()), true);
        assertThat(sized.box(PageElement.LEGEND).orElseThrow().width()).isCloseTo(0.2, within(1e-9));

        var c = request.map().projection().project(-110, 29);
        double x = request.viewport().toScreenX(c.x);
        double y = request.viewport().toScreenY(c.y);
        PageLayout label = editing.dropped(PageLayout.AUTOMATIC, new PageEditing.Label(LabelKind.REGION, "MX-SON", "Sonora"),
                new Rectangle2D.Double(x - 20, y - 6, 40, 12), false);
        LonLat at = label.label(LabelKind.REGION, "MX-SON").orElseThrow().at().orElseThrow();
        assertThat(at.lon()).isCloseTo(-110, within(1e-6));
        assertThat(at.lat()).isCloseTo(29, within(1e-6));
    }

    @Test
    void boxesAndTextPanelsAreResizedTheArrowAndThePreparedByBlockNotAndNothingBelowTheSmallestSize() {
        PageEditing.Element legend = new PageEditing.Element(PageElement.LEGEND);
        assertThat(PageEditing.resizable(legend)).isTrue();
        for (PageElement e : List.of(PageElement.INSET, PageElement.TITLE, PageElement.SOURCES, PageElement.CREDITS,
                PageElement.SCALE_BAR)) {
            assertThat(PageEditing.resizable(new PageEditing.Element(e))).as(e.id()).isTrue();
        }
        assertThat(PageEditing.resizable(new PageEditing.Element(PageElement.NORTH_ARROW))).isFalse();
        assertThat(PageEditing.resizable(new PageEditing.Element(PageElement.PREPARED))).isFalse();
        assertThat(PageEditing.movable(new PageEditing.Element(PageElement.MARKING))).isFalse();
        Rectangle2D from = new Rectangle2D.Double(100, 100, 200, 150);
        Rectangle2D shrunk = editing.resized(legend, from, -1000, -1000, 0);
        assertThat(shrunk.getWidth()).isEqualTo(PageEditing.MIN_SIZE);
        assertThat(shrunk.getHeight()).isEqualTo(PageEditing.MIN_SIZE);
    }

    @Test
    void aLegendMovedAsItIsKeepsItsRowsAndFitsOnAPortraitPageToo() throws Exception {
        for (String page : List.of("slide", "a4")) {
            Project project = Project.initial("Moved").withExport(org.redmap.project.ExportOptions.DEFAULTS
                    .withPage(org.redmap.project.Page.preset(page).orElseThrow()));
            RenderRequest before = new Composer().unsaved(request.map(), project, List.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            DrawnPage drawn = new MapRenderer().page(before);
            PageEditing e = new PageEditing(before, drawn);
            PageEditing.Element legend = new PageEditing.Element(PageElement.LEGEND);
            Rectangle2D from = drawn.box(PageElement.LEGEND).orElseThrow();
            Rectangle2D to = e.moved(legend, from, 40, 30, 0);

            PageLayout layout = e.movedAsDrawn(PageLayout.AUTOMATIC, legend, to);
            DrawnPage after = new MapRenderer().page(before.withLayout(layout));

            assertThat(after.legend().overflows()).as(page).isFalse();
            Rectangle2D moved = after.box(PageElement.LEGEND).orElseThrow();
            assertThat(moved.getX()).as(page).isCloseTo(to.getX(), within(1e-6));
            assertThat(moved.getWidth()).as(page).isCloseTo(from.getWidth(), within(1e-6));
            assertThat(moved.getHeight()).as(page).isCloseTo(from.getHeight(), within(1.0));
        }
    }

    @Test
    void anAnnotationOnThePageIsTakenAboveTheLabelsAndMovedToWhereItIsDropped() {
        var note = org.redmap.model.annotation.TextLabel.of("n1", new LonLat(-104, 26), "Nokia border band");
        var map = request.map().with(request.map().document().withAnnotations(List.of(note)));
        RenderRequest annotated = new Composer().unsaved(map, Project.initial("Marks"), List.of(),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        PageEditing e = new PageEditing(annotated, new MapRenderer().page(annotated));
        var at = map.projection().project(-104, 26);
        double x = annotated.viewport().toScreenX(at.x);
        double y = annotated.viewport().toScreenY(at.y);

        PageEditing.Target hit = e.hit(x, y).orElseThrow();
        assertThat(hit).isEqualTo(new PageEditing.Mark("n1", "text label"));
        Rectangle2D from = e.box(hit).orElseThrow();
        Rectangle2D to = e.moved(hit, from, 100, 0, 0);
        var moved = e.movedMark(List.of(note), (PageEditing.Mark) hit, from, to);

        var after = ((org.redmap.model.annotation.TextLabel) moved.get(0)).anchor();
        var c = map.projection().project(after.lon(), after.lat());
        assertThat(annotated.viewport().toScreenX(c.x)).isCloseTo(x + 100, within(1e-6));
        assertThat(annotated.viewport().toScreenY(c.y)).isCloseTo(y, within(1e-6));
    }

    @Test
    void theTitleBandTakenHoldOfBecomesAPanelUnderThePointerThatMovesSideways() {
        PageEditing.Element title = new PageEditing.Element(PageElement.TITLE);
        Rectangle2D band = page.box(PageElement.TITLE).orElseThrow();
        assertThat(band.getWidth()).isEqualTo(editing.width());

        Rectangle2D grabbed = editing.grabbed(title, band, 700);
        assertThat(grabbed.getWidth()).isCloseTo(PageEditing.panelShare(PageElement.TITLE) * editing.width(), within(1e-9));
        assertThat(grabbed.getCenterX()).isCloseTo(700, within(1e-9));
        Rectangle2D moved = editing.moved(title, grabbed, 150, 300, 0);
        assertThat(moved.getX()).isCloseTo(grabbed.getX() + 150, within(1e-9));

        PageLayout placed = editing.movedAsDrawn(PageLayout.AUTOMATIC, title, moved);
        assertThat(placed.box(PageElement.TITLE).orElseThrow().x()).isCloseTo(moved.getX() / editing.width(), within(1e-9));
        Rectangle2D legend = page.box(PageElement.LEGEND).orElseThrow();
        assertThat(editing.grabbed(new PageEditing.Element(PageElement.LEGEND), legend, 700)).isEqualTo(legend);
    }

    @Test
    void theFootsBandsAndThePreparedByBlockInThemAreTakenAndDroppedAsPanels() throws Exception {
        ProjectedMap map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
        Project project = Project.initial("Foot").withExport(org.redmap.project.ExportOptions.DEFAULTS.withSourcesFooter(true)
                .withAuthor("J. Analyst"));
        RenderRequest r = new Composer().unsaved(map, project, List.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        DrawnPage foot = new MapRenderer().page(r);
        PageEditing e = new PageEditing(r, foot);

        Rectangle2D sourcesBand = foot.box(PageElement.SOURCES).orElseThrow();
        PageEditing.Element sources = new PageEditing.Element(PageElement.SOURCES);
        assertThat(e.hit(sourcesBand.getCenterX(), sourcesBand.getCenterY())).contains(sources);
        Rectangle2D grabbed = e.grabbed(sources, sourcesBand, 400);
        assertThat(grabbed.getWidth()).isCloseTo(0.5 * e.width(), within(1e-9));
        Rectangle2D dropped = e.moved(sources, grabbed, 0, -300, 0);
        assertThat(dropped.getMaxY()).as("over the map, off the bands").isLessThanOrEqualTo(e.mapBand()[1]);
        PageBox placed = e.movedAsDrawn(PageLayout.AUTOMATIC, sources, dropped).box(PageElement.SOURCES).orElseThrow();
        assertThat(placed.width()).as("its own width until resized").isZero();
        assertThat(placed.height()).isZero();
        PageBox resized = e.dropped(PageLayout.AUTOMATIC, sources, new Rectangle2D.Double(100, 200, 300, 90), true)
                .box(PageElement.SOURCES).orElseThrow();
        assertThat(resized.width()).isCloseTo(300 / e.width(), within(1e-9));
        assertThat(resized.height()).as("the text decides the height").isZero();

        // The prepared-by block sits in the credits band and is taken before the band around it.
        Rectangle2D prepared = foot.box(PageElement.PREPARED).orElseThrow();
        assertThat(e.hit(prepared.getCenterX(), prepared.getCenterY())).contains(new PageEditing.Element(PageElement.PREPARED));
        Rectangle2D credits = foot.box(PageElement.CREDITS).orElseThrow();
        assertThat(e.hit(credits.getX() + 20, credits.getCenterY())).contains(new PageEditing.Element(PageElement.CREDITS));
        assertThat(e.grabbed(new PageEditing.Element(PageElement.PREPARED), prepared, 10)).isEqualTo(prepared);
    }
}
