package org.redmap.render;

import org.redmap.model.Layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.redmap.geo.ProjectedLayer.Item;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.TaggedRegion;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the map furniture goes: where the analyst put it on the page, or else the north arrow in
 * the top-right corner and the legend panel (with the scale bar under it) in the corner where it
 * hides the least of the regions. Each keeps labels away from itself.
 */
final class FurnitureLayout {

    /** Something drawn on top of the map in a box of its own. */
    record Furniture(List<DrawnPage.Item> items, Consumer<Graphics2D> painter) {
        void draw(Graphics2D g) {
            painter.accept(g);
        }
    }

    private static final double MARGIN = 12;
    private static final double PAD = 10;

    private FurnitureLayout() {
    }

    static List<Furniture> place(RenderRequest request, VendorPalette palette, Output output, Rectangle2D mapArea,
                                 LabelLayout layout) {
        ProjectedMap map = request.map();
        Viewport viewport = request.viewport();
        List<Furniture> furniture = new ArrayList<>();
        Optional<PageBox> placedArrow = request.layout().box(PageElement.NORTH_ARROW);
        if (request.shows(Layer.NORTH_ARROW)) {
            double cx = placedArrow.map(b -> b.x() * viewport.width()).orElse(mapArea.getMaxX() - MARGIN - NorthArrow.SIZE)
                    + NorthArrow.SIZE / 2;
            double cy = placedArrow.map(b -> b.y() * viewport.height()).orElse(mapArea.getMinY() + MARGIN)
                    + NorthArrow.SIZE / 2;
            double angle = NorthArrow.northAngle(viewport, map.projection(), cx, cy);
            Rectangle2D arrow = new Rectangle2D.Double(cx - NorthArrow.SIZE / 2, cy - NorthArrow.SIZE / 2, NorthArrow.SIZE, NorthArrow.SIZE);
            layout.reserve(arrow);
            furniture.add(new Furniture(List.of(new DrawnPage.Item(PageElement.NORTH_ARROW, arrow)), g -> NorthArrow.draw(g, cx, cy, angle)));
        }
        if (request.layout().inset()) furniture.add(inset(request, mapArea, layout));
        Legend legend = request.shows(Layer.LEGEND) ? legend(request, palette, output, mapArea) : null;
        ScaleBar scale = request.shows(Layer.SCALE_BAR) ? ScaleBar.fit(viewport, map.projection(), 150) : null;
        if (legend == null && scale == null) return furniture;
        Rectangle2D legendSize = legend == null ? new Rectangle2D.Double() : legend.size();
        Rectangle2D scaleSize = scale == null ? new Rectangle2D.Double() : scale.size();
        double boxW = Math.max(legendSize.getWidth(), scaleSize.getWidth() + 2 * PAD);
        double boxH = legendSize.getHeight() + (scale == null ? 0 : scaleSize.getHeight() + (legend == null ? PAD * 2 : PAD));
        Rectangle2D box = bestCorner(map, viewport, mapArea, boxW, boxH,
                request.shows(Layer.NORTH_ARROW) && placedArrow.isEmpty());
        layout.reserve(box);
        List<DrawnPage.Item> items = new ArrayList<>();
        if (legend != null) items.add(new DrawnPage.Item(PageElement.LEGEND, box));
        double scaleY = box.getY() + legendSize.getHeight() + (legend == null ? PAD : 0);
        if (scale != null) {
            items.add(new DrawnPage.Item(PageElement.SCALE_BAR, new Rectangle2D.Double(box.getX() + PAD, scaleY,
                    scaleSize.getWidth(), scaleSize.getHeight())));
        }
        furniture.add(new Furniture(items, g -> {
            Shape panel = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6);
            g.setColor(new Color(255, 255, 255, 238));
            g.fill(panel);
            g.setColor(new Color(0xA8A8A8));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(panel);
            if (legend != null) legend.draw(g, box.getX(), box.getY());
            if (scale != null) scale.draw(g, box.getX() + PAD, scaleY);
        }));
        return furniture;
    }

    /**
     * The locator map where the analyst put it, or in the map area's top-left corner, outlining
     * the part of the earth the map area shows (not what the title and footer bands cover).
     */
    private static Furniture inset(RenderRequest request, Rectangle2D mapArea, LabelLayout layout) {
        Viewport viewport = request.viewport();
        Rectangle2D own = InsetMap.defaultSize(mapArea);
        Rectangle2D box = request.layout().box(PageElement.INSET)
                .<Rectangle2D>map(b -> new Rectangle2D.Double(b.x() * viewport.width(), b.y() * viewport.height(),
                        b.width() > 0 ? b.width() * viewport.width() : own.getWidth(),
                        b.height() > 0 ? b.height() * viewport.height() : own.getHeight()))
                .orElseGet(() -> InsetMap.defaultBox(mapArea));
        layout.reserve(box);
        Envelope shown = new Envelope(viewport.toWorld(mapArea.getMinX(), mapArea.getMinY()),
                viewport.toWorld(mapArea.getMaxX(), mapArea.getMaxY()));
        InsetMap locator = new InsetMap(request.map(), shown);
        return new Furniture(List.of(new DrawnPage.Item(PageElement.INSET, box)), g -> locator.draw(g, box));
    }

    /** The full legend, or the compact one where the full one would take over a small map. */
    private static Legend legend(RenderRequest request, VendorPalette palette, Output output, Rectangle2D mapArea) {
        Legend full = Legend.of(request.map().document(), request.overlays(), palette, output, request.shows(Layer.VENDOR),
                request.shows(Layer.SITES), request.shows(Layer.CITIES), request.shows(Layer.BORDER), false);
        Rectangle2D size = full.size();
        if (size.getHeight() <= 0.55 * mapArea.getHeight() && size.getWidth() <= 0.3 * mapArea.getWidth()) return full;
        return Legend.of(request.map().document(), request.overlays(), palette, output, request.shows(Layer.VENDOR),
                request.shows(Layer.SITES), request.shows(Layer.CITIES), request.shows(Layer.BORDER), true);
    }

    /** The corner whose box covers the least region area; ties go to bottom-left, then the others. */
    private static Rectangle2D bestCorner(ProjectedMap map, Viewport viewport, Rectangle2D area, double w, double h,
                                          boolean northArrow) {
        double left = area.getMinX() + MARGIN;
        double right = area.getMaxX() - MARGIN - w;
        double top = area.getMinY() + MARGIN;
        double bottom = area.getMaxY() - MARGIN - h;
        List<Rectangle2D> corners = new ArrayList<>(List.of(
                new Rectangle2D.Double(left, bottom, w, h),
                new Rectangle2D.Double(right, bottom, w, h),
                new Rectangle2D.Double(left, top, w, h)));
        if (!northArrow) corners.add(new Rectangle2D.Double(right, top, w, h));
        Rectangle2D best = corners.get(0);
        double bestCover = Double.MAX_VALUE;
        for (Rectangle2D corner : corners) {
            double cover = coveredRegionArea(map, viewport, corner);
            if (cover < bestCover - 1e-6) {
                bestCover = cover;
                best = corner;
            }
        }
        return best;
    }

    private static double coveredRegionArea(ProjectedMap map, Viewport viewport, Rectangle2D screenBox) {
        Coordinate a = viewport.toWorld(screenBox.getMinX(), screenBox.getMinY());
        Coordinate b = viewport.toWorld(screenBox.getMaxX(), screenBox.getMaxY());
        Envelope box = new Envelope(a, b);
        List<Item<TaggedRegion>> under = map.regions().visible(box);
        if (under.size() > 500) {
            // On huge layers the exact overlay costs more than it is worth; envelope overlap ranks corners as well.
            return under.stream().mapToDouble(i -> i.geometry().getEnvelopeInternal().intersection(box).getArea()).sum();
        }
        double sum = 0;
        for (Item<TaggedRegion> item : under) {
            Geometry simple = map.regions().simplified(item, viewport.metresPerPixel());
            sum += simple.intersection(simple.getFactory().toGeometry(box)).getArea();
        }
        return sum;
    }
}
