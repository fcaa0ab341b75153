package org.redmap.render;

import org.redmap.model.Layer;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.project.PageLayout;

/**
 * One picture to draw: which map, which part of it, at what pixel density, with which layers, and
 * what the pointer is on. The same request drawn twice gives the same pixels.
 *
 * @param pixelScale           device pixels per logical pixel (1/96 in): 2 on a HiDPI screen, 0.75 per
 *                             device pixel per point of an export's page (see {@link Composer})
 * @param hoveredId            id of the region under the pointer, or null
 * @param selectedId           id of the selected region, or null
 * @param selectedAnnotationId id of the annotation whose handles are shown, or null; exports clear it
 * @param overlays             thematic layers over the vendor map, bottom first; only the visible ones
 * @param briefing             the briefing layout around the map (marking, sources footer...), or
 *                             {@link Briefing#NONE}
 * @param layout               what the analyst composed: elements moved, the inset, label edits
 */
public record RenderRequest(ProjectedMap map, Viewport viewport, double pixelScale, Set<Layer> layers,
                            String hoveredId, String selectedId, String selectedAnnotationId, List<Overlay> overlays,
                            Briefing briefing, PageLayout layout) {

    public RenderRequest {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(viewport, "viewport");
        layers = Set.copyOf(layers);
        overlays = List.copyOf(overlays);
        Objects.requireNonNull(briefing, "briefing");
        Objects.requireNonNull(layout, "layout");
        if (!(pixelScale > 0) || pixelScale > 32) throw new IllegalArgumentException("pixel scale must be in (0, 32]: " + pixelScale);
    }

    /** A request laid out automatically. */
    public RenderRequest(ProjectedMap map, Viewport viewport, double pixelScale, Set<Layer> layers, String hoveredId,
                         String selectedId, String selectedAnnotationId, List<Overlay> overlays, Briefing briefing) {
        this(map, viewport, pixelScale, layers, hoveredId, selectedId, selectedAnnotationId, overlays, briefing,
                PageLayout.AUTOMATIC);
    }

    /** A request with no annotation selected, no overlays and no briefing layout. */
    public RenderRequest(ProjectedMap map, Viewport viewport, double pixelScale, Set<Layer> layers, String hoveredId,
                         String selectedId) {
        this(map, viewport, pixelScale, layers, hoveredId, selectedId, null, List.of(), Briefing.NONE);
    }

    public static RenderRequest of(ProjectedMap map, Viewport viewport, double pixelScale, Set<Layer> layers) {
        return new RenderRequest(map, viewport, pixelScale, layers, null, null);
    }

    public boolean shows(Layer layer) {
        return layers.contains(layer);
    }

    public int pixelWidth() {
        return (int) Math.round(viewport.width() * pixelScale);
    }

    public int pixelHeight() {
        return (int) Math.round(viewport.height() * pixelScale);
    }

    public RenderRequest withPointer(String hovered, String selected) {
        return new RenderRequest(map, viewport, pixelScale, layers, hovered, selected, selectedAnnotationId, overlays,
                briefing, layout);
    }

    /** The same picture with this annotation's handles shown (null for none). */
    public RenderRequest withSelectedAnnotation(String annotationId) {
        return new RenderRequest(map, viewport, pixelScale, layers, hoveredId, selectedId, annotationId, overlays,
                briefing, layout);
    }

    public RenderRequest withOverlays(List<Overlay> visibleOverlays) {
        return new RenderRequest(map, viewport, pixelScale, layers, hoveredId, selectedId, selectedAnnotationId,
                visibleOverlays, briefing, layout);
    }

    public RenderRequest withBriefing(Briefing around) {
        return new RenderRequest(map, viewport, pixelScale, layers, hoveredId, selectedId, selectedAnnotationId,
                overlays, around, layout);
    }

    /** The same picture at another pixel density: the same page, as finely or coarsely drawn. */
    public RenderRequest withPixelScale(double scale) {
        return new RenderRequest(map, viewport, scale, layers, hoveredId, selectedId, selectedAnnotationId, overlays,
                briefing, layout);
    }

    public RenderRequest withLayout(PageLayout composed) {
        return new RenderRequest(map, viewport, pixelScale, layers, hoveredId, selectedId, selectedAnnotationId,
                overlays, briefing, composed);
    }

    /** What a file gets: the picture without editing handles, which belong to the window. */
    public RenderRequest forExport() {
        return selectedAnnotationId == null ? this : withSelectedAnnotation(null);
    }
}
