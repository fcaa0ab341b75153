package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.PolygonCoverage;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.io.CoveragePolygonReader;
import org.redmap.model.Conflict;
import org.redmap.model.Layer;
import org.redmap.model.MapDocument;
import org.redmap.model.NotablePlace;
import org.redmap.model.SiteKind;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.project.MapLayers;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;

/**
 * The legend as the renderer reports it: a row for every symbol the page draws, whatever the
 * preset, in a box it fits or with the rows that do not fit named.
 */
class LegendTest {

    static final int W = 1280;
    static final int H = 720;

    static ProjectedMap map;
    static MapAnalysis analysis;

    @BeforeAll
    static void load() throws Exception {
        map = AnnotatedMaps.base();
        analysis = MapAnalysis.bundled(map);
    }

    static RenderRequest request(ProjectedMap m, Set<Layer> layers, List<Overlay> overlays) {
        Viewport v = Viewport.fit(m.homeExtent(), W, H, MapRenderer.fitInsets(layers));
        return RenderRequest.of(m, v, 1, layers).withOverlays(overlays);
    }

    /** The rows that what is drawn calls for, worked out from the data, not from the legend. */
    static List<String> expectedRows(MapDocument doc, Set<Layer> layers, List<Overlay> overlays) {
        List<String> rows = new ArrayList<>();
        if (layers.contains(Layer.VENDOR)) {
            doc.regions().stream().map(TaggedRegion::vendor).filter(Vendor::isAssigned).distinct().forEach(v -> rows.add(v.name()));
            rows.add("Inferred from regional reporting");
        }
        for (Overlay o : overlays) {
            rows.add(o.title().toUpperCase(Locale.ROOT) + (o.modelled() && !o.title().toUpperCase(Locale.ROOT).contains("MODELLED") ? " · MODELLED" : ""));
            if (o instanceof Overlay.Choropleth c) {
                rows.addAll(ClassLabels.of(c.breaks(), c.percent() ? ClassLabels.Units.SHARE : ClassLabels.Units.SCORE));
            } else if (o instanceof Overlay.Bands b) {
                rows.addAll(b.labels());
            } else if (o instanceof Overlay.Area a) {
                rows.add(a.title());
            }
        }
        if (layers.contains(Layer.SITES)) {
            if (doc.sites().stream().map(NotablePlace::kind).anyMatch(k -> k == SiteKind.CORE_SITE)) rows.add("Core data centre (fill: vendor)");
            if (doc.sites().stream().map(NotablePlace::kind).anyMatch(k -> k == SiteKind.EXCEPTION)) {
                rows.add("City reported against its state (fill: vendor)");
            }
        }
        if (layers.contains(Layer.CITIES)) rows.addAll(List.of("City of 5 million", "City of 1 million", "City of 100,000"));
        if (layers.contains(Layer.BORDER)) rows.add("US–Mexico border");
        for (Conflict c : doc.conflicts()) rows.add(c.topic() + ": sources conflict, Huawei vs Nokia");
        return rows;
    }

    @ParameterizedTest
    @EnumSource(MapLayers.Preset.class)
    void everyPresetsLegendHasARowForEverySymbolItDraws(MapLayers.Preset preset) {
        MapLayers layers = MapLayers.preset(preset);
        List<Overlay> overlays = OverlayBuilder.defaults().build(analysis, layers);
        DrawnPage page = new MapRenderer().page(request(map, layers.base(), overlays));

        assertThat(page.legend().rows()).startsWith(Legend.TITLE)
                .containsAll(expectedRows(map.document(), layers.base(), overlays));
        assertThat(page.legend().overflows()).as("unfit: %s", page.legend().unfit()).isFalse();
        Rectangle2D box = page.box(PageElement.LEGEND).orElseThrow();
        assertThat(box.getMaxY()).as("inside the picture").isLessThanOrEqualTo(H);
    }

    @Test
    void theBackboneConflictAndTheCoreAreSpelledOut() {
        DrawnPage page = new MapRenderer().page(request(map, Layer.all(), List.of()));
        assertThat(map.document().conflicts()).isNotEmpty();
        assertThat(page.legend().rows()).anyMatch(r -> r.startsWith("Backbone") && r.contains("sources conflict"))
                .anyMatch(r -> r.startsWith("Network core"));
    }

    @Test
    void anImportedPolygonLayerListsItsPropertyFileAndEveryClass() throws Exception {
        var data = new CoveragePolygonReader().read(Path.of("data/examples/coverage-cells-synthetic.geojson"), "coverage_pct");
        Overlay.Polygons polygons = OverlayBuilder.defaults().polygons(PolygonCoverage.project(data, map.projection()), 0.8);
        DrawnPage page = new MapRenderer().page(request(map, Layer.all(), List.of(polygons)));

        List<String> classes = ClassLabels.of(polygons.breaks(), ClassLabels.Units.of(data.unit()));
        assertThat(classes).hasSize(polygons.breaks().classes()).doesNotHaveDuplicates();
        assertThat(page.legend().rows()).contains(polygons.title().toUpperCase(Locale.ROOT) + " · IMPORTED")
                .anyMatch(r -> r.contains("\u201Ccoverage_pct\u201D from"))
                .containsAll(classes)
                .containsAll(expectedRows(map.document(), Layer.all(), List.of()));
        assertThat(page.legend().overflows()).isFalse();
    }

