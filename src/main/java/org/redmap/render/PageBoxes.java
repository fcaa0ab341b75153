package org.redmap.render;

import java.awt.geom.Rectangle2D;
import org.redmap.project.PageBox;

/** A placed box, kept in page shares, as a rectangle on a page of this size. */
final class PageBoxes {

    private PageBoxes() {
    }

    /**
     * The box in page units, at {@code ownWidth} and {@code ownHeight} where the analyst gave no
     * size, moved back into {@code area} (the map's, between the bands, which are drawn over it)
     * where it would run out of it: a layout made on another page, or a panel that grew taller.
     */
    static Rectangle2D onPage(PageBox p, double pageW, double pageH, Rectangle2D area, double ownWidth, double ownHeight) {
        double w = Math.min(area.getWidth(), p.width() > 0 ? p.width() * pageW : ownWidth);
        double h = Math.min(area.getHeight(), p.height() > 0 ? p.height() * pageH : ownHeight);
        return new Rectangle2D.Double(clamp(p.x() * pageW, area.getMinX(), area.getMaxX() - w),
                clamp(p.y() * pageH, area.getMinY(), area.getMaxY() - h), w, h);
    }

    /** Where a box placed at {@code p} starts, kept in {@code area}: what room it has runs from there. */
    static double top(PageBox p, double pageH, Rectangle2D area) {
        return clamp(p.y() * pageH, area.getMinY(), area.getMaxY());
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(Math.max(min, max), v));
    }
}
