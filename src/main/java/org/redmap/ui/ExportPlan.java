package org.redmap.ui;

import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.render.Briefing;
import org.redmap.render.Layer;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * Turns the view on screen into an export request: the same area of the map, fitted to the new
 * size, so an analyst exports what they framed rather than a map re-fitted to Mexico.
 */
public final class ExportPlan {

    /** Named sizes offered in the dialog, in logical pixels. */
    public record Preset(String label, int width, int height) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static final List<Preset> PRESETS = List.of(
            new Preset("HD 1280 × 720", 1280, 720),
            new Preset("Full HD 1920 × 1080", 1920, 1080),
            new Preset("QHD 2560 × 1440", 2560, 1440),
            new Preset("4K UHD 3840 × 2160", 3840, 2160),
            new Preset("A4 landscape 1123 × 794", 1123, 794),
            new Preset("Square 1080 × 1080", 1080, 1080));

    private ExportPlan() {
    }

    /**
     * The view of {@code width} × {@code height} that shows the same part of the map as
     * {@code current}. The title and credit bands keep their size, so it is the map area between
     * them that is matched; the aspect ratio may differ, so the shown area is fitted whole.
     */
    public static Viewport viewport(Viewport current, Set<Layer> layers, double width, double height) {
        return viewport(current, layers, width, height, Briefing.NONE);
    }

    /**
     * The same, for a picture with a briefing layout: the map area on screen (between the screen's
     * bands) is fitted between the briefing's bands (marking banners, sources footer).
     */
    public static Viewport viewport(Viewport current, Set<Layer> layers, double width, double height, Briefing briefing) {
        Viewport.Insets bands = MapRenderer.frameInsets(layers);
        double bottom = Math.max(bands.top() + 1, current.height() - bands.bottom());
        Coordinate topLeft = current.toWorld(0, bands.top());
        Coordinate bottomRight = current.toWorld(current.width(), bottom);
        return Viewport.fit(new Envelope(topLeft, bottomRight), width, height, MapRenderer.frameInsets(layers, briefing));
    }

    /** The request to export: current map and layers, the new title, no pointer highlights. */
    public static RenderRequest request(ProjectedMap map, Viewport current, Set<Layer> layers, ExportSettings settings) {
        ProjectedMap titled = settings.title().equals(map.document().title())
                ? map : map.with(map.document().withTitle(settings.title()));
        return RenderRequest.of(titled, viewport(current, layers, settings.width(), settings.height()),
                settings.pixelScale(), layers);
    }
}
