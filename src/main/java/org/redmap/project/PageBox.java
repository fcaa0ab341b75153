package org.redmap.project;

/**
 * Where an element sits on the page, as shares of the page's width and height (0 to 1), so a
 * layout keeps its proportions at any size and survives a change of page.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  0 for the element's own width
 * @param height 0 for the element's own height
 */
public record PageBox(double x, double y, double width, double height) {

    public PageBox {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1 && width >= 0 && width <= 1 && height >= 0 && height <= 1)) {
            throw new IllegalArgumentException("a page box is shares of the page from 0 to 1: " + x + ", " + y + ", "
                    + width + ", " + height);
        }
    }

    /** An element at this place, at its own size. */
    public static PageBox at(double x, double y) {
        return new PageBox(x, y, 0, 0);
    }

    /** The same box moved by these shares of the page, kept on the page. */
    public PageBox movedBy(double dx, double dy, double ownWidth, double ownHeight) {
        double w = width > 0 ? width : ownWidth;
        double h = height > 0 ? height : ownHeight;
        return new PageBox(clamp(x + dx, 1 - w), clamp(y + dy, 1 - h), width, height);
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(Math.max(0, max), v));
    }
}
