package org.redmap.render;

import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.Layer;
import org.redmap.project.PageLayout;

/**
 * Which part of the map an export shows. The rule, the same for the window and the command line:
 *
 * <ul>
 *   <li>With a saved view: the area the analyst framed is the window's map area, between the title
 *       band and the credits band of the window (which draws no briefing layout). An export keeps
 *       that area's centre and shows all of it, fitted into the export's own map area (between its
 *       bands, which grow by the marking banners and the sources footer). A wider or taller export
 *       shows more around it, never less.</li>
 *   <li>Without one: the whole map and every annotation, zoomed to fit with the usual margin: a
 *       callout the analyst put out at sea or over the border is part of the briefing too.</li>
 * </ul>
 * So the framing survives any change of size or aspect ratio, and the same project and settings
 * always give the same view, to the last bit.
 */
public final class ExportView {

    private ExportView() {
    }

    static Viewport of(ProjectedMap map, Optional<Viewport> saved, Set<Layer> layers, Briefing briefing, PageLayout layout,
                       double width, double height) {
        if (saved.isEmpty()) {
            return Viewport.fit(withAnnotations(map), width, height, MapRenderer.fitInsets(layers, briefing, layout, width, height));
        }
        Viewport window = saved.get();
        return Viewport.fit(framed(window, layers), width, height, MapRenderer.frameInsets(layers, briefing, layout, width, height));
    }

    /**
     * The map's home extent, grown to take in every annotation's positions, and a little more when
     * one lies outside, for the text box or label drawn beside the position.
     */
    static Envelope withAnnotations(ProjectedMap map) {
        Envelope home = map.homeExtent();
        Envelope extent = new Envelope(home);
        for (Annotation a : map.document().annotations()) {
            for (LonLat p : a.positions()) extent.expandToInclude(map.projection().project(p.lon(), p.lat()));
        }
        if (!extent.equals(home)) extent.expandBy(ANNOTATION_MARGIN * Math.max(extent.getWidth(), extent.getHeight()));
        return extent;
    }

    /** Room around annotations outside the map, as a share of the extent's longer side. */
    static final double ANNOTATION_MARGIN = 0.05;

    /** The projected area the window showed between its bands. */
    public static Envelope framed(Viewport window, Set<Layer> layers) {
        Viewport.Insets bands = MapRenderer.frameInsets(layers);
        double top = Math.min(bands.top(), window.height() - 1);
        double bottom = Math.max(top + 1, window.height() - bands.bottom());
        Coordinate topLeft = window.toWorld(0, top);
        Coordinate bottomRight = window.toWorld(window.width(), bottom);
        return new Envelope(topLeft, bottomRight);
    }
}
