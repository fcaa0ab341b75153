package org.redmap.model.annotation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.redmap.model.TextRules;

/**
 * How an annotation looks. Kept as plain values (a hex colour, not an AWT or JavaFX colour) so the
 * model depends on neither toolkit and a project file can store it as text.
 *
 * @param colour      the ink: outline, arrow, leader line, label text; {@code #RRGGBB}, stored upper case
 * @param lineWidth   stroke width in logical pixels (1/96 in), 0.5 to 20
 * @param fontSize    text size in logical pixels, 6 to 96
 * @param fillOpacity how opaque the fill is (shapes, callout box, pin body), 0 (none) to 1
 * @param legendLabel what the legend says of this annotation beside its symbol; empty for no legend entry.
 *                    Part of the style because a legend entry explains how a mark looks, and copying the
 *                    style to another mark of the same meaning should carry it
 */
public record AnnotationStyle(String colour, double lineWidth, double fontSize, double fillOpacity, String legendLabel) {

    public static final double MIN_LINE_WIDTH = 0.5;
    public static final double MAX_LINE_WIDTH = 20;
    public static final double MIN_FONT_SIZE = 6;
    public static final double MAX_FONT_SIZE = 96;
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    public AnnotationStyle {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(legendLabel, "legendLabel");
        if (!legendLabel.isEmpty() && legendLabel.isBlank()) {
            throw new IllegalArgumentException("a legend label needs a visible character");
        }
        TextRules.LEGEND_LABEL.problem(legendLabel).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
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

    /** A style without a legend entry. */
    public AnnotationStyle(String colour, double lineWidth, double fontSize, double fillOpacity) {
        this(colour, lineWidth, fontSize, fillOpacity, "");
    }

    /** Whether the legend lists this annotation. */
    public boolean inLegend() {
        return !legendLabel.isEmpty();
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return Integer.parseInt(colour.substring(1), 16);
    }

    public AnnotationStyle withColour(String newColour) {
        return new AnnotationStyle(newColour, lineWidth, fontSize, fillOpacity, legendLabel);
    }

    public AnnotationStyle withLineWidth(double newLineWidth) {
        return new AnnotationStyle(colour, newLineWidth, fontSize, fillOpacity, legendLabel);
    }

    public AnnotationStyle withFontSize(double newFontSize) {
        return new AnnotationStyle(colour, lineWidth, newFontSize, fillOpacity, legendLabel);
    }

    public AnnotationStyle withFillOpacity(double newFillOpacity) {
        return new AnnotationStyle(colour, lineWidth, fontSize, newFillOpacity, legendLabel);
    }

    /** With this legend entry; empty for none. */
    public AnnotationStyle withLegendLabel(String label) {
        return new AnnotationStyle(colour, lineWidth, fontSize, fillOpacity, label);
    }
}
