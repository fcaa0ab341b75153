package org.redmap.model.annotation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How an annotation looks. Kept as plain values (a hex colour, not an AWT or JavaFX colour) so the
 * model depends on neither toolkit and a project file can store it as text.
 *
 * @param colour      the ink: outline, arrow, leader line, label text; {@code #RRGGBB}, stored upper case
 * @param lineWidth   stroke width in logical pixels (1/96 in), 0.5 to 20
 * @param fontSize    text size in logical pixels, 6 to 96
 * @param fillOpacity how opaque the fill is (shapes, callout box, pin body), 0 (none) to 1
 */
public record AnnotationStyle(String colour, double lineWidth, double fontSize, double fillOpacity) {

    public static final double MIN_LINE_WIDTH = 0.5;
    public static final double MAX_LINE_WIDTH = 20;
    public static final double MIN_FONT_SIZE = 6;
    public static final double MAX_FONT_SIZE = 96;
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    public AnnotationStyle {
        Objects.requireNonNull(colour, "colour");
        if (!HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour must be #RRGGBB, got '" + colour + "'");
        }
        colour = colour.toUpperCase(Locale.ROOT);
        if (!(lineWidth >= MIN_LINE_WIDTH && lineWidth <= MAX_LINE_WIDTH)) {
            throw new IllegalArgumentException("line width must be within [" + MIN_LINE_WIDTH + ", " + MAX_LINE_WIDTH
                    + "] px: " + lineWidth);
        }
        if (!(fontSize >= MIN_FONT_SIZE && fontSize <= MAX_FONT_SIZE)) {
            throw new IllegalArgumentException("font size must be within [" + MIN_FONT_SIZE + ", " + MAX_FONT_SIZE
                    + "] px: " + fontSize);
        }
        if (!(fillOpacity >= 0 && fillOpacity <= 1)) {
            throw new IllegalArgumentException("fill opacity must be within [0, 1]: " + fillOpacity);
        }
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return Integer.parseInt(colour.substring(1), 16);
    }

    public AnnotationStyle withColour(String newColour) {
        return new AnnotationStyle(newColour, lineWidth, fontSize, fillOpacity);
    }

    public AnnotationStyle withLineWidth(double newLineWidth) {
        return new AnnotationStyle(colour, newLineWidth, fontSize, fillOpacity);
    }

    public AnnotationStyle withFontSize(double newFontSize) {
        return new AnnotationStyle(colour, lineWidth, newFontSize, fillOpacity);
    }

    public AnnotationStyle withFillOpacity(double newFillOpacity) {
        return new AnnotationStyle(colour, lineWidth, fontSize, newFillOpacity);
    }
}
