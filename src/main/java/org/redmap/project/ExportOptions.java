package org.redmap.project;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.redmap.model.TextRules;

/**
 * The settings of a briefing export, kept in the project as "the last export" so the window's
 * dialog reopens with them and {@code redmap export --project} reproduces them.
 *
 * @param page          the page, in points: the layout of everything drawn
 * @param pixelScale    device pixels per point, {@value #MIN_SCALE} to {@value #MAX_SCALE}; a PNG is
 *                      recorded at 72 × this DPI (300 DPI is 4.1667). SVG and PDF ignore it.
 * @param marking       classification or handling marking for the top and bottom banners, or empty
 * @param subtitle      replaces the automatic subtitle, or empty for the automatic one
 * @param author        printed as "Prepared by …" in the credits, or empty
 * @param sourcesFooter whether the sources line built from the layers shown is printed
 */
public record ExportOptions(ExportFormat format, Page page, double pixelScale, Optional<String> marking,
                            Optional<String> subtitle, Optional<String> author, boolean sourcesFooter, DatePolicy date) {

    /** A 15 px thumbnail of a slide; below it nothing is left to see. */
    public static final double MIN_SCALE = 1.0 / 64;
    /** 2,304 DPI: past any printer. */
    public static final double MAX_SCALE = 32;
    public static final double MIN_DPI = MIN_SCALE * Page.POINTS_PER_INCH;
    public static final double MAX_DPI = MAX_SCALE * Page.POINTS_PER_INCH;
    /** Device pixels in one image: 400 million is 1.6 GB of memory while it is drawn. */
    public static final long MAX_PIXELS = 400_000_000L;
    public static final int MAX_MARKING = TextRules.MARKING.limit();

    /** A plain 16:9 slide at 1920 × 1080 px, no briefing layout: what an export was before projects. */
    public static final ExportOptions DEFAULTS = new ExportOptions(ExportFormat.PNG, Page.SLIDE, 2, Optional.empty(),
            Optional.empty(), Optional.empty(), false, DatePolicy.NONE);

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(date, "date");
        marking = blankToEmpty(marking);
        subtitle = blankToEmpty(subtitle);
        author = blankToEmpty(author);
        if (!(pixelScale >= MIN_SCALE && pixelScale <= MAX_SCALE)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "pixel scale must be from %s to %s pixels per point (%.1f to %.0f DPI), not %s",
                    MIN_SCALE, MAX_SCALE, MIN_DPI, MAX_DPI, pixelScale));
        }
        long pixels = pixels(page.width(), pixelScale) * pixels(page.height(), pixelScale);
        if (pixels > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the image would have %,d pixels; at most %,d are allowed", pixels, MAX_PIXELS));
        }
        if (marking.isPresent() && marking.get().length() > MAX_MARKING) {
            throw new IllegalArgumentException("a marking is at most " + MAX_MARKING + " characters");
        }
    }

    private static Optional<String> blankToEmpty(Optional<String> text) {
        return Objects.requireNonNull(text).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static long pixels(double points, double scale) {
        return Math.max(1, Math.round(points * scale));
    }

    /** Device pixels across the image, as the renderer makes them. */
    public int pixelWidth() {
        return (int) pixels(page.width(), pixelScale);
    }

    public int pixelHeight() {
        return (int) pixels(page.height(), pixelScale);
    }

    /** The resolution a PNG records: 72 DPI per unit of pixel scale. */
    public double dpi() {
        return Page.POINTS_PER_INCH * pixelScale;
    }

    /** The pixel scale for a DPI: 300 DPI is 4.1667 device pixels per point. */
    public static double scaleForDpi(double dpi) {
        return dpi / Page.POINTS_PER_INCH;
    }

    public ExportOptions withFormat(ExportFormat f) {
        return new ExportOptions(f, page, pixelScale, marking, subtitle, author, sourcesFooter, date);
    }

    public ExportOptions withPage(Page p) {
        return new ExportOptions(format, p, pixelScale, marking, subtitle, author, sourcesFooter, date);
    }

    public ExportOptions withPixelScale(double scale) {
        return new ExportOptions(format, page, scale, marking, subtitle, author, sourcesFooter, date);
    }

    public ExportOptions withMarking(String text) {
        return new ExportOptions(format, page, pixelScale, Optional.ofNullable(text), subtitle, author,
                sourcesFooter, date);
    }

    public ExportOptions withSubtitle(String text) {
        return new ExportOptions(format, page, pixelScale, marking, Optional.ofNullable(text), author,
                sourcesFooter, date);
    }

    public ExportOptions withAuthor(String text) {
        return new ExportOptions(format, page, pixelScale, marking, subtitle, Optional.ofNullable(text),
                sourcesFooter, date);
    }

    public ExportOptions withSourcesFooter(boolean on) {
        return new ExportOptions(format, page, pixelScale, marking, subtitle, author, on, date);
    }

    public ExportOptions withDate(DatePolicy policy) {
        return new ExportOptions(format, page, pixelScale, marking, subtitle, author, sourcesFooter, policy);
    }
}
