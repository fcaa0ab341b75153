package org.redmap.render;

import org.redmap.model.Layer;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the map furniture goes: the north arrow where the analyst put it on the page, or else in
 * the top-right corner ({@link LegendPanel} places the legend and the scale bar around it). Each
 * keeps labels away from itself.
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
        return furniture;
    }
}
