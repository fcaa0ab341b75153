package org.redmap.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.redmap.project.ExportFormat;
import org.redmap.export.PngExporter;

/**
 * The size of a briefing image: a layout size in whole logical pixels (1/96 inch, the unit the
 * renderer lays text and bands out in, and the unit a project's export settings keep) and a pixel
 * scale, so that a 300 DPI page has the same layout as the 150 DPI one with twice the pixels. Paper
 * is landscape; a vector file gets the physical page size. A4 rounds to 1123 × 794 logical pixels,
 * within 0.2 mm of 297 × 210 mm.
 *
 * @param width      layout width in logical pixels
 * @param pixelScale device pixels per logical pixel: DPI / 96, from 1 to 4 (96 to 384 DPI)
 */
public record PageSize(String label, double width, double height, double pixelScale) {

    /** Large enough for a poster, small enough to fit in memory. */
    public static final int MAX_PIXELS_PER_SIDE = 16_384;
    public static final int MIN_PIXELS_PER_SIDE = 64;
    /** Below this the title, banners and footer leave no room for the map. */
    public static final double MIN_LAYOUT_SIDE = 240;
    public static final double MM_PER_INCH = 25.4;
    public static final int MIN_DPI = 96;
    public static final int MAX_DPI = 384;
    static final double SLIDE_WIDTH = 1920;
    static final double SLIDE_HEIGHT = 1080;

    public PageSize {
        Objects.requireNonNull(label, "label");
        if (!(pixelScale >= 1 && pixelScale <= MAX_DPI / PngExporter.LOGICAL_DPI)) {
            throw new IllegalArgumentException("the resolution must be from " + MIN_DPI + " to " + MAX_DPI + " dpi");
        }
        if (!(width >= MIN_LAYOUT_SIDE && height >= MIN_LAYOUT_SIDE)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "at %d dpi that is only %.1f × %.1f in: too small for a title, the map and its footer; "
                            + "make it larger or lower the dpi", Math.round(pixelScale * PngExporter.LOGICAL_DPI),
                    width / PngExporter.LOGICAL_DPI, height / PngExporter.LOGICAL_DPI));
        }
        long pw = Math.round(width * pixelScale);
        long ph = Math.round(height * pixelScale);
        if (pw > MAX_PIXELS_PER_SIDE || ph > MAX_PIXELS_PER_SIDE) {
            throw new IllegalArgumentException("at most " + MAX_PIXELS_PER_SIDE + " pixels per side: " + pw + " × " + ph + " asked for");
        }
    }

    /** A 16:9 slide: always the 1920 × 1080 layout, at as many pixels as asked (3840 wide is 2×). */
    public static PageSize slide(int pixelWidth) {
        double scale = pixelWidth / SLIDE_WIDTH;
        return new PageSize("Slide 16:9 · " + pixelWidth + " × " + Math.round(SLIDE_HEIGHT * scale), SLIDE_WIDTH, SLIDE_HEIGHT, scale);
    }

    /** A landscape sheet of paper at a print resolution. */
    public static PageSize paper(String name, double longInches, double shortInches, int dpi) {
        double logical = PngExporter.LOGICAL_DPI;
        return new PageSize(name + " landscape · " + dpi + " dpi", Math.round(longInches * logical),
                Math.round(shortInches * logical), dpi / logical);
    }

    public static PageSize letter(int dpi) {
        return paper("Letter", 11, 8.5, dpi);
    }

    public static PageSize a4(int dpi) {
        return paper("A4", 297 / MM_PER_INCH, 210 / MM_PER_INCH, dpi);
    }

    /**
     * About {@code pixelWidth × pixelHeight} pixels, laid out for {@code dpi} (96 is one pixel per
     * logical pixel); exact at 96 dpi, within a pixel or two otherwise, as the layout is in whole
     * logical pixels.
     */
    public static PageSize custom(int pixelWidth, int pixelHeight, double dpi) {
        if (pixelWidth < MIN_PIXELS_PER_SIDE || pixelHeight < MIN_PIXELS_PER_SIDE) {
            throw new IllegalArgumentException("the image must be at least " + MIN_PIXELS_PER_SIDE + " × " + MIN_PIXELS_PER_SIDE + " pixels");
        }
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            throw new IllegalArgumentException("the resolution must be from " + MIN_DPI + " to " + MAX_DPI + " dpi");
        }
        double scale = dpi / PngExporter.LOGICAL_DPI;
        return new PageSize("Custom", Math.round(pixelWidth / scale), Math.round(pixelHeight / scale), scale);
    }

    /** The sizes the dialog offers, in order. */
    public static final List<PageSize> PRESETS = List.of(
            slide(1920), slide(3840), letter(150), letter(300), a4(150), a4(300));

    /** Pixels across, as the renderer will make them. */
    public int pixelWidth() {
        return (int) Math.round(width * pixelScale);
    }

    public int pixelHeight() {
        return (int) Math.round(height * pixelScale);
    }

    public double dpi() {
        return PngExporter.LOGICAL_DPI * pixelScale;
    }

    /** "3840 × 2160 px · 192 dpi" for a PNG; "11 × 8.5 in page, vector" for PDF and SVG. */
    public String describe(ExportFormat format) {
        if (format.isVector()) {
            return inches(width) + " × " + inches(height) + " in " + (format == ExportFormat.PDF ? "page" : "drawing")
                    + " · vector, text as text";
        }
        return pixelWidth() + " × " + pixelHeight() + " px · " + Math.round(dpi()) + " dpi";
    }

    private static String inches(double logical) {
        double in = logical / PngExporter.LOGICAL_DPI;
        String s = String.format(Locale.ROOT, "%.2f", in);
        return s.replaceAll("\\.?0+$", "");
    }

    @Override
    public String toString() {
        return label;
    }
}
