package org.redmap.render;

import java.awt.geom.Rectangle2D;
import org.redmap.project.PageBox;

/** A placed box, kept in page shares, as a rectangle on a page of this size. */
final class PageBoxes {

    private PageBoxes() {
    }

    /**
     * The box in page units, at {@code ownWidth} and {@code ownHeight} where the analyst gave no
     * size, moved back onto the page where it would run off it (a layout made on a wider page).
     */
    static Rectangle2D onPage(PageBox p, double pageW, double pageH, double ownWidth, double ownHeight) {
        double w = Math.min(pageW, p.width() > 0 ? p.width() * pageW : ownWidth);
        double h = Math.min(pageH, p.height() > 0 ? p.height() * pageH : ownHeight);
        double x = Math.max(0, Math.min(p.x() * pageW, pageW - w));
        double y = Math.max(0, Math.min(p.y() * pageH, pageH - h));
        return new Rectangle2D.Double(x, y, w, h);
    }
}
