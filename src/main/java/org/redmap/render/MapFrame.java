package org.redmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.BasicStroke;

/**
 * The bands around the map: a title band on top and an attribution band at the bottom. Keeping
 * them off the map means no title ever hides a state, whatever the view.
 */
final class MapFrame {

    static final Font TITLE = Typeface.BOLD.deriveFont(19f);
    static final Font SUBTITLE = Typeface.REGULAR.deriveFont(11f);
    static final Font CREDIT = Typeface.REGULAR.deriveFont(9f);
    static final double TITLE_BAND = 54;
    static final double CREDIT_BAND = 20;

    private MapFrame() {
    }

    static double top(boolean title) {
        return title ? TITLE_BAND : 0;
    }

    static double bottom(boolean attribution) {
        return attribution ? CREDIT_BAND : 0;
    }

    static void drawTitle(Graphics2D g, double width, String title, String subtitle) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, TITLE_BAND));
        g.setColor(new Color(0xB0B0B0));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(0, TITLE_BAND - 0.4, width, TITLE_BAND - 0.4));
        TextPainter.draw(g, fit(title, TITLE, width - 32), TITLE, 16, 26, new Color(0x111111), null, 0);
        TextPainter.draw(g, fit(subtitle, SUBTITLE, width - 32), SUBTITLE, 16, 44, new Color(0x4A4A4A), null, 0);
    }

    static void drawCredits(Graphics2D g, double width, double height, String left, String right) {
        double y = height - CREDIT_BAND;
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, y, width, CREDIT_BAND));
        g.setColor(new Color(0xB0B0B0));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(0, y + 0.4, width, y + 0.4));
        double rightWidth = TextPainter.width(right, CREDIT);
        TextPainter.draw(g, fit(left, CREDIT, width - rightWidth - 48), CREDIT, 16, y + 13.5, new Color(0x4A4A4A), null, 0);
        TextPainter.draw(g, right, CREDIT, width - 16 - rightWidth, y + 13.5, new Color(0x4A4A4A), null, 0);
    }

    /** Shortens text with an ellipsis so it fits: a narrow export must not print past its edge. */
    static String fit(String text, Font font, double maxWidth) {
        if (TextPainter.width(text, font) <= maxWidth) return text;
        String cut = text;
        while (cut.length() > 1 && TextPainter.width(cut + "…", font) > maxWidth) cut = cut.substring(0, cut.length() - 1);
        return cut.strip() + "…";
    }
}
