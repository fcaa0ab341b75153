package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.redmap.geo.Viewport;
import org.redmap.render.Layer;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

class ExportPlanTest {

    private static final Viewport SCREEN = new Viewport(2_400_000, 1_200_000, 1000, 1000, 700);

    @Test
    void sameAspectAtTwiceTheSizeShowsTheSameAreaInFinerDetail() {
        Set<Layer> none = EnumSet.noneOf(Layer.class);
        Viewport out = ExportPlan.viewport(SCREEN, none, 2000, 1400);
        assertThat(out.centerX()).isCloseTo(SCREEN.centerX(), within(1e-6));
        assertThat(out.centerY()).isCloseTo(SCREEN.centerY(), within(1e-6));
        assertThat(out.metresPerPixel()).isCloseTo(500, within(1e-9));
        assertThat(out.visibleWorld().getWidth()).isCloseTo(SCREEN.visibleWorld().getWidth(), within(1e-6));
        assertThat(out.visibleWorld().getHeight()).isCloseTo(SCREEN.visibleWorld().getHeight(), within(1e-6));
    }

    @Test
    void anotherAspectShowsAllOfTheAreaOnScreen() {
        Set<Layer> none = EnumSet.noneOf(Layer.class);
        Viewport out = ExportPlan.viewport(SCREEN, none, 1920, 1080);
        assertThat(out.visibleWorld().contains(SCREEN.visibleWorld())).isTrue();
        // Height decides: 700 px of map into 1080 px.
        assertThat(out.metresPerPixel()).isCloseTo(1000 * 700 / 1080.0, within(1e-9));
    }

    @Test
    void theMapBetweenTheTitleAndCreditBandsIsWhatIsMatched() {
        Set<Layer> framed = EnumSet.of(Layer.TITLE, Layer.ATTRIBUTION, Layer.VENDOR);
        Viewport.Insets bands = MapRenderer.frameInsets(framed);
        assertThat(bands.top()).isPositive();
        assertThat(bands.bottom()).isPositive();
        Viewport out = ExportPlan.viewport(SCREEN, framed, 3840, 2160);
        Envelope shownOnScreen = new Envelope(SCREEN.toWorld(0, bands.top()),
                SCREEN.toWorld(SCREEN.width(), SCREEN.height() - bands.bottom()));
        Envelope shownInExport = new Envelope(out.toWorld(0, bands.top()),
                out.toWorld(out.width(), out.height() - bands.bottom()));
        assertThat(shownInExport.contains(shownOnScreen)).isTrue();
        assertThat(shownInExport.getHeight()).isCloseTo(shownOnScreen.getHeight(), within(1e-6));
    }

    @Test
    void requestCarriesTitleScaleAndLayersButNoPointer() {
        var map = TestMaps.projected();
        Set<Layer> layers = EnumSet.of(Layer.VENDOR, Layer.TITLE);
        RenderRequest r = ExportPlan.request(map, SCREEN, layers, new ExportSettings(1920, 1080, 2, "Sonora"));
        assertThat(r.pixelWidth()).isEqualTo(3840);
        assertThat(r.pixelHeight()).isEqualTo(2160);
        assertThat(r.layers()).isEqualTo(layers);
        assertThat(r.map().document().title()).isEqualTo("Sonora");
        assertThat(r.map().regions().items().get(0).geometry()).isSameAs(map.regions().items().get(0).geometry());
        assertThat(r.hoveredId()).isNull();
        assertThat(r.selectedId()).isNull();
    }

    @Test
    void settingsDescribeTheFileAndRejectImpossibleSizes() {
        assertThat(new ExportSettings(3840, 2160, 2, "t").describe()).isEqualTo("7680 × 4320 px, 192 dpi");
        assertThat(new ExportSettings(1920, 1080, 1, "t").dpi()).isEqualTo(96);
        assertThatThrownBy(() -> new ExportSettings(8000, 1000, 3, "t")).hasMessageContaining("16384");
        assertThatThrownBy(() -> new ExportSettings(10, 1000, 1, "t")).hasMessageContaining("at least");
        assertThatThrownBy(() -> new ExportSettings(100, 100, 4, "t")).hasMessageContaining("1, 2 or 3");
    }

    @Test
    void presetsIncludeFullHdAnd4k() {
        assertThat(ExportPlan.PRESETS).extracting(p -> p.width() + "x" + p.height()).contains("1920x1080", "3840x2160");
    }
}
