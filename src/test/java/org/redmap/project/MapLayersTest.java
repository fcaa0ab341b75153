package org.redmap.project;

import org.redmap.model.Layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapLayersTest {

    @Test
    void parseSplitsBaseLayersAndOverlaysKeepingTheGivenOverlayOrder() {
        MapLayers layers = MapLayers.parse("vendor, bands ,border,coverage");
        assertThat(layers.base()).containsExactlyInAnyOrder(Layer.VENDOR, Layer.BORDER);
        assertThat(layers.overlays()).extracting(OverlaySetting::id).startsWith("bands", "coverage");
        assertThat(layers.overlays().stream().filter(OverlaySetting::visible).map(OverlaySetting::id))
                .containsExactly("bands", "coverage");
    }

    @Test
    void unknownIdsNameEveryKnownLayerIncludingOverlays() {
        assertThatThrownBy(() -> MapLayers.parse("vendor,rivers"))
                .hasMessageContaining("'rivers'").hasMessageContaining("risk").hasMessageContaining("attribution");
        assertThatThrownBy(() -> MapLayers.parse(" , ")).hasMessageContaining("no layers");
    }

    @Test
    void presetsShowTheirOverlays() {
        assertThat(visible(MapLayers.preset(MapLayers.Preset.VENDOR))).isEmpty();
        assertThat(visible(MapLayers.preset(MapLayers.Preset.COVERAGE))).containsExactly("coverage", "footprint");
        assertThat(visible(MapLayers.preset(MapLayers.Preset.RISK))).containsExactly("risk");
        assertThat(visible(MapLayers.preset(MapLayers.Preset.BRIEFING))).containsExactly("footprint", "bands");
        assertThat(MapLayers.Preset.byName("briefing")).isEqualTo(MapLayers.Preset.BRIEFING);
    }

    @Test
    void reorderingMovesOneOverlayAndKeepsTheOthersInOrder() {
        MapLayers layers = MapLayers.preset(MapLayers.Preset.VENDOR);
        assertThat(layers.overlays()).extracting(OverlaySetting::id).containsExactly("coverage", "risk", "footprint", "bands");
        MapLayers moved = layers.withOverlayMoved("bands", 0);
        assertThat(moved.overlays()).extracting(OverlaySetting::id).containsExactly("bands", "coverage", "risk", "footprint");
        MapLayers changed = moved.withOverlay(moved.overlay("risk").orElseThrow().withOpacity(0.4).withVisible(true));
        assertThat(changed.overlay("risk").orElseThrow().opacity()).isEqualTo(0.4);
        assertThat(changed.overlays()).hasSize(4);
    }

    @Test
    void opacityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new OverlaySetting("risk", true, 1.5)).hasMessageContaining("opacity");
    }

    private static java.util.List<String> visible(MapLayers layers) {
        return layers.overlays().stream().filter(OverlaySetting::visible).map(OverlaySetting::id).toList();
    }
}
