package org.redmap.ui;

import org.redmap.project.OverlayIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.redmap.analysis.Classification;
import org.redmap.annotate.AnnotationEdits;
import org.redmap.analysis.MapAnalysis;
import org.redmap.geo.ProjectedLayer;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.io.CoverageCell;
import org.redmap.model.Basis;
import org.redmap.model.MapDocument;
import org.redmap.model.NotablePlace;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.Layer;
import org.redmap.project.MapLayers;
import org.redmap.render.MapRenderer;
import org.redmap.render.Overlay;
import org.redmap.render.Composer;
import org.redmap.project.OverlaySetting;
import org.redmap.project.PageLayout;
import org.redmap.analysis.PolygonCoverage;
import org.redmap.render.RenderRequest;

/**
 * What the window shows, as observable state and no widgets: the map and its analysis (coverage,
 * risk, border bands), the view, the layers and overlays, what is hovered and selected, and the
 * analyst's overrides. Views bind to it; every action a user can
 * take is a method here, so it is testable without a screen. Touch it on one thread only (the
 * JavaFX thread in the app).
 */
public final class MapState {

    /** Closest zoom: a few metres per pixel is street level, beyond what state outlines can say. */
    static final double MIN_METRES_PER_PIXEL = 5;
    /** Farthest zoom: the whole of North America in a small window. */
    static final double MAX_METRES_PER_PIXEL = 30_000;
    /** A city fills the view at this resolution: a 1000-pixel view spans about 120 km. */
    static final double CITY_METRES_PER_PIXEL = 120;
    /** Classes of a graduated overlay: five read at a glance and in grey. */
    static final int CLASSES = Composer.CLASSES;
    /** Air around a region the search zooms to, on top of the map's own insets. */
    private static final double REGION_PADDING = 36;

    private final ObjectProperty<ProjectedMap> map = new SimpleObjectProperty<>(this, "map");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<MapLayers> layers = new SimpleObjectProperty<>(this, "layers",
            MapLayers.preset(MapLayers.Preset.VENDOR));
    private final ObjectProperty<MapAnalysis> analysis = new SimpleObjectProperty<>(this, "analysis");
    /** The layers' classification, for the chooser. */
    private final ObservableValue<Classification.Method> classification = layers.map(MapLayers::classification);
    private final ObjectProperty<PolygonCoverage> polygons = new SimpleObjectProperty<>(this, "polygons");
    private final ObjectProperty<CoverageCell> clickedCell = new SimpleObjectProperty<>(this, "clickedCell");
    private final StringProperty hoveredId = new SimpleStringProperty(this, "hoveredId");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    /** The page as the analyst composed it; its label edits show on the free map too. */
    private final ObjectProperty<PageLayout> layout = new SimpleObjectProperty<>(this, "layout", PageLayout.AUTOMATIC);
    /** The document as the rules tagged it, so an override can be reverted. */
    private MapDocument rules;
    /** The overlays last built, kept so that asking twice for the same state gives the same list. */
    /** Makes the frame's request and keeps the overlays of the last analysis. */
    private final Composer composer = new Composer();
    private double viewWidth;
    private double viewHeight;

    public ReadOnlyObjectProperty<PageLayout> layoutProperty() {
        return layout;
    }

    public PageLayout layout() {
        return layout.get();
    }

    /** The page composed otherwise: elements moved, the inset, label edits. Undo is kept by the caller. */
    public void setLayout(PageLayout composed) {
        layout.set(java.util.Objects.requireNonNull(composed, "composed"));
    }

    public ReadOnlyObjectProperty<ProjectedMap> mapProperty() {
        return map;
    }

