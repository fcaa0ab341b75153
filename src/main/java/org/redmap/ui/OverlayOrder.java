package org.redmap.ui;

import org.redmap.project.OverlayIds;

import java.util.ArrayList;
import java.util.List;
import org.redmap.project.MapLayers;
import org.redmap.render.OverlayBuilder;
import org.redmap.project.OverlaySetting;

/**
 * The overlay list of the layer panel, top row first: as in GIS layer panels, the top row is drawn
 * on top, so the list is the drawing order ({@link MapLayers#overlays()}, bottom first) reversed.
 * Moves by button and by drag are worked out here, without a screen.
 */
public final class OverlayOrder {

    private OverlayOrder() {
    }

    /** Overlay ids as the panel lists them: the one drawn last (on top) first. */
    public static List<String> listed(MapLayers layers) {
        List<String> ids = new ArrayList<>();
        for (OverlaySetting s : layers.overlays()) ids.add(0, s.id());
        return ids;
    }

    /** Moves an overlay to a row of the list (0 = top row, drawn on top). */
    public static MapLayers moveToRow(MapLayers layers, String id, int row) {
        int n = layers.overlays().size();
        int clamped = Math.max(0, Math.min(n - 1, row));
        return layers.withOverlayMoved(id, n - 1 - clamped);
    }

    /** One row up the list (drawn later, so above the others); the top row stays. */
    public static MapLayers up(MapLayers layers, String id) {
        return moveToRow(layers, id, listed(layers).indexOf(id) - 1);
    }

    /** One row down the list (drawn earlier); the bottom row stays. */
    public static MapLayers down(MapLayers layers, String id) {
        return moveToRow(layers, id, listed(layers).indexOf(id) + 1);
    }

    /**
     * Drops a dragged overlay on a row: above it when the pointer is in the row's upper half,
     * below it otherwise.
     */
    public static MapLayers drop(MapLayers layers, String dragged, String onto, boolean below) {
        List<String> rows = listed(layers);
        int from = rows.indexOf(dragged);
        int target = rows.indexOf(onto);
        if (from < 0 || target < 0 || dragged.equals(onto)) return layers;
        int row = target + (below ? 1 : 0);
        if (from < row) row--;
        return moveToRow(layers, dragged, row);
    }

    /** The name of an overlay in the panel. */
    public static String label(String id) {
        return switch (id) {
            case OverlayIds.COVERAGE -> "Coverage by region";
            case OverlayIds.RISK -> "Risk score";
            case OverlayIds.FOOTPRINT -> "Coverage footprint";
            case OverlayIds.BANDS -> "Border distance bands";
            case OverlayIds.POLYGONS -> "Coverage polygons";
            default -> id;
        };
    }
}