    @Test
    void anAnnotationWithALegendLabelGetsARowAndOneWithoutDoesNot() {
        RectangleNote labelled = RectangleNote.of("r", new LonLat(-104, 22), new LonLat(-102, 20));
        labelled = (RectangleNote) labelled.withStyle(labelled.style().withLegendLabel("Planned 5G trial area"));
        RectangleNote plain = RectangleNote.of("p", new LonLat(-100, 22), new LonLat(-99, 21));
        ProjectedMap annotated = AnnotatedMaps.with(List.of(labelled, plain));

        List<String> rows = new MapRenderer().page(request(annotated, Layer.all(), List.of())).legend().rows();
        assertThat(rows).containsSubsequence("ANALYST'S MARKS", "Planned 5G trial area");
        assertThat(new MapRenderer().page(request(AnnotatedMaps.with(List.of(plain)), Layer.all(), List.of())).legend().rows())
                .doesNotContain("ANALYST'S MARKS");
        Set<Layer> hidden = new java.util.HashSet<>(Layer.all());
        hidden.remove(Layer.ANNOTATIONS);
        assertThat(new MapRenderer().page(request(annotated, hidden, List.of())).legend().rows())
                .as("no row for a mark that is not drawn").doesNotContain("Planned 5G trial area");
    }

    @Test
    void theLegendKeepsOffACalloutInItsUsualCorner() {
        DrawnPage plain = new MapRenderer().page(request(map, Layer.all(), List.of()));
        Rectangle2D usual = plain.box(PageElement.LEGEND).orElseThrow();
        Viewport v = request(map, Layer.all(), List.of()).viewport();
        Coordinate world = v.toWorld(usual.getCenterX(), usual.getCenterY());
        Coordinate lonLat = map.projection().unproject(world.x, world.y);
        Callout callout = Callout.of("c", new LonLat(lonLat.x, lonLat.y), new LonLat(-103.3, 20.7), "Reported trial site");
        ProjectedMap annotated = AnnotatedMaps.with(List.<Annotation>of(callout));
        Rectangle2D calloutBox = ((AnnotationFigure.CalloutBox) new AnnotationFigures(annotated, v).figure(callout).orElseThrow())
                .box().getBounds2D();
        assertThat(usual.intersects(calloutBox)).as("the callout sits where the legend would go").isTrue();

        Rectangle2D moved = new MapRenderer().page(request(annotated, Layer.all(), List.of())).box(PageElement.LEGEND).orElseThrow();
        assertThat(moved.intersects(calloutBox)).as("legend %s, callout %s", moved, calloutBox).isFalse();
    }

    @Test
    void aPlacedLegendIsLaidOutInItsBoxAndFlowsIntoColumnsToFit() {
        MapLayers layers = MapLayers.preset(MapLayers.Preset.COVERAGE);
        List<Overlay> overlays = OverlayBuilder.defaults().build(analysis, layers);
        PageBox wide = new PageBox(0.30, 0.55, 0.68, 0.40);
        RenderRequest request = request(map, layers.base(), overlays).withLayout(PageLayout.AUTOMATIC.withBox(PageElement.LEGEND, wide));
        DrawnPage page = new MapRenderer().page(request);

        Rectangle2D box = page.box(PageElement.LEGEND).orElseThrow();
        assertThat(box.getX()).isCloseTo(0.30 * W, org.assertj.core.api.Assertions.within(0.01));
        assertThat(box.getY()).isCloseTo(0.55 * H, org.assertj.core.api.Assertions.within(0.01));
        assertThat(box.getWidth()).isCloseTo(0.68 * W, org.assertj.core.api.Assertions.within(0.01));
        assertThat(box.getHeight()).isCloseTo(0.40 * H, org.assertj.core.api.Assertions.within(0.01));
        assertThat(page.legend().overflows()).as("a short wide box holds it in columns: %s", page.legend().unfit()).isFalse();
        Rectangle2D scale = page.box(PageElement.SCALE_BAR).orElseThrow();
        assertThat(box.contains(scale)).as("the scale bar at the legend's foot").isTrue();
    }

    @Test
    void aTinyPlacedLegendReportsTheRowsThatDoNotFit() {
        RenderRequest request = request(map, Layer.all(), List.of())
                .withLayout(PageLayout.AUTOMATIC.withBox(PageElement.LEGEND, new PageBox(0.02, 0.6, 0.15, 0.15)));
        LegendReport legend = new MapRenderer().page(request).legend();

        assertThat(legend.overflows()).isTrue();
        assertThat(legend.unfit()).contains("US–Mexico border").doesNotContain(Legend.TITLE);
        assertThat(legend.rows()).containsAll(legend.unfit());

        // Wherever the page is drawn (the window too), the legend carries a red warning band at its foot.
        java.awt.image.BufferedImage image = new MapRenderer().render(request);
        Rectangle2D box = new MapRenderer().page(request).box(PageElement.LEGEND).orElseThrow();
        java.awt.Color foot = new java.awt.Color(image.getRGB((int) box.getCenterX(), (int) box.getMaxY() - 3) & 0xFFFFFF);
        assertThat(Pixels.distance(foot, new java.awt.Color(0xB71C1C))).as("warning colour, got %s", foot).isLessThan(30);
        java.awt.image.BufferedImage fits = new MapRenderer().render(request(map, Layer.all(), List.of()));
        Rectangle2D auto = new MapRenderer().page(request(map, Layer.all(), List.of())).box(PageElement.LEGEND).orElseThrow();
        java.awt.Color plain = new java.awt.Color(fits.getRGB((int) auto.getCenterX(), (int) auto.getMaxY() - 3) & 0xFFFFFF);
        assertThat(Pixels.distance(plain, new java.awt.Color(0xB71C1C))).as("no warning when all fits").isGreaterThan(100);
    }
}
