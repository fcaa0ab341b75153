package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.redmap.model.TextRules;

/**
 * Text with a halo, the cartographer's way of keeping a label legible over any fill. The halo is a
 * stroked outline; the text itself is drawn as text, so vector exports keep it searchable.
 */
final class TextPainter {

    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    private TextPainter() {
    }

    /** The box the text occupies when its baseline starts at (0, 0). */
    static Rectangle2D bounds(String text, Font font) {
        text = drawable(text);
        if (text.isEmpty()) return new Rectangle2D.Double();
        TextLayout layout = new TextLayout(text, font, METRICS);
        return new Rectangle2D.Double(0, -layout.getAscent(), layout.getAdvance(), layout.getAscent() + layout.getDescent());
    }

    static double width(String text, Font font) {
        return bounds(text, font).getWidth();
    }

    /**
     * The text without control characters: no reader or dialog should let one through, but one that
     * did must not reach an SVG (where it is not XML) or a PDF (where it shows as a box).
     */
    static String drawable(String text) {
        return TextRules.withoutControls(text, false);
    }

    static void draw(Graphics2D g, String text, Font font, double x, double baseline, Color ink, Color halo,
                     float haloWidth) {
        text = drawable(text);
        if (text.isEmpty()) return;
        if (halo != null && haloWidth > 0) {
            TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
            g.setColor(halo);
            g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(ink);
        g.setFont(font);
        g.drawString(text, (float) x, (float) baseline);
    }
}
