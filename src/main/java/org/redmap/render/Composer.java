package org.redmap.render;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.PolygonCoverage;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.project.ExportOptions;
import org.redmap.project.MapLayers;
import org.redmap.project.PageLayout;
import org.redmap.project.Project;
import org.redmap.project.ProjectHash;
import org.redmap.project.ProjectSession;
import org.redmap.project.ShortId;

/**
 * The one place a project becomes what the renderer draws: the window's live frame, its page view,
 * its export dialog, {@code redmap export --project} and the plain {@code redmap export} (which
 * builds a project from its options) all get their request here, so the same project, page and
 * settings give the same picture everywhere.
 *
 * <p>Keeps the overlays of the last analysis it saw, so that a live preview can compose on every
 * change of a setting without classifying a million cells again. Not thread-safe: one per caller.
 */
public final class Composer {

    /**
     * The renderer's unit is the logical pixel, 1/96 in, as on a screen at 100 %; a page is measured
     * in points, 1/72 in. Everything is laid out on the page in these units, whatever its pixels.
     */
    public static final double LOGICAL_PER_POINT = 96.0 / 72;

    /** Classes of every graduated overlay. */
    public static final int CLASSES = 5;

    private MapAnalysis overlaysFrom;
    private PolygonCoverage overlaysPolygons;
    private MapLayers overlaysFor;
    private List<Overlay> overlays = List.of();

    /**
     * The visible overlays of these layers, bottom first, in the house style; empty while there is
     * neither an analysis nor imported polygons. The same inputs give the same list instance.
     */
    public List<Overlay> overlays(MapAnalysis analysis, MapLayers layers, PolygonCoverage polygons) {
        Objects.requireNonNull(layers, "layers");
        if (analysis != overlaysFrom || polygons != overlaysPolygons || !layers.equals(overlaysFor)) {
            // Imported polygons need no analysis, so they show while it is still being computed.
            overlays = analysis == null && polygons == null ? List.of()
                    : List.copyOf(new OverlayBuilder(layers.classification(), CLASSES).build(analysis, layers, polygons));
            overlaysFrom = analysis;
            overlaysPolygons = polygons;
            overlaysFor = layers;
        }
        return overlays;
    }

    public List<Overlay> overlays(ProjectSession session) {
        return overlays(session.analysis().orElse(null), session.project().layers(), session.polygons().orElse(null));
    }

    /**
     * The window's map as it is being explored: the panel is the page, in its logical pixels, with
     * the title and credits bands and no briefing layout.
     *
     * @param pointer what is under the pointer and selected (region and annotation ids), shown only here
     */
    public RenderRequest frame(ProjectedMap map, MapLayers layers, List<Overlay> visibleOverlays, Viewport viewport,
                               double pixelScale, Pointer pointer) {
        return frame(map, layers, visibleOverlays, viewport, pixelScale, pointer, PageLayout.AUTOMATIC);
    }

    /** The same, with the analyst's label edits: a label renamed or hidden on the page is so on the free map too. */
    public RenderRequest frame(ProjectedMap map, MapLayers layers, List<Overlay> visibleOverlays, Viewport viewport,
                               double pixelScale, Pointer pointer, PageLayout layout) {
        return new RenderRequest(map, viewport, pixelScale, layers.base(), pointer.hoveredRegion(),
                pointer.selectedRegion(), pointer.selectedAnnotation(), visibleOverlays, Briefing.NONE, layout.labelsOnly());
    }

    /**
     * The export of a project with these settings: briefing layout, short id, view (see
     * {@link ExportView}) and render request. Cheap once the session exists, so a live preview can
     * call it on every change of the settings.
     *
     * @param clock the date of "export-day" comes from it (UTC)
     */
    public PreparedExport export(ProjectSession session, ExportOptions options, ProjectHash projectHash, Clock clock) {
        return export(session.map(), session.project(), overlays(session), options, projectHash, clock);
    }

    /**
     * The same for a project the caller holds loaded (the window's page view): its map as shown,
     * and its visible overlays ({@link #overlays(MapAnalysis, MapLayers, PolygonCoverage)}).
     */
    public PreparedExport export(ProjectedMap map, Project project, List<Overlay> overlays, ExportOptions options,
                                 ProjectHash projectHash, Clock clock) {
        Optional<String> date = options.date().resolve(clock);
        String shortId = ShortId.of(projectHash, project.title(), options, date);
        RenderRequest request = request(map, project, overlays, options, briefing(options, date, shortId));
        return new PreparedExport(request, options, project.title(), projectHash, date, shortId);
    }

    /**
     * A project that is not saved anywhere (the plain {@code redmap export}, built from its options):
     * drawn as its export settings say, without a short id, as it has no sidecar to point to.
     *
     * @param map      the project's data, projected, with its title
     * @param overlays its visible overlays ({@link #overlays(MapAnalysis, MapLayers, PolygonCoverage)})
     */
    public RenderRequest unsaved(ProjectedMap map, Project project, List<Overlay> overlays, Clock clock) {
        ExportOptions options = project.export();
        return request(map, project, overlays, options, briefing(options, options.date().resolve(clock), null));
    }

    private static RenderRequest request(ProjectedMap map, Project project, List<Overlay> overlays, ExportOptions options,
                                         Briefing briefing) {
        MapLayers layers = project.layers();
        Viewport viewport = ExportView.of(map, project.view(), layers.base(), briefing, project.layout(),
                options.page().width() * LOGICAL_PER_POINT, options.page().height() * LOGICAL_PER_POINT);
        return new RenderRequest(map, viewport, options.pixelScale() / LOGICAL_PER_POINT, layers.base(), null, null, null,
                overlays, briefing, project.layout());
    }

    private static Briefing briefing(ExportOptions options, Optional<String> date, String shortId) {
        return new Briefing(options.marking().map(Marking::of), options.subtitle().orElse(null),
                options.author().orElse(null), date.orElse(null), options.sourcesFooter(), shortId);
    }

    /** What the pointer is on in the window: ids, each null for none. */
    public record Pointer(String hoveredRegion, String selectedRegion, String selectedAnnotation) {
        public static final Pointer NONE = new Pointer(null, null, null);
    }
}
