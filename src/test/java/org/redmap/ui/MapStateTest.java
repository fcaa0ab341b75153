package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.Basis;
import org.redmap.model.Vendor;
import org.redmap.model.Layer;
import org.redmap.project.MapLayers;
import org.redmap.render.Overlay;
import org.redmap.project.OverlaySetting;
import org.redmap.render.RenderRequest;

class MapStateTest {

    private static final Vendor HUAWEI = new Vendor("huawei", "Huawei");
    private final MapState state = new MapState();
    private ProjectedMap map;

    @BeforeEach
    void showMexico() {
        map = TestMaps.projected();
        state.resize(1000, 700);
        state.show(map);
    }

    private Point screen(double lon, double lat) {
        Coordinate c = map.projection().project(lon, lat);
        Viewport v = state.viewport();
        return new Point(v.toScreenX(c.x), v.toScreenY(c.y));
    }

    private record Point(double x, double y) {
    }

    @Test
    void aShownMapIsFittedWhole() {
        Viewport v = state.viewport();
        assertThat(v.width()).isEqualTo(1000);
        assertThat(v.visibleWorld().contains(map.homeExtent())).isTrue();
        assertThat(state.request(1)).isPresent();
    }

    @Test
    void noRequestBeforeTheViewHasASize() {
        MapState fresh = new MapState();
        fresh.show(map);
        assertThat(fresh.request(1)).isEmpty();
        fresh.resize(640, 480);
        assertThat(fresh.request(1)).isPresent();
    }

