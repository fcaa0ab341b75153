package org.redmap.app;

import java.util.Locale;
import org.redmap.project.ExportOptions;
import org.redmap.project.Page;

/**
 * What an export's command line says about the page and its pixels. The page fixes the layout (in
 * points); the pixels only say how finely it is drawn. Two ways to ask:
 * <ul>
 *   <li>a page ({@code --page}, or a project's own page): the pixels come from at most one of
 *       {@code --scale} (device pixels per point), {@code --dpi}, {@code --width} or {@code --height};</li>
 *   <li>pixels ({@code --width}, {@code --height}, times {@code --scale}): the page is one of their
 *       aspect, {@value Page#IMAGE_LONG_SIDE} pt on its longer side, so a 16:9 image is the slide.</li>
 * </ul>
 *
 * @param page   {@code --page}, or null
 * @param width  {@code --width}, or null
 * @param height {@code --height}, or null
 * @param scale  {@code --scale}, or null
 * @param dpi    {@code --dpi}, or null
 */
record PageOptions(Page page, Integer width, Integer height, Double scale, Double dpi) {

    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 20_000;
    static final double MIN_SCALE = 0.25;
    static final double MAX_SCALE = 16;
    static final double MIN_DPI = 36;
    static final double MAX_DPI = 1200;

    /**
     * The export settings these options make of {@code base}.
     *
     * @param keepsPage whether {@code base}'s page is the analyst's (a project's) and stays unless
     *                  the options name another; a plain export's base is only the default size
     * @throws IllegalArgumentException with the message to show, naming the options
     */
    ExportOptions apply(ExportOptions base, boolean keepsPage) {
        check();
        if (page != null) return base.withPage(page).withPixelScale(densityOn(page, base.pixelScale()));
        if (width == null && height == null && keepsPage) {
            return base.withPixelScale(densityOn(base.page(), base.pixelScale()));
        }
        if (dpi != null) {
            throw new IllegalArgumentException("--dpi goes with a page (--page slide, a4, letter…): with --width and"
                    + " --height the image's pixels are given, and its page is only their shape");
        }
        int w = width != null ? width : base.pixelWidth();
        int h = height != null ? height : base.pixelHeight();
        Page shaped;
        try {
            shaped = Page.forImage(w, h);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %dx%d image is too narrow a page: at most %.0f:1", w, h, Page.MAX_ASPECT));
        }
        double multiplier = scale != null ? scale : 1;
        return base.withPage(shaped).withPixelScale(w * multiplier / shaped.width());
    }

    /** Device pixels per point on a page, from whichever option gives them. */
    private double densityOn(Page p, double otherwise) {
        if (scale != null) return scale;
        if (dpi != null) return ExportOptions.scaleForDpi(dpi);
        if (width != null) return width / p.width();
        if (height != null) return height / p.height();
        return otherwise;
    }

    private void check() {
        if (scale != null && dpi != null) {
            throw new IllegalArgumentException("--dpi and --scale say the same thing; give one of them");
        }
        if (width != null && (width < MIN_SIDE || width > MAX_SIDE)) {
            throw new IllegalArgumentException("--width must be from " + MIN_SIDE + " to " + MAX_SIDE + ", not " + width);
        }
        if (height != null && (height < MIN_SIDE || height > MAX_SIDE)) {
            throw new IllegalArgumentException("--height must be from " + MIN_SIDE + " to " + MAX_SIDE + ", not " + height);
        }
        if (scale != null && !(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("--scale must be from " + text(MIN_SCALE) + " to " + text(MAX_SCALE)
                    + " (1, 1.5, 2, 3 ...), not " + text(scale));
        }
        if (dpi != null && !(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            throw new IllegalArgumentException("--dpi must be from " + text(MIN_DPI) + " to " + text(MAX_DPI) + ", not " + text(dpi));
        }
        if (page != null) {
            int given = (scale != null ? 1 : 0) + (dpi != null ? 1 : 0) + (width != null ? 1 : 0) + (height != null ? 1 : 0);
            if (given > 1) {
                throw new IllegalArgumentException("with --page, the page's shape is fixed: give at most one of --scale,"
                        + " --dpi, --width and --height to say how many pixels it gets");
            }
        }
    }

    static String text(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
