package org.redmap.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.redmap.project.ExportFormat;
import org.redmap.project.ExportOptions;
import org.redmap.project.Page;

/**
 * A size the export dialog offers: a page (which fixes the layout, in points) and how many device
 * pixels each point gets, so a 300 DPI A4 has the same layout as the 150 DPI one with twice the
 * pixels, and a vector file gets the page itself.
 *
 * @param pixelScale device pixels per point: DPI / 72
 */
public record PageSize(String label, Page page, double pixelScale) {

    /** Large enough for a poster, small enough to fit in memory. */
    public static final int MAX_PIXELS_PER_SIDE = 16_384;
    public static final int MIN_PIXELS_PER_SIDE = 64;
    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 1200;

    public PageSize {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(page, "page");
        double dpi = pixelScale * Page.POINTS_PER_INCH;
        if (!(dpi >= MIN_DPI - 1e-9 && dpi <= MAX_DPI + 1e-9)) {
            throw new IllegalArgumentException("the resolution must be from " + MIN_DPI + " to " + MAX_DPI + " dpi");
        }
        long pw = Math.round(page.width() * pixelScale);
        long ph = Math.round(page.height() * pixelScale);
        if (pw > MAX_PIXELS_PER_SIDE || ph > MAX_PIXELS_PER_SIDE) {
            throw new IllegalArgumentException("at most " + MAX_PIXELS_PER_SIDE + " pixels per side: " + pw + " × " + ph + " asked for");
        }
    }

    /** The 16:9 slide at as many pixels as asked (1920 wide is 2 pixels a point, 3840 is 4). */
    public static PageSize slide(int pixelWidth) {
        double scale = pixelWidth / Page.SLIDE.width();
        return new PageSize("16:9 slide · " + pixelWidth + " × " + Math.round(Page.SLIDE.height() * scale), Page.SLIDE, scale);
    }

    /** A sheet of paper at a print resolution. */
    public static PageSize paper(Page sheet, int dpi) {
        return new PageSize(sheet.title() + " · " + dpi + " dpi", sheet, ExportOptions.scaleForDpi(dpi));
    }

    /**
     * {@code pixelWidth × pixelHeight} pixels at {@code dpi}: a custom page of that many inches.
     */
    public static PageSize custom(int pixelWidth, int pixelHeight, double dpi) {
        if (pixelWidth < MIN_PIXELS_PER_SIDE || pixelHeight < MIN_PIXELS_PER_SIDE) {
            throw new IllegalArgumentException("the image must be at least " + MIN_PIXELS_PER_SIDE + " × " + MIN_PIXELS_PER_SIDE + " pixels");
        }
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            throw new IllegalArgumentException("the resolution must be from " + MIN_DPI + " to " + MAX_DPI + " dpi");
        }
        double scale = ExportOptions.scaleForDpi(dpi);
        Page page;
        try {
            page = Page.custom(pixelWidth / scale, pixelHeight / scale);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "at %s dpi that is a %s × %s in page: a side must be from %s to %s in; change the pixels or the dpi",
                    number(dpi), number(pixelWidth / dpi), number(pixelHeight / dpi),
                    number(Page.MIN_SIDE / Page.POINTS_PER_INCH), number(Page.MAX_SIDE / Page.POINTS_PER_INCH)));
        }
        return new PageSize("Custom", page, scale);
    }

    /** The sizes the dialog offers, in order. */
    public static final List<PageSize> PRESETS = List.of(
            slide(1920), slide(3840),
            paper(Page.A4_LANDSCAPE, 150), paper(Page.A4_LANDSCAPE, 300), paper(Page.A4_PORTRAIT, 150), paper(Page.A4_PORTRAIT, 300),
            paper(Page.LETTER_LANDSCAPE, 150), paper(Page.LETTER_LANDSCAPE, 300),
            paper(Page.LETTER_PORTRAIT, 150), paper(Page.LETTER_PORTRAIT, 300));

    /** Pixels across, as the renderer will make them. */
    public int pixelWidth() {
        return (int) Math.round(page.width() * pixelScale);
    }

    public int pixelHeight() {
        return (int) Math.round(page.height() * pixelScale);
    }

    public double dpi() {
        return Page.POINTS_PER_INCH * pixelScale;
    }

    /** "3840 × 2160 px · 288 dpi" for a PNG; "A4 portrait · 210 × 297 mm · vector" for PDF and SVG. */
    public String describe(ExportFormat format) {
        if (format.isVector()) return page.describe() + " · vector, text as text";
        return pixelWidth() + " × " + pixelHeight() + " px · " + Math.round(dpi()) + " dpi";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }

    @Override
    public String toString() {
        return label;
    }
}
