package org.redmap.render;

import java.awt.Graphics2D;

/**
 * One line of the legend's content before it is laid out: the legend's heading, a section heading,
 * an entry (a symbol as the map draws it and what it means) or a note. Layout may wrap a row onto
 * several lines but never splits it between columns.
 */
sealed interface LegendRow {

    String text();

    /** A symbol drawn in a box {@link LegendSwatches#W} by {@link LegendSwatches#H} at (x, y). */
    interface Swatch {
        void draw(Graphics2D g, double x, double y);
    }

    record Heading(String text) implements LegendRow {
    }

    record Section(String text) implements LegendRow {
    }

    record Entry(Swatch swatch, String text) implements LegendRow {
    }

    record Note(String text) implements LegendRow {
    }
}