    @Test
    void resizeKeepsCentreAndScale() {
        Viewport before = state.viewport();
        state.resize(1400, 500);
        Viewport after = state.viewport();
        assertThat(after.centerX()).isEqualTo(before.centerX());
        assertThat(after.centerY()).isEqualTo(before.centerY());
        assertThat(after.metresPerPixel()).isEqualTo(before.metresPerPixel());
        assertThat(after.width()).isEqualTo(1400);
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorAndStopsAtTheLimits() {
        Coordinate under = state.viewport().toWorld(300, 200);
        state.zoomAround(300, 200, 2);
        Coordinate still = state.viewport().toWorld(300, 200);
        assertThat(still.distance(under)).isLessThan(1e-6);
        for (int i = 0; i < 60; i++) state.zoomCentre(2);
        assertThat(state.viewport().metresPerPixel()).isEqualTo(MapState.MIN_METRES_PER_PIXEL);
        for (int i = 0; i < 60; i++) state.zoomCentre(0.5);
        assertThat(state.viewport().metresPerPixel()).isEqualTo(MapState.MAX_METRES_PER_PIXEL);
        state.fitHome();
        assertThat(state.viewport().visibleWorld().contains(map.homeExtent())).isTrue();
    }

    @Test
    void hitTestingFindsTheRegionUnderAPoint() {
        Point sonora = screen(-110.5, 29.5);
        assertThat(state.regionAt(sonora.x(), sonora.y())).map(r -> r.name()).contains("Sonora");
        Point oaxaca = screen(-96.7, 17.1);
        assertThat(state.regionAt(oaxaca.x(), oaxaca.y())).map(r -> r.vendor().name()).contains("Huawei");
        Point pacific = screen(-120, 15);
        assertThat(state.regionAt(pacific.x(), pacific.y())).isEmpty();
    }

    @Test
    void hoverAndSelectionGoIntoTheRequest() {
        state.hover("MX-OAX");
        state.select(Selection.region("MX-SON"));
        RenderRequest r = state.request(2).orElseThrow();
        assertThat(r.hoveredId()).isEqualTo("MX-OAX");
        assertThat(r.selectedId()).isEqualTo("MX-SON");
        assertThat(r.pixelScale()).isEqualTo(2);
        state.select(Selection.site("tampico"));
        assertThat(state.request(1).orElseThrow().selectedId()).isNull();
        assertThat(state.selectedSite()).map(p -> p.name()).contains("Tampico");
    }

    @Test
    void layersToggle() {
        state.setLayer(Layer.CITIES, false);
        assertThat(state.request(1).orElseThrow().layers()).doesNotContain(Layer.CITIES).contains(Layer.VENDOR);
        state.setLayer(Layer.CITIES, true);
        assertThat(state.layers()).isEqualTo(Layer.all());
    }

    @Test
    void overrideReusesTheProjectedShapesAndRevertRestoresTheRule() {
        state.override("MX-SON", HUAWEI, "checked with a field engineer");
        assertThat(state.region("MX-SON").orElseThrow().vendor()).isEqualTo(HUAWEI);
        assertThat(state.region("MX-SON").orElseThrow().assignment().orElseThrow().basis()).isEqualTo(Basis.ANALYST);
        assertThat(state.isOverridden("MX-SON")).isTrue();
        assertThat(state.map().regions().items().get(0).geometry()).isSameAs(map.regions().items().get(0).geometry());

        state.revert("MX-SON");
        assertThat(state.region("MX-SON").orElseThrow().vendor().name()).isEqualTo("Nokia");
        assertThat(state.isOverridden("MX-SON")).isFalse();
        assertThat(state.region("MX-SON").orElseThrow().assignment().orElseThrow().basis()).isEqualTo(Basis.INFERRED);
    }

    @Test
    void fitRegionShowsTheWholeRegionCloserThanHome() {
        double home = state.viewport().metresPerPixel();
        state.fitRegion("MX-OAX");
        var oaxaca = map.regions().items().stream().filter(i -> i.value().id().equals("MX-OAX")).findFirst().orElseThrow();
        assertThat(state.viewport().visibleWorld().contains(oaxaca.geometry().getEnvelopeInternal())).isTrue();
        assertThat(state.viewport().metresPerPixel()).isLessThan(home / 2);
    }

    @Test
    void centreOnACityAtCityScale() {
        Coordinate c = map.cityPositions().get(0);
        state.centreOn(c, MapState.CITY_METRES_PER_PIXEL);
        assertThat(state.viewport().centerX()).isCloseTo(c.x, within(1e-6));
        assertThat(state.viewport().metresPerPixel()).isEqualTo(MapState.CITY_METRES_PER_PIXEL);
    }

    @Test
    void sitesAreHitWithinAFewPixels() {
        Point tampico = screen(-97.87777, 22.28519);
        assertThat(state.siteAt(tampico.x() + 3, tampico.y() - 2, 9)).map(p -> p.id()).contains("tampico");
        assertThat(state.siteAt(tampico.x() + 40, tampico.y(), 9)).isEmpty();
        state.setLayer(Layer.SITES, false);
        assertThat(state.siteAt(tampico.x(), tampico.y(), 9)).isEmpty();
    }

    @Test
    void cursorPositionUnprojectsToLongitudeAndLatitude() {
        Point p = screen(-99.1332, 19.4326);
        Coordinate lonLat = state.lonLatAt(p.x(), p.y()).orElseThrow();
        assertThat(lonLat.x).isCloseTo(-99.1332, within(1e-6));
        assertThat(lonLat.y).isCloseTo(19.4326, within(1e-6));
    }

    @Test
    void overlaysComeFromTheAnalysisInTheLayersOrder() throws Exception {
        assertThat(state.request(1).orElseThrow().overlays()).as("no analysis yet").isEmpty();
        state.setAnalysis(TestMaps.analysis(map));
        assertThat(state.request(1).orElseThrow().overlays()).as("vendor preset").isEmpty();

        state.applyPreset(MapLayers.Preset.COVERAGE);
        RenderRequest coverage = state.request(1).orElseThrow();
        assertThat(coverage.overlays()).extracting(Overlay::id).containsExactly("coverage", "footprint");
        assertThat(coverage.overlays()).allMatch(Overlay::modelled);
        // The same state gives the very same overlays, so unchanged requests compare equal at once.
        assertThat(state.request(1).orElseThrow().overlays()).isSameAs(coverage.overlays());

        state.moveOverlay("coverage", 3);
        assertThat(state.request(1).orElseThrow().overlays()).extracting(Overlay::id).containsExactly("footprint", "coverage");
        state.setOverlay(new OverlaySetting("coverage", true, 0.4));
        assertThat(state.request(1).orElseThrow().overlays().get(1).opacity()).isEqualTo(0.4);
        state.setOverlay(new OverlaySetting("footprint", false, 0.35));
        assertThat(state.request(1).orElseThrow().overlays()).extracting(Overlay::id).containsExactly("coverage");
    }

    @Test
    void aWeightChangeChangesTheRiskOverlay() throws Exception {
        state.setAnalysis(TestMaps.analysis(map));
        state.applyPreset(MapLayers.Preset.RISK);
        Overlay.Choropleth before = (Overlay.Choropleth) state.request(1).orElseThrow().overlays().get(0);
        state.setAnalysis(state.analysis().withWeight("vendor", 0));
        Overlay.Choropleth after = (Overlay.Choropleth) state.request(1).orElseThrow().overlays().get(0);
        assertThat(after.values().get("MX-OAX")).isLessThan(before.values().get("MX-OAX"));
    }

    @Test
    void theClassificationCutsTheGraduatedOverlays() throws Exception {
        state.setAnalysis(TestMaps.analysis(map));
        state.applyPreset(MapLayers.Preset.RISK);
        Overlay.Choropleth jenks = (Overlay.Choropleth) state.request(1).orElseThrow().overlays().get(0);
        state.setClassification(org.redmap.analysis.Classification.Method.EQUAL_INTERVAL);
        Overlay.Choropleth equal = (Overlay.Choropleth) state.request(1).orElseThrow().overlays().get(0);
        assertThat(equal.breaks()).isNotEqualTo(jenks.breaks());
        assertThat(equal.values()).isEqualTo(jenks.values());
    }

    @Test
    void showingAnotherMapDropsTheOldAnalysis() throws Exception {
        state.setAnalysis(TestMaps.analysis(map));
        state.show(map);
        assertThat(state.analysis()).isNull();
    }
}
