package org.redmap.project;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The briefing page, in points (1/72 in): the unit every part of the layout (text, bands, legend,
 * labels) is measured in. A page drawn 700 px wide in the window and the same page as a 3840 px PNG
 * or a PDF differ only in device pixels per point, so they show the same layout by construction.
 *
 * @param name   the preset's key ({@code slide}, {@code a4-portrait}...) or {@code custom}
 * @param width  points, {@value #MIN_SIDE} to {@value #MAX_SIDE}
 * @param height points
 */
public record Page(String name, double width, double height) {

    /** Below this the title, banners and footer leave no room for the map. */
    public static final double MIN_SIDE = 120;
    /** PDF's largest page: 200 in. */
    public static final double MAX_SIDE = 14_400;
    public static final double POINTS_PER_INCH = 72;
    public static final double MM_PER_INCH = 25.4;
    public static final String CUSTOM = "custom";

    public static final Page SLIDE = new Page("slide", 960, 540);
    public static final Page A4_PORTRAIT = new Page("a4-portrait", mm(210), mm(297));
    public static final Page A4_LANDSCAPE = new Page("a4-landscape", mm(297), mm(210));
    public static final Page LETTER_PORTRAIT = new Page("letter-portrait", 612, 792);
    public static final Page LETTER_LANDSCAPE = new Page("letter-landscape", 792, 612);

    /** The pages a chooser offers, in order. */
    public static final List<Page> PRESETS = List.of(SLIDE, A4_LANDSCAPE, A4_PORTRAIT, LETTER_LANDSCAPE, LETTER_PORTRAIT);

    /** The longer side of a page made for an image of a given aspect: a 16:9 image gets the slide. */
    public static final double IMAGE_LONG_SIDE = 960;
    /** The most elongated image a page can be made for: its shorter side would be under {@value #MIN_SIDE} pt. */
    public static final double MAX_ASPECT = IMAGE_LONG_SIDE / MIN_SIDE;

    private static final Pattern SIZE = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?)\\s*[x×]\\s*(\\d+(?:\\.\\d+)?)\\s*(pt|mm|in)?\\s*", Pattern.CASE_INSENSITIVE);

    public Page {
        Objects.requireNonNull(name, "name");
        if (!(width >= MIN_SIDE && width <= MAX_SIDE && height >= MIN_SIDE && height <= MAX_SIDE)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a page must be from %.0f to %,.0f pt (%.1f to %.0f in) a side, not %s × %s pt",
                    MIN_SIDE, MAX_SIDE, MIN_SIDE / POINTS_PER_INCH, MAX_SIDE / POINTS_PER_INCH, number(width), number(height)));
        }
    }

    public static Page custom(double width, double height) {
        return new Page(CUSTOM, width, height);
    }

    /** A preset by its key, or by a short name: "a4" and "letter" are portrait, as paper comes. */
    public static Optional<Page> preset(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (k.equals("a4")) k = A4_PORTRAIT.name;
        if (k.equals("letter")) k = LETTER_PORTRAIT.name;
        if (k.equals("16:9")) k = SLIDE.name;
        for (Page p : PRESETS) if (p.name.equals(k)) return Optional.of(p);
        return Optional.empty();
    }

    /**
     * A page as typed: a preset ({@code slide}, {@code a4}, {@code a4-landscape}, {@code letter},
     * {@code letter-landscape}) or a size {@code WxH} in pt (the default unit), mm or in.
     */
    public static Page parse(String text) {
        Optional<Page> preset = preset(text);
        if (preset.isPresent()) return preset.get();
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a page: give slide, a4, a4-landscape, letter,"
                    + " letter-landscape or a size such as 800x600 (points), 210x297mm or 11x8.5in");
        }
        String unit = m.group(3) == null ? "pt" : m.group(3).toLowerCase(Locale.ROOT);
        double perUnit = switch (unit) {
            case "mm" -> POINTS_PER_INCH / MM_PER_INCH;
            case "in" -> POINTS_PER_INCH;
            default -> 1;
        };
        return custom(Double.parseDouble(m.group(1)) * perUnit, Double.parseDouble(m.group(2)) * perUnit);
    }

    /**
     * The page for an image of this aspect, its longer side {@value #IMAGE_LONG_SIDE} pt.
     *
     * @throws IllegalArgumentException if the image is more elongated than {@value #MAX_ASPECT}:1
     */
    public static Page forImage(double pixelWidth, double pixelHeight) {
        double k = IMAGE_LONG_SIDE / Math.max(pixelWidth, pixelHeight);
        double w = pixelWidth * k;
        double h = pixelHeight * k;
        if (Math.abs(w - SLIDE.width) < 1e-9 && Math.abs(h - SLIDE.height) < 1e-9) return SLIDE;
        return custom(w, h);
    }

    public boolean isPortrait() {
        return height > width;
    }

    /** "16:9 slide", "A4 portrait", "Letter landscape", "Custom". */
    public String title() {
        return switch (name) {
            case "slide" -> "16:9 slide";
            case "a4-portrait" -> "A4 portrait";
            case "a4-landscape" -> "A4 landscape";
            case "letter-portrait" -> "Letter portrait";
            case "letter-landscape" -> "Letter landscape";
            default -> "Custom";
        };
    }

    /** "A4 portrait · 210 × 297 mm", "16:9 slide · 13.33 × 7.5 in", "Custom · 800 × 600 pt". */
    public String describe() {
        String size = name.startsWith("a4") ? number(width / POINTS_PER_INCH * MM_PER_INCH) + " × "
                + number(height / POINTS_PER_INCH * MM_PER_INCH) + " mm"
                : name.equals(CUSTOM) ? number(width) + " × " + number(height) + " pt"
                : number(width / POINTS_PER_INCH) + " × " + number(height / POINTS_PER_INCH) + " in";
        return title() + " · " + size;
    }

    private static double mm(double millimetres) {
        return millimetres / MM_PER_INCH * POINTS_PER_INCH;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }

    @Override
    public String toString() {
        return describe();
    }
}
