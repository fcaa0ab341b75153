package org.redmap.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * How big the marking banners and the sources footer are on a page, from the page itself, so a
 * 16:9 slide stays readable when projected and a thumbnail keeps readable text. The rule:
 *
 * <ul>
 *   <li>banner text: cap height {@value #BANNER_CAP_SHARE} of the page's shorter side (its height
 *       on a landscape page or slide), at least {@value #MIN_BANNER_CAP}; the banner is twice the
 *       cap height, the text centred in it;</li>
 *   <li>sources footer text: cap height {@value #SOURCES_CAP_SHARE} of the shorter side, at least
 *       {@value #MIN_SOURCES_CAP}; {@value #SOURCE_LINES} lines at most.</li>
 * </ul>
 * The shorter side rather than the height, so an A4 portrait page gets the banner a landscape A4
 * page gets instead of one two fifths larger. All in page units, the renderer's logical pixels.
 */
record BandSizes(double bannerCap, Font bannerFont, double banner,
                 double sourcesCap, Font sourcesFont, double sourceLine, double sourcesBand) {

    static final double BANNER_CAP_SHARE = 0.022;
    static final double MIN_BANNER_CAP = 6;
    static final double SOURCES_CAP_SHARE = 0.01;
    /** The cap height of the 8.5-unit type the footer had before it scaled: nothing gets smaller than it was. */
    static final double MIN_SOURCES_CAP = 6.2;
    static final int SOURCE_LINES = 3;

    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);
    private static final double BOLD_CAP = capPerPoint(Typeface.BOLD);
    private static final double REGULAR_CAP = capPerPoint(Typeface.REGULAR);

    static BandSizes of(double pageWidth, double pageHeight) {
        double side = Math.min(pageWidth, pageHeight);
        double bannerCap = Math.max(MIN_BANNER_CAP, BANNER_CAP_SHARE * side);
        Font bannerFont = withCapHeight(Typeface.BOLD, BOLD_CAP, bannerCap);
        double sourcesCap = Math.max(MIN_SOURCES_CAP, SOURCES_CAP_SHARE * side);
        Font sourcesFont = withCapHeight(Typeface.REGULAR, REGULAR_CAP, sourcesCap);
        double line = 1.3 * sourcesFont.getSize2D();
        return new BandSizes(bannerCap, bannerFont, 2 * bannerCap, sourcesCap, sourcesFont, line,
                SOURCE_LINES * line + 0.8 * line);
    }

    /** Where banner text sits: its baseline, for a banner whose top is at {@code y}. */
    double bannerBaseline(double y) {
        return y + (banner + bannerCap) / 2;
    }

    /** The baseline of line {@code i} of the sources footer whose top is at {@code y}. */
    double sourceBaseline(double y, int i) {
        return y + 0.4 * sourceLine + (i + 1) * sourceLine - (sourceLine - sourcesCap) / 2;
    }

    private static Font withCapHeight(Font font, double capPerPoint, double cap) {
        return font.deriveFont((float) (cap / capPerPoint));
    }

    /** The height of a capital H per unit of font size. */
    private static double capPerPoint(Font font) {
        return -font.deriveFont(100f).createGlyphVector(METRICS, "H").getVisualBounds().getMinY() / 100;
    }
}
