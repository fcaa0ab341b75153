package org.redmap.render;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redmap.project.PageElement;

/**
 * What the renderer put where, in the picture's logical coordinates: the labels in the order they
 * were placed (most important first), the page's elements and what the legend says (and whether
 * its box held it all). The window finds what is under the pointer in it, and tests compare it
 * between outputs.
 */
public record DrawnPage(List<PlacedLabel> labels, List<Item> elements, LegendReport legend) {

    /** One element's box; the marking has two, top and bottom. */
    public record Item(PageElement element, Rectangle2D box) {
        public Item {
            Objects.requireNonNull(element, "element");
            box = (Rectangle2D) box.clone();
        }

        @Override
        public Rectangle2D box() {
            return (Rectangle2D) box.clone();
        }
    }

    public DrawnPage {
        labels = List.copyOf(labels);
        elements = List.copyOf(elements);
        Objects.requireNonNull(legend, "legend");
    }

    /** A page without a legend. */
    public DrawnPage(List<PlacedLabel> labels, List<Item> elements) {
        this(labels, elements, LegendReport.NONE);
    }

    /** The first box of this element, if it is drawn. */
    public Optional<Rectangle2D> box(PageElement element) {
        return elements.stream().filter(i -> i.element() == element).map(Item::box).findFirst();
    }
}
