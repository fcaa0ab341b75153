package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redmap.project.MapLayers;
import org.redmap.project.OverlaySetting;

class OverlayOrderTest {

    /** Drawing order bottom first: coverage, risk, footprint, bands. */
    private final MapLayers layers = MapLayers.preset(MapLayers.Preset.VENDOR);

    private static List<String> drawn(MapLayers l) {
        return l.overlays().stream().map(OverlaySetting::id).toList();
    }

    @Test
    void theTopRowIsDrawnLast() {
        assertThat(drawn(layers)).containsExactly("coverage", "risk", "footprint", "bands");
        assertThat(OverlayOrder.listed(layers)).containsExactly("bands", "footprint", "risk", "coverage");
    }

    @Test
    void upAndDownMoveOneRowAndStopAtTheEnds() {
        MapLayers up = OverlayOrder.up(layers, "coverage");
        assertThat(OverlayOrder.listed(up)).containsExactly("bands", "footprint", "coverage", "risk");
        assertThat(drawn(up)).containsExactly("risk", "coverage", "footprint", "bands");
        assertThat(OverlayOrder.up(layers, "bands")).isEqualTo(layers);
        assertThat(OverlayOrder.down(layers, "coverage")).isEqualTo(layers);
        assertThat(OverlayOrder.listed(OverlayOrder.down(layers, "bands"))).containsExactly("footprint", "bands", "risk", "coverage");
    }

    @Test
    void dropPutsTheDraggedRowAboveOrBelowTheTarget() {
        // Coverage (bottom row) dropped on the upper half of the top row: it becomes the top row.
        assertThat(OverlayOrder.listed(OverlayOrder.drop(layers, "coverage", "bands", false)))
                .containsExactly("coverage", "bands", "footprint", "risk");
        // Bands (top row) dropped on the lower half of risk: just below risk.
        assertThat(OverlayOrder.listed(OverlayOrder.drop(layers, "bands", "risk", true)))
                .containsExactly("footprint", "risk", "bands", "coverage");
        // Dropped on itself, or next to where it is: nothing changes.
        assertThat(OverlayOrder.drop(layers, "risk", "risk", true)).isEqualTo(layers);
        assertThat(OverlayOrder.drop(layers, "risk", "coverage", false)).isEqualTo(layers);
    }

    @Test
    void movingKeepsVisibilityAndOpacity() {
        MapLayers risk = MapLayers.preset(MapLayers.Preset.RISK);
        MapLayers moved = OverlayOrder.moveToRow(risk, "risk", 0);
        assertThat(moved.overlay("risk")).isEqualTo(risk.overlay("risk"));
        assertThat(OverlayOrder.listed(moved).get(0)).isEqualTo("risk");
    }

    @Test
    void namesEveryOverlay() {
        for (String id : MapLayers.OVERLAY_IDS) assertThat(OverlayOrder.label(id)).isNotEqualTo(id);
    }
}
