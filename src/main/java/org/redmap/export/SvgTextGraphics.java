package org.redmap.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.Locale;

/**
 * Corrects two things JFreeSVG does with text so an SVG sets type like the PNG: it writes the font
 * size as a whole number (a 10.5 px legend entry would come out 11 px), and it takes the weight
 * from {@link Font#isBold()}, which is false for a bold face loaded from a file (DejaVu Sans Bold
 * would come out regular). Each string is therefore drawn with a font whose style says what the
 * face is, at a whole-number size under a matching scale: 10.5 px becomes 21 px at scale ½.
 */
final class SvgTextGraphics extends DelegatingGraphics2D {

    private static final int[] MULTIPLIERS = {1, 2, 4, 5, 10, 20, 100};

    SvgTextGraphics(Graphics2D svg) {
        super(svg);
    }

    @Override
    protected DelegatingGraphics2D wrap(Graphics2D copy) {
        return new SvgTextGraphics(copy);
    }

    @Override
    public void drawString(String str, float x, float y) {
        Font font = target.getFont();
        float size = font.getSize2D();
        int m = multiplier(size);
        AffineTransform savedTransform = target.getTransform();
        target.setFont(font.deriveFont(style(font), (float) Math.round(size * m)));
        try {
            if (m != 1) target.scale(1.0 / m, 1.0 / m);
            target.drawString(str, x * m, y * m);
        } finally {
            target.setTransform(savedTransform);
            target.setFont(font);
        }
    }

    /** The smallest of a few factors that makes the size whole (to 0.01 px at worst). */
    static int multiplier(float size) {
        for (int m : MULTIPLIERS) {
            double scaled = (double) size * m;
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-4) return m;
        }
        return MULTIPLIERS[MULTIPLIERS.length - 1];
    }

    /** Bold and italic as the face name says: a face loaded from a file reports itself plain. */
    static int style(Font font) {
        String face = font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT);
        int style = font.getStyle();
        if (face.contains("bold")) style |= Font.BOLD;
        if (face.contains("oblique") || face.contains("italic")) style |= Font.ITALIC;
        return style;
    }
}
