package org.redmap.render;

import org.redmap.model.Layer;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.locationtech.jts.geom.Envelope;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the map furniture goes: the north arrow where the analyst put it on the page, or else in
 * the top-right corner, the locator map where the analyst put it or in the top-left corner, and
 * the scale bar on a panel of its own once the analyst places it ({@link LegendPanel} places the
 * legend, with the scale bar at its foot until then, around them). Each keeps labels away from itself.
 */
final class FurnitureLayout {

    /** Something drawn on top of the map in a box of its own. */
    record Furniture(List<DrawnPage.Item> items, Consumer<Graphics2D> painter) {
        void draw(Graphics2D g) {
            painter.accept(g);
        }
    }

    private static final double MARGIN = 12;

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
        Optional<PageBox> placedScale = request.layout().box(PageElement.SCALE_BAR);
        if (request.shows(Layer.SCALE_BAR) && placedScale.isPresent()) {
            furniture.add(scaleBar(request, placedScale.get(), mapArea, layout));
        }
        return furniture;
    }

    /** Longest a scale bar placed on its own gets unless the analyst widens its panel. */
    private static final double SCALE_LENGTH = 150;

    /** The scale bar on a panel of its own where the analyst put it; its panel's width bounds the bar's length. */
    private static Furniture scaleBar(RenderRequest request, PageBox placed, Rectangle2D mapArea, LabelLayout layout) {
        Viewport viewport = request.viewport();
        double pad = TextPanel.PAD;
        double maxBar = placed.width() > 0 ? Math.max(20, placed.width() * viewport.width() - 2 * pad - 24) : SCALE_LENGTH;
        ScaleBar scale = ScaleBar.fit(viewport, request.map().projection(), maxBar);
        Rectangle2D size = scale.size();
        double noteWidth = TextPainter.width(ScaleBar.NOTE_TEXT, Legend.NOTE);
        Rectangle2D box = PageBoxes.onPage(new PageBox(placed.x(), placed.y(), placed.width(), 0), viewport.width(),
                viewport.height(), mapArea, Math.max(size.getWidth(), noteWidth) + 2 * pad, size.getHeight() + 2 * pad);
        layout.reserve(box);
        return new Furniture(List.of(new DrawnPage.Item(PageElement.SCALE_BAR, box)), g -> {
            TextPanel.chrome(g, box, 238);
            scale.draw(g, box.getX() + pad, box.getY() + pad);
        });
    }

    /**
     * The locator map where the analyst put it, or in the map area's top-left corner, outlining
     * the part of the earth the map area shows (not what the title and footer bands cover).
     */
    private static Furniture inset(RenderRequest request, Rectangle2D mapArea, LabelLayout layout) {
        Viewport viewport = request.viewport();
        Rectangle2D own = InsetMap.defaultSize(mapArea);
        Rectangle2D box = request.layout().box(PageElement.INSET)
                .map(b -> PageBoxes.onPage(b, viewport.width(), viewport.height(), mapArea, own.getWidth(), own.getHeight()))
                .orElseGet(() -> InsetMap.defaultBox(mapArea));
        layout.reserve(box);
        Envelope shown = new Envelope(viewport.toWorld(mapArea.getMinX(), mapArea.getMinY()),
                viewport.toWorld(mapArea.getMaxX(), mapArea.getMaxY()));
        InsetMap locator = new InsetMap(request.map(), shown);
        return new Furniture(List.of(new DrawnPage.Item(PageElement.INSET, box)), g -> locator.draw(g, box));
    }
}
