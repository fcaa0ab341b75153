package org.redmap.project;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.redmap.export.PngExporter;
import org.redmap.model.TextRules;

/**
 * The settings of a briefing export, kept in the project as "the last export" so the window's
 * dialog reopens with them and {@code redmap export --project} reproduces them.
 *
 * @param width         logical pixels (1/96 in), {@value #MIN_SIDE} to {@value #MAX_SIDE}
 * @param height        logical pixels
 * @param pixelScale    device pixels per logical pixel, {@value #MIN_SCALE} to {@value #MAX_SCALE}; a PNG is
 *                      recorded at 96 × this DPI (300 DPI is 3.125). SVG and PDF ignore it.
 * @param marking       classification or handling marking for the top and bottom banners, or empty
 * @param subtitle      replaces the automatic subtitle, or empty for the automatic one
 * @param author        printed as "Prepared by …" in the credits, or empty
 * @param sourcesFooter whether the sources line built from the layers shown is printed
 */
public record ExportOptions(ExportFormat format, int width, int height, double pixelScale, Optional<String> marking,
                            Optional<String> subtitle, Optional<String> author, boolean sourcesFooter, DatePolicy date) {

    public static final int MIN_SIDE = 16;
    public static final int MAX_SIDE = 20_000;
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    /** Device pixels in one image: 400 million is 1.6 GB of memory while it is drawn. */
    public static final long MAX_PIXELS = 400_000_000L;
    public static final int MAX_MARKING = TextRules.MARKING.limit();

    /** A plain 16:9 slide, no briefing layout: what an export was before projects. */
    public static final ExportOptions DEFAULTS = new ExportOptions(ExportFormat.PNG, 1920, 1080, 1, Optional.empty(),
            Optional.empty(), Optional.empty(), false, DatePolicy.NONE);

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(date, "date");
        marking = blankToEmpty(marking);
        subtitle = blankToEmpty(subtitle);
        author = blankToEmpty(author);
        if (width < MIN_SIDE || width > MAX_SIDE) throw new IllegalArgumentException("width must be from " + MIN_SIDE + " to " + MAX_SIDE + ", not " + width);
        if (height < MIN_SIDE || height > MAX_SIDE) throw new IllegalArgumentException("height must be from " + MIN_SIDE + " to " + MAX_SIDE + ", not " + height);
        if (!(pixelScale >= MIN_SCALE && pixelScale <= MAX_SCALE)) {
            throw new IllegalArgumentException("pixel scale must be from 1 to 4 (96 to 384 DPI), not " + pixelScale);
        }
        long pixels = Math.round(width * pixelScale) * Math.round(height * pixelScale);
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

    /** The resolution a PNG records: 96 DPI per unit of pixel scale. */
    public double dpi() {
        return PngExporter.LOGICAL_DPI * pixelScale;
    }

    /** The pixel scale for a DPI: 300 DPI is 3.125 device pixels per logical pixel. */
    public static double scaleForDpi(double dpi) {
        return dpi / PngExporter.LOGICAL_DPI;
    }

    public ExportOptions withFormat(ExportFormat f) {
        return new ExportOptions(f, width, height, pixelScale, marking, subtitle, author, sourcesFooter, date);
    }

    public ExportOptions withSize(int w, int h) {
        return new ExportOptions(format, w, h, pixelScale, marking, subtitle, author, sourcesFooter, date);
    }

    public ExportOptions withPixelScale(double scale) {
        return new ExportOptions(format, width, height, scale, marking, subtitle, author, sourcesFooter, date);
    }

    public ExportOptions withMarking(String text) {
        return new ExportOptions(format, width, height, pixelScale, Optional.ofNullable(text), subtitle, author,
                sourcesFooter, date);
    }

    public ExportOptions withSubtitle(String text) {
        return new ExportOptions(format, width, height, pixelScale, marking, Optional.ofNullable(text), author,
                sourcesFooter, date);
    }

    public ExportOptions withAuthor(String text) {
        return new ExportOptions(format, width, height, pixelScale, marking, subtitle, Optional.ofNullable(text),
                sourcesFooter, date);
    }

    public ExportOptions withSourcesFooter(boolean on) {
        return new ExportOptions(format, width, height, pixelScale, marking, subtitle, author, on, date);
    }

    public ExportOptions withDate(DatePolicy policy) {
        return new ExportOptions(format, width, height, pixelScale, marking, subtitle, author, sourcesFooter, policy);
    }
}
