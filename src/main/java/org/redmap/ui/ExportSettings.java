package org.redmap.ui;

import java.util.Objects;
import org.redmap.export.PngExporter;

/**
 * What the export dialog asks for: a size in logical pixels, how many device pixels each one
 * gets, and the title to print. Checked here so the dialog and any caller share one rule.
 */
public record ExportSettings(int width, int height, int pixelScale, String title) {

    /** Large enough for a poster at 3×, small enough that the image still fits in memory. */
    public static final int MAX_PIXELS_PER_SIDE = 16_384;
    public static final int MIN_SIDE = 64;

    public ExportSettings {
        Objects.requireNonNull(title, "title");
        if (pixelScale < 1 || pixelScale > 3) throw new IllegalArgumentException("pixel scale must be 1, 2 or 3");
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new IllegalArgumentException("the image must be at least " + MIN_SIDE + " × " + MIN_SIDE + " pixels");
        }
        if ((long) width * pixelScale > MAX_PIXELS_PER_SIDE || (long) height * pixelScale > MAX_PIXELS_PER_SIDE) {
            throw new IllegalArgumentException("at most " + MAX_PIXELS_PER_SIDE + " pixels per side: "
                    + width * pixelScale + " × " + height * pixelScale + " asked for");
        }
    }

    public int pixelWidth() {
        return width * pixelScale;
    }

    public int pixelHeight() {
        return height * pixelScale;
    }

    public double dpi() {
        return PngExporter.LOGICAL_DPI * pixelScale;
    }

    /** "3840 × 2160 px, 192 dpi": what the file will be, shown before it is written. */
    public String describe() {
        return pixelWidth() + " × " + pixelHeight() + " px, " + Math.round(dpi()) + " dpi";
    }
}