    public ProjectedMap map() {
        return map.get();
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public Viewport viewport() {
        return viewport.get();
    }

    /** The base layers and the overlays, in drawing order, with their visibility and opacity. */
    public ReadOnlyObjectProperty<MapLayers> layersProperty() {
        return layers;
    }

    public MapLayers mapLayers() {
        return layers.get();
    }

    /** The base layers shown. */
    public Set<Layer> layers() {
        return layers.get().base();
    }

    /**
     * The analysis of the map shown (coverage, risk, border bands); null while it is computed, and
     * for a moment after another file is opened.
     */
    public ReadOnlyObjectProperty<MapAnalysis> analysisProperty() {
        return analysis;
    }

    public MapAnalysis analysis() {
        return analysis.get();
    }

    public ReadOnlyStringProperty hoveredIdProperty() {
        return hoveredId;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public Selection selection() {
        return selection.get();
    }

    /** Shows a newly loaded map whole, forgetting the old selection and overrides. */
    public void show(ProjectedMap loaded) {
        show(loaded, loaded.document());
    }

    /**
     * Shows a map whole whose regions may carry overrides already (an opened project's):
     * {@code rulesGave} is the same map as the rules tagged it, so that an override can be reverted.
     */
    public void show(ProjectedMap loaded, MapDocument rulesGave) {
        rules = rulesGave;
        hoveredId.set(null);
        selection.set(null);
        // The old analysis describes other regions: nothing is drawn over the new map until its own is ready.
        analysis.set(null);
        map.set(loaded);
        viewport.set(null);
        fitHome();
    }

    /** Shows this centre at this scale, at the view's own size (a project's saved view). */
    public void showView(Viewport saved) {
        if (map.get() == null) return;
        double w = viewWidth >= 1 ? viewWidth : saved.width();
        double h = viewHeight >= 1 ? viewHeight : saved.height();
        viewport.set(new Viewport(saved.centerX(), saved.centerY(), clamp(saved.metresPerPixel()), w, h));
    }

    /** Gives the map another title (the briefing dialog's, once exported); shapes are reused. */
    public void retitle(String title) {
        ProjectedMap m = map.get();
        if (m == null || m.document().title().equals(title)) return;
        map.set(m.with(m.document().withTitle(title)));
    }

    /** The map as the rules tagged it when it was shown, before any override. */
    public MapDocument rules() {
        return rules;
    }

    /** The view changed size: same centre, same scale, more or less map around it. */
    public void resize(double width, double height) {
        if (width < 1 || height < 1) return;
        viewWidth = width;
        viewHeight = height;
        if (viewport.get() == null) fitHome();
        else viewport.set(viewport.get().withSize(width, height));
    }

    public void setLayer(Layer layer, boolean shown) {
        layers.set(layers.get().withBase(layer, shown));
    }

    /**
     * Replaces all the layer settings at once: a preset, or a project's. Imported coverage polygons
     * keep their row (as it was) when the new settings know nothing of them.
     */
    public void setLayers(MapLayers changed) {
        layers.set(keepImported(changed));
    }

    /** A preset's layers; the analyst's choice of classification stays. */
    public void applyPreset(MapLayers.Preset preset) {
        layers.set(keepImported(MapLayers.preset(preset).withClassification(layers.get().classification())));
    }

    private MapLayers keepImported(MapLayers changed) {
        if (polygons.get() == null || changed.overlay(OverlayIds.POLYGONS).isPresent()) return changed;
        return layers.get().overlay(OverlayIds.POLYGONS).map(changed::withOverlay).orElse(changed);
    }

    // --- imported coverage polygons --------------------------------------------------------------

    /** The imported coverage polygons, projected; null until a file is imported. */
    public ReadOnlyObjectProperty<PolygonCoverage> polygonsProperty() {
        return polygons;
    }

    public PolygonCoverage polygons() {
        return polygons.get();
    }

    /**
     * Shows newly imported polygons: their overlay row appears on top of the others (or keeps its
     * place and opacity when another file was imported before) and is switched on.
     */
    public void showPolygons(PolygonCoverage imported) {
        clickedCell.set(null);
        polygons.set(java.util.Objects.requireNonNull(imported, "imported"));
        OverlaySetting setting = layers.get().overlay(OverlayIds.POLYGONS)
                .orElse(new OverlaySetting(OverlayIds.POLYGONS, true, MapLayers.defaultOpacity(OverlayIds.POLYGONS)));
        layers.set(layers.get().withOverlay(setting.withVisible(true)));
    }

    /**
     * Shows an opened project's polygons, or none: a project without them must not inherit the
     * layer of the one before. The layer rows are the project's ({@link #setLayers}, called after).
     */
    public void replacePolygons(PolygonCoverage projectLayer) {
        clickedCell.set(null);
        polygons.set(projectLayer);
    }

    /** The imported cell last clicked (for the inspector); null when the click was on none. */
    public ReadOnlyObjectProperty<CoverageCell> clickedCellProperty() {
        return clickedCell;
    }

    /** Remembers the imported cell at a clicked view point, or that there was none. */
    public void pickCell(double screenX, double screenY) {
        clickedCell.set(cellAt(screenX, screenY).orElse(null));
    }

    /**
     * The imported cell under a view point, while the polygons overlay is shown: through the
     * layer's spatial index, so a 20,000-cell layer costs no more than the states.
     */
    public Optional<CoverageCell> cellAt(double screenX, double screenY) {
        Viewport v = viewport.get();
        PolygonCoverage p = polygons.get();
        boolean shown = layers.get().overlay(OverlayIds.POLYGONS).map(OverlaySetting::visible).orElse(false);
        if (v == null || p == null || !shown) return Optional.empty();
        return p.at(v.toWorld(screenX, screenY));
    }

    /** Shows or hides one overlay, or changes its opacity; its place in the order stays. */
    public void setOverlay(OverlaySetting setting) {
        layers.set(layers.get().withOverlay(setting));
    }

    /** Moves an overlay to a new place in the drawing order (0 = bottom). */
    public void moveOverlay(String overlayId, int drawIndex) {
        layers.set(layers.get().withOverlayMoved(overlayId, drawIndex));
    }

    /** How the graduated overlays (coverage, risk) are cut into classes. */
    public ObservableValue<Classification.Method> classificationProperty() {
        return classification;
    }

    /** Kept in the layers, so a project saves it and exports classify as the window does. */
    public void setClassification(Classification.Method method) {
        layers.set(layers.get().withClassification(java.util.Objects.requireNonNull(method, "method")));
    }

    /** A new analysis of the map shown (computed in the background, or a weight changed). */
    public void setAnalysis(MapAnalysis computed) {
        analysis.set(computed);
    }

    // --- navigation -------------------------------------------------------------------------

    public void fitHome() {
        if (map.get() == null || viewWidth < 1) return;
        viewport.set(Viewport.fit(map.get().homeExtent(), viewWidth, viewHeight, MapRenderer.fitInsets(layers())));
    }

    public void panBy(double dx, double dy) {
        Viewport v = viewport.get();
        if (v != null && (dx != 0 || dy != 0)) viewport.set(v.panBy(dx, dy));
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the point under the cursor still. */
    public void zoomAround(double screenX, double screenY, double factor) {
        Viewport v = viewport.get();
        if (v == null) return;
        double mpp = clamp(v.metresPerPixel() / factor);
        if (mpp == v.metresPerPixel()) return;
        viewport.set(v.zoomAround(screenX, screenY, v.metresPerPixel() / mpp));
    }

    public void zoomCentre(double factor) {
        Viewport v = viewport.get();
        if (v != null) zoomAround(v.width() / 2, v.height() / 2, factor);
    }

    /** Fits one region, with air around it. */
    public void fitRegion(String regionId) {
        Viewport v = viewport.get();
        Optional<ProjectedLayer.Item<TaggedRegion>> item = item(regionId);
        if (v == null || item.isEmpty()) return;
        Envelope env = item.get().geometry().getEnvelopeInternal();
        Viewport.Insets base = MapRenderer.fitInsets(layers());
        Viewport.Insets padded = new Viewport.Insets(base.top() + REGION_PADDING, base.right() + REGION_PADDING,
                base.bottom() + REGION_PADDING, base.left() + REGION_PADDING);
        Viewport fitted = Viewport.fit(env, v.width(), v.height(), padded);
        viewport.set(new Viewport(fitted.centerX(), fitted.centerY(), clamp(fitted.metresPerPixel()), v.width(), v.height()));
    }

    /** Centres on a projected point at the given resolution. */
    public void centreOn(Coordinate world, double metresPerPixel) {
        Viewport v = viewport.get();
        if (v != null) viewport.set(new Viewport(world.x, world.y, clamp(metresPerPixel), v.width(), v.height()));
    }

    // --- what is under the pointer -----------------------------------------------------------

    /** The region under a view point, through the layer's spatial index. */
    public Optional<TaggedRegion> regionAt(double screenX, double screenY) {
        Viewport v = viewport.get();
        if (v == null || map.get() == null) return Optional.empty();
        return map.get().regions().at(v.toWorld(screenX, screenY)).map(ProjectedLayer.Item::value);
    }

    /** The site marker within {@code radius} pixels of a view point, nearest first; only while sites show. */
    public Optional<NotablePlace> siteAt(double screenX, double screenY, double radius) {
        Viewport v = viewport.get();
        ProjectedMap m = map.get();
        if (v == null || m == null || !layers().contains(Layer.SITES)) return Optional.empty();
        NotablePlace best = null;
        double bestDistance = radius;
        // A handful of markers: a direct look is cheaper than an index.
        for (int i = 0; i < m.sitePositions().size(); i++) {
            Coordinate c = m.sitePositions().get(i);
            double d = Math.hypot(v.toScreenX(c.x) - screenX, v.toScreenY(c.y) - screenY);
            if (d <= bestDistance) {
                bestDistance = d;
                best = m.site(i);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Longitude (x) and latitude (y) under a view point. */
    public Optional<Coordinate> lonLatAt(double screenX, double screenY) {
        Viewport v = viewport.get();
        if (v == null || map.get() == null) return Optional.empty();
        Coordinate world = v.toWorld(screenX, screenY);
        return Optional.of(map.get().projection().unproject(world.x, world.y));
    }

    public void hover(String regionId) {
        hoveredId.set(regionId);
    }

    public String hoveredId() {
        return hoveredId.get();
    }

    // --- selection ---------------------------------------------------------------------------

    public void select(Selection s) {
        selection.set(s);
    }

    public void clearSelection() {
        selection.set(null);
    }

    public Optional<TaggedRegion> selectedRegion() {
        Selection s = selection.get();
        if (s == null || !s.isRegion() || map.get() == null) return Optional.empty();
        return region(s.id());
    }

    public Optional<NotablePlace> selectedSite() {
        Selection s = selection.get();
        if (s == null || s.kind() != Selection.Kind.SITE || map.get() == null) return Optional.empty();
        return map.get().document().sites().stream().filter(p -> p.id().equals(s.id())).findFirst();
    }

    public Optional<TaggedRegion> region(String id) {
        if (id == null || map.get() == null) return Optional.empty();
        return map.get().document().regions().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    // --- analyst overrides -------------------------------------------------------------------

    /** Sets a region's vendor by hand; the shapes are reused, only the colours change. */
    public void override(String regionId, Vendor vendor, String note) {
        ProjectedMap m = map.get();
        if (m == null) return;
        map.set(m.with(m.document().withOverride(regionId, vendor, note)));
    }

    /** Puts back what the rules said for a region. */
    public void revert(String regionId) {
        ProjectedMap m = map.get();
        if (m == null || rules == null) return;
        List<TaggedRegion> regions = new ArrayList<>(m.document().regions());
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).id().equals(regionId)) regions.set(i, rules.regions().get(i));
        }
        map.set(m.with(m.document().withRegions(m.document().regionsSource(), regions)));
    }

    /** The region as the rules tagged it when the map was shown, before any override. */
    public Optional<TaggedRegion> ruleRegion(String regionId) {
        if (rules == null || regionId == null) return Optional.empty();
        return rules.regions().stream().filter(r -> r.id().equals(regionId)).findFirst();
    }

    /** True when the analyst's choice, not a rule, decides this region. */
    public boolean isOverridden(String regionId) {
        return region(regionId).flatMap(TaggedRegion::assignment)
                .map(a -> a.basis() == Basis.ANALYST).orElse(false);
    }

    // --- annotations -------------------------------------------------------------------------

    /** The selected annotation, if the selection is one the map still has. */
    public Optional<Annotation> selectedAnnotation() {
        Selection s = selection.get();
        if (s == null || !s.isAnnotation() || map.get() == null) return Optional.empty();
        return AnnotationEdits.find(map.get().document().annotations(), s.id());
    }

    /**
     * Shows the map with other annotations; the projected shapes are reused, so this is cheap
     * enough for every step of a drag. Undo is kept by the caller ({@link AnnotationSession}).
     */
    public void showAnnotations(List<Annotation> annotations) {
        ProjectedMap m = map.get();
        if (m == null || m.document().annotations().equals(annotations)) return;
        map.set(m.with(m.document().withAnnotations(annotations)));
    }

    // --- rendering ---------------------------------------------------------------------------

    /** What to draw now at this pixel density, or empty before a map and a view size exist. */
    public Optional<RenderRequest> request(double pixelScale) {
        if (map.get() == null || viewport.get() == null) return Optional.empty();
        Selection s = selection.get();
        String selectedRegion = s != null && s.isRegion() ? s.id() : null;
        String selectedAnnotation = s != null && s.isAnnotation() ? s.id() : null;
        return Optional.of(composer.frame(map.get(), layers.get(), overlays(), viewport.get(), pixelScale,
                new Composer.Pointer(hoveredId.get(), selectedRegion, selectedAnnotation), layout.get()));
    }

    /**
     * The visible overlays, bottom first, built from the analysis in the house style; empty while
     * there is no analysis. The same state gives the same list, so unchanged requests compare equal
     * at once.
     */
    public List<Overlay> overlays() {
        MapAnalysis a = analysis.get();
        MapLayers l = layers.get();
        PolygonCoverage p = polygons.get();
        return composer.overlays(a, l, p);
    }

    private Optional<ProjectedLayer.Item<TaggedRegion>> item(String regionId) {
        if (map.get() == null) return Optional.empty();
        return map.get().regions().items().stream().filter(i -> i.value().id().equals(regionId)).findFirst();
    }

    private static double clamp(double metresPerPixel) {
        return Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel));
    }
}
