package org.redmap.render;

import org.redmap.project.OverlayIds;

import org.redmap.analysis.PolygonCoverage;
import org.redmap.project.MapLayers;
import org.redmap.project.OverlaySetting;

import java.awt.Color;
import java.util.List;
import org.redmap.analysis.BorderBand;
import org.redmap.analysis.BorderBandTable;
import org.redmap.analysis.ClassBreaks;
import org.redmap.analysis.Classification;
import org.redmap.analysis.ModelledCoverage;
import org.redmap.analysis.RegionValues;

/**
 * Turns analysis results into overlays with redmap's house style: coverage on viridis, risk on
 * magma, the modelled footprint in teal, border bands in shades of one ink. The window and the
 * command line both build their overlays here, so they look the same.
 */
public final class OverlayBuilder {

    /** Teal: apart from both vendor colours and from both ramps. */
    static final Color FOOTPRINT_COLOUR = new Color(0x00876C);

    private final Classification.Method method;
    private final int classes;

    public OverlayBuilder(Classification.Method method, int classes) {
        if (classes < 2 || classes > 9) throw new IllegalArgumentException("classes must be 2 to 9: " + classes);
        this.method = method;
        this.classes = classes;
    }

    public static OverlayBuilder defaults() {
        return new OverlayBuilder(Classification.Method.NATURAL_BREAKS, 5);
    }

    /** Shares (0..1) per region as a choropleth: modelled or joined from a table. */
    public Overlay.Choropleth coverage(RegionValues shares, double opacity) {
        return choropleth(OverlayIds.COVERAGE, shares, Ramp.viridis(), true, opacity);
    }

    /** Risk scores (0..1) per region. */
    public Overlay.Choropleth risk(RegionValues scores, double opacity) {
        return choropleth(OverlayIds.RISK, scores, Ramp.magma(), false, opacity);
    }

    public Overlay.Area footprint(ModelledCoverage coverage, double opacity) {
        return new Overlay.Area(OverlayIds.FOOTPRINT, "Coverage footprint", true, coverage.model().label(), coverage.footprint(),
                FOOTPRINT_COLOUR, opacity);
    }

    public Overlay.Bands bands(BorderBandTable table, double opacity) {
        List<BorderBand> bands = table.bands();
        return new Overlay.Bands(OverlayIds.BANDS, "Distance from the US border", false,
                "Buffers of the border line in EPSG:6372, clipped to land.",
                bands.stream().map(BorderBand::geometry).toList(),
                bands.stream().map(BorderBand::label).toList(), opacity);
    }

    /** Imported polygons with their values classified by this builder's method, on the cividis ramp. */
    public Overlay.Polygons polygons(PolygonCoverage layer, double opacity) {
        var data = layer.data();
        ClassBreaks breaks = Classification.classify(method, data.values(), classes);
        return new Overlay.Polygons(OverlayIds.POLYGONS, "Coverage polygons", "Imported from " + data.source() + ": \u201C"
                + data.property() + "\u201D; " + data.counts() + ".",
                layer, breaks, Ramp.cividis(), opacity);
    }

    /**
     * The visible overlays of {@code layers}, in its drawing order, built from one map's analysis and
     * classified as {@code layers} says.
     */
    public List<Overlay> build(org.redmap.analysis.MapAnalysis analysis, MapLayers layers) {
        return build(analysis, layers, null);
    }

    /**
     * The visible overlays with imported polygons too. The polygons need no analysis: with
     * {@code analysis} null (the window while it computes, or a command drawing the polygons alone)
     * the other overlays are left out; with {@code polygons} null (nothing imported) their setting
     * draws nothing.
     */
    public List<Overlay> build(org.redmap.analysis.MapAnalysis analysis, MapLayers layers, PolygonCoverage polygons) {
        // The layers say how the analyst classifies: the window, its exports and 'export --project' agree.
        if (layers.classification() != method) return new OverlayBuilder(layers.classification(), classes).build(analysis, layers, polygons);
        List<Overlay> overlays = new java.util.ArrayList<>();
        for (OverlaySetting setting : layers.overlays()) {
            if (!setting.visible()) continue;
            if (setting.id().equals(OverlayIds.POLYGONS)) {
                if (polygons != null) overlays.add(polygons(polygons, setting.opacity()));
                continue;
            }
            if (analysis == null) continue; // not computed yet, or not needed by the caller
            overlays.add(switch (setting.id()) {
                case OverlayIds.COVERAGE -> coverage(analysis.coverage(), setting.opacity());
                case OverlayIds.RISK -> risk(analysis.risk().regionValues(), setting.opacity());
                case OverlayIds.FOOTPRINT -> footprint(analysis.modelledCoverage(), setting.opacity());
                case OverlayIds.BANDS -> bands(analysis.bands(), setting.opacity());
                default -> throw new IllegalArgumentException("unknown overlay '" + setting.id() + "'");
            });
        }
        return overlays;
    }

    private Overlay.Choropleth choropleth(String id, RegionValues values, Ramp ramp, boolean percent, double opacity) {
        ClassBreaks breaks = Classification.classify(method, values.array(), classes);
        return new Overlay.Choropleth(id, values.title(), values.modelled(), values.provenance(), values.values(), breaks,
                ramp, percent, opacity);
    }
}
