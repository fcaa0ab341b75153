package org.redmap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.redmap.geo.ProjectedLayer;
import org.redmap.geo.ProjectedLayer.Item;
import org.redmap.geo.Viewport;
import org.redmap.model.TaggedRegion;

/**
 * Draws the thematic overlays over the vendor map, each at its own opacity, so the vendor colours
 * stay readable underneath. Regions of one class are merged into one path, as for the vendor fill.
 */
final class OverlayPainter {

    static final Color NO_DATA = new Color(0x9E9E9E);
    static final Color BAND_INK = new Color(0x3A2E5C);

    private final Output output;

    /** How opaque an area's outline is, whatever the fill's opacity. */
    static final float AREA_OUTLINE_ALPHA = 0.9f;

    OverlayPainter(Output output) {
        this.output = output;
    }

    void paint(Graphics2D g, List<Overlay> overlays, ProjectedLayer<TaggedRegion> regions,
               List<Item<TaggedRegion>> visible, Viewport viewport, ScreenShapes shapes) {
        for (Overlay overlay : overlays) {
            if (overlay.opacity() <= 0) continue;
            Composite saved = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) overlay.opacity()));
            if (overlay instanceof Overlay.Choropleth c) {
                choropleth(g, c, regions, visible, viewport, shapes);
            } else if (overlay instanceof Overlay.Area a) {
                area(g, a, viewport, shapes);
            } else if (overlay instanceof Overlay.Bands b) {
                bands(g, b, viewport, shapes);
            }
            g.setComposite(saved);
        }
    }

    private void choropleth(Graphics2D g, Overlay.Choropleth c, ProjectedLayer<TaggedRegion> regions,
                            List<Item<TaggedRegion>> visible, Viewport viewport, ScreenShapes shapes) {
        List<Color> colours = c.colours();
        List<Path2D> byClass = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) byClass.add(new Path2D.Double(Path2D.WIND_NON_ZERO));
        Path2D noData = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (Item<TaggedRegion> item : visible) {
            Shape shape = shapes.shape(regions.simplified(item, viewport.metresPerPixel()));
            Double value = c.values().get(item.value().id());
            int k = value == null ? -1 : c.breaks().classOf(value);
            if (k < 0) {
                noData.append(shape, false);
            } else {
                byClass.get(Math.min(k, byClass.size() - 1)).append(shape, false);
            }
        }
        for (int i = 0; i < byClass.size(); i++) {
            g.setColor(colours.get(i));
            g.fill(byClass.get(i));
        }
        g.setColor(new Color(0xEEEEEE));
        g.fill(noData);
        Hatch.fill(g, noData, NO_DATA, true, output);
    }

    /**
     * The fill at the overlay's opacity, the outline nearly opaque whatever it is: a light fill keeps
     * the vendor colours readable, and the outline keeps the area's edge readable over them.
     */
    private static void area(Graphics2D g, Overlay.Area a, Viewport viewport, ScreenShapes shapes) {
        if (!a.projected().getEnvelopeInternal().intersects(viewport.visibleWorld())) return;
        Shape shape = shapes.shape(simplify(a.projected(), viewport));
        g.setColor(a.colour());
        g.fill(shape);
        Composite fill = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, AREA_OUTLINE_ALPHA));
        g.setColor(a.colour().darker());
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setComposite(fill);
    }

    /** Bands shade from dark (nearest) to light, with a dashed line at each band's outer edge. */
    private static void bands(Graphics2D g, Overlay.Bands b, Viewport viewport, ScreenShapes shapes) {
        Envelope world = viewport.visibleWorld();
        for (int i = 0; i < b.projected().size(); i++) {
            Geometry band = b.projected().get(i);
            if (!band.getEnvelopeInternal().intersects(world)) continue;
            Shape shape = shapes.shape(simplify(band, viewport));
            g.setColor(bandFill(i, b.projected().size()));
            g.fill(shape);
            g.setColor(BAND_INK);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f));
            g.draw(shape);
        }
    }

    /** The fill of band i of n, shared with the legend. */
    static Color bandFill(int i, int n) {
        int alpha = (int) Math.round(120 - 80.0 * i / Math.max(1, n - 1));
        return new Color(BAND_INK.getRed(), BAND_INK.getGreen(), BAND_INK.getBlue(), alpha);
    }

    private static Geometry simplify(Geometry g, Viewport viewport) {
        Geometry simple = DouglasPeuckerSimplifier.simplify(g, viewport.metresPerPixel() * 0.5);
        return simple.isEmpty() ? g : simple;
    }
}
