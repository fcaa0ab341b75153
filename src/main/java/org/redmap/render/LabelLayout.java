package org.redmap.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement: the first label to ask for a spot gets it, later ones that would overlap
 * a taken spot (or the map furniture) are dropped. Callers ask in order of importance.
 */
final class LabelLayout {

    private final List<Rectangle2D> taken = new ArrayList<>();
    private final Rectangle2D bounds;

    LabelLayout(Rectangle2D bounds) {
        this.bounds = bounds;
    }

    /** Keeps labels off an area without placing a label there (the legend, a title band). */
    void reserve(Rectangle2D area) {
        taken.add(area);
    }

    /** Takes the spot if it is free and inside the map; pads it so labels do not touch. */
    boolean tryPlace(Rectangle2D box, double padding) {
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - padding, box.getY() - padding,
                box.getWidth() + 2 * padding, box.getHeight() + 2 * padding);
        if (!bounds.contains(box)) return false;
        for (Rectangle2D other : taken) {
            if (other.intersects(padded)) return false;
        }
        taken.add(box);
        return true;
    }

    boolean isFree(Rectangle2D box) {
        if (!bounds.contains(box)) return false;
        for (Rectangle2D other : taken) {
            if (other.intersects(box)) return false;
        }
        return true;
    }
}
