package org.redmap.render;

import org.redmap.model.Layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Set;

/**
 * The bands around the map, top to bottom: marking banner, title, (map), sources, credits,
 * marking banner. Keeping them off the map means no title or footer ever hides a state,
 * whatever the view.
 */
final class MapFrame {

    static final Font TITLE = Typeface.BOLD.deriveFont(19f);
    static final Font SUBTITLE = Typeface.REGULAR.deriveFont(11f);
    static final Font CREDIT = Typeface.REGULAR.deriveFont(9f);
    static final Font SOURCES = Typeface.REGULAR.deriveFont(8.5f);
    static final Font BANNER_FONT = Typeface.BOLD.deriveFont(11f);
    static final double TITLE_BAND = 54;
    static final double CREDIT_BAND = 20;
    static final double BANNER = 18;
    static final double SOURCE_LINE = 11;
    static final int SOURCE_LINES = 3;
    static final double SOURCES_BAND = SOURCE_LINES * SOURCE_LINE + 9;
    private static final Color RULE = new Color(0xB0B0B0);
    private static final Color GREY_INK = new Color(0x4A4A4A);

    private MapFrame() {
    }

    static double top(boolean title) {
        return title ? TITLE_BAND : 0;
    }

    static double bottom(boolean attribution) {
        return attribution ? CREDIT_BAND : 0;
    }

    static double top(Set<Layer> layers, Briefing briefing) {
        return (briefing.marking().isPresent() ? BANNER : 0) + top(layers.contains(Layer.TITLE));
    }

    static double bottom(Set<Layer> layers, Briefing briefing) {
        return (briefing.marking().isPresent() ? BANNER : 0) + (briefing.sourcesFooter() ? SOURCES_BAND : 0)
                + bottom(layers.contains(Layer.ATTRIBUTION));
    }

    static void drawTitle(Graphics2D g, double y, double width, String title, String subtitle) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, y, width, TITLE_BAND));
        rule(g, y + TITLE_BAND - 0.4, width);
        TextPainter.draw(g, fit(title, TITLE, width - 32), TITLE, 16, y + 26, new Color(0x111111), null, 0);
        TextPainter.draw(g, fit(subtitle, SUBTITLE, width - 32), SUBTITLE, 16, y + 44, GREY_INK, null, 0);
    }

    /** The sources band: wrapped to three lines at most, the last ending in an ellipsis if cut. */
    static void drawSources(Graphics2D g, double y, double width, String text) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, y, width, SOURCES_BAND));
        rule(g, y + 0.4, width);
        List<String> lines = TextWrap.lines(text, SOURCES, width - 32);
        for (int i = 0; i < Math.min(SOURCE_LINES, lines.size()); i++) {
            String line = lines.get(i);
            if (i == SOURCE_LINES - 1 && lines.size() > SOURCE_LINES) line = fit(line + " …", SOURCES, width - 32);
            TextPainter.draw(g, line, SOURCES, 16, y + 12 + i * SOURCE_LINE, GREY_INK, null, 0);
        }
    }

    static void drawCredits(Graphics2D g, double y, double width, String left, String right) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, y, width, CREDIT_BAND));
        rule(g, y + 0.4, width);
        double rightWidth = TextPainter.width(right, CREDIT);
        TextPainter.draw(g, fit(left, CREDIT, width - rightWidth - 48), CREDIT, 16, y + 13.5, GREY_INK, null, 0);
        TextPainter.draw(g, right, CREDIT, width - 16 - rightWidth, y + 13.5, GREY_INK, null, 0);
    }

    static void drawBanner(Graphics2D g, double y, double width, Marking marking) {
        g.setColor(marking.background());
        g.fill(new Rectangle2D.Double(0, y, width, BANNER));
        String text = fit(marking.text(), BANNER_FONT, width - 16);
        double w = TextPainter.width(text, BANNER_FONT);
        TextPainter.draw(g, text, BANNER_FONT, (width - w) / 2, y + 13, marking.foreground(), null, 0);
    }

    private static void rule(Graphics2D g, double y, double width) {
        g.setColor(RULE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(0, y, width, y));
    }

    /** Shortens text with an ellipsis so it fits: a narrow export must not print past its edge. */
    static String fit(String text, Font font, double maxWidth) {
        return TextWrap.fit(text, font, maxWidth);
    }
}
