package org.redmap.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of text laid out in a box on screen: measured once, then drawn and hit-tested from the
 * same numbers. Vertical extents are the glyphs' visual ones (ascenders to descenders), not the
 * font's line box, which in DejaVu leaves a visibly larger gap above the text than below.
 */
record TextBlock(List<Line> lines, Rectangle2D bounds) {

    record Line(String text, Font font, double x, double baseline) {
    }

    /** How a block sits against its anchor point. */
    enum Align { CENTRE, LEFT }

    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    TextBlock {
        lines = List.copyOf(lines);
    }

    /** Visual top of the tallest letters above the baseline, as a positive number. */
    static double ascent(Font font) {
        return -font.createGlyphVector(METRICS, "Hbdfhkl").getVisualBounds().getMinY();
    }

    /** Visual bottom of the descenders below the baseline. */
    static double descent(Font font) {
        return font.createGlyphVector(METRICS, "gjpqy").getVisualBounds().getMaxY();
    }

    static double lineHeight(Font font) {
        return font.getSize2D() * 1.3;
    }

    /** Paragraphs split at line breaks, each wrapped to {@code maxWidth} (no wrapping when it is infinite). */
    static List<String> wrap(String text, Font font, double maxWidth) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            String p = paragraph.strip();
            if (p.isEmpty() || Double.isInfinite(maxWidth)) {
                out.add(p);
            } else {
                out.addAll(TextWrap.lines(p, font, maxWidth));
            }
        }
        return out;
    }

    /**
     * Lines in one font stacked from a top edge: centred on {@code x}, or starting at it. The
     * bounds are the ink box of the text (no padding).
     */
    static TextBlock stack(List<String> texts, Font font, double x, double top, Align align) {
        return stackFonts(texts.stream().map(t -> new Styled(t, font)).toList(), x, top, align);
    }

    /** A line of text in its own font, for blocks that mix a bold title and a regular note. */
    record Styled(String text, Font font) {
    }

    static TextBlock stackFonts(List<Styled> texts, double x, double top, Align align) {
        List<Line> lines = new ArrayList<>();
        double width = 0;
        double baseline = top;
        double bottom = top;
        for (int i = 0; i < texts.size(); i++) {
            Styled s = texts.get(i);
            baseline = i == 0 ? top + ascent(s.font()) : baseline + lineHeight(s.font());
            double w = TextPainter.width(s.text(), s.font());
            width = Math.max(width, w);
            lines.add(new Line(s.text(), s.font(), align == Align.CENTRE ? x - w / 2 : x, baseline));
            bottom = baseline + descent(s.font());
        }
        double left = align == Align.CENTRE ? x - width / 2 : x;
        return new TextBlock(lines, new Rectangle2D.Double(left, top, width, bottom - top));
    }

    /** Total ink height of lines in one font, for centring a block before laying it out. */
    static double height(int lineCount, Font font) {
        if (lineCount == 0) return 0;
        return ascent(font) + descent(font) + (lineCount - 1) * lineHeight(font);
    }

    TextBlock shifted(double dx, double dy) {
        List<Line> moved = lines.stream().map(l -> new Line(l.text(), l.font(), l.x() + dx, l.baseline() + dy)).toList();
        return new TextBlock(moved, new Rectangle2D.Double(bounds.getX() + dx, bounds.getY() + dy, bounds.getWidth(),
                bounds.getHeight()));
    }
}
