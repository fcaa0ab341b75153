package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

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
    static final double TITLE_BAND = 54;
    static final double CREDIT_BAND = 20;
    /** Where the bands' text starts and ends, from the page's edges. */
    static final double MARGIN = 16;
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

    static void drawTitle(Graphics2D g, double y, double width, String title, String subtitle) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, y, width, TITLE_BAND));
        rule(g, y + TITLE_BAND - 0.4, width);
        TextPainter.draw(g, fit(title, TITLE, width - 32), TITLE, 16, y + 26, new Color(0x111111), null, 0);
        TextPainter.draw(g, fit(subtitle, SUBTITLE, width - 32), SUBTITLE, 16, y + 44, GREY_INK, null, 0);
    }

    /** The sources band: wrapped to three lines at most, the last ending in an ellipsis if cut. */
    static void drawSources(Graphics2D g, double y, double width, String text, BandSizes sizes) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, y, width, sizes.sourcesBand()));
        rule(g, y + 0.4, width);
        Font font = sizes.sourcesFont();
        int max = BandSizes.SOURCE_LINES;
        List<String> lines = TextWrap.lines(text, font, width - 32);
        for (int i = 0; i < Math.min(max, lines.size()); i++) {
            String line = lines.get(i);
            if (i == max - 1 && lines.size() > max) line = fit(line + " …", font, width - 32);
            TextPainter.draw(g, line, font, 16, sizes.sourceBaseline(y, i), GREY_INK, null, 0);
        }
    }

    static void drawCredits(Graphics2D g, double y, double width, String left, String right) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, y, width, CREDIT_BAND));
        rule(g, y + 0.4, width);
        double rightWidth = TextPainter.width(right, CREDIT);
        TextPainter.draw(g, fit(left, CREDIT, width - rightWidth - 48), CREDIT, 16, y + 13.5, GREY_INK, null, 0);
        TextPainter.draw(g, right, CREDIT, width - MARGIN - rightWidth, y + 13.5, GREY_INK, null, 0);
    }

    static void drawBanner(Graphics2D g, double y, double width, Marking marking, BandSizes sizes) {
        g.setColor(marking.background());
        g.fill(new Rectangle2D.Double(0, y, width, sizes.banner()));
        Font font = sizes.bannerFont();
        String text = fit(marking.text(), font, width - 2 * sizes.banner());
        double w = TextPainter.width(text, font);
        TextPainter.draw(g, text, font, (width - w) / 2, sizes.bannerBaseline(y), marking.foreground(), null, 0);
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
