package org.redmap.export;

import org.redmap.io.AtomicFiles;

import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.redmap.model.TextRules;
import org.redmap.render.MapRenderer;
import org.redmap.render.Output;
import org.redmap.render.RenderRequest;

/**
 * Writes the map as SVG: shapes as paths, text as {@code <text>} (searchable, selectable,
 * editable in a drawing program), no embedded images. Written atomically.
 *
 * <p>Units: the drawing is in logical pixels, {@code viewBox="0 0 w h"}, and the {@code width}
 * and {@code height} attributes are the logical size in CSS px (1/96 in). The pixel scale of the
 * request is a raster matter and is not applied: a 2× request is the same drawing, and at 96 px
 * per inch it has the same physical size as the 2× PNG at its recorded 192 DPI.
 *
 * <p>Fonts: the text names the bundled DejaVu families with generic fallbacks; the fonts are not
 * embedded, so a viewer without DejaVu substitutes a similar sans-serif. To keep files compact,
 * coordinates are written to 0.01 logical px, path data is relative, and a path drawn twice (fill
 * and outline, fill and hatch clip) is written once ({@link SvgCompactor}).
 */
public final class SvgExporter {

    /** SVG font-family lists for the bundled families (CSS, inside a single-quoted style attribute). */
    private static final Map<String, String> FAMILIES = Map.of(
            "DejaVu Sans", "\"DejaVu Sans\", \"Bitstream Vera Sans\", Verdana, sans-serif",
            "DejaVu Sans Condensed",
            "\"DejaVu Sans Condensed\", \"DejaVu Sans\", \"Bitstream Vera Sans\", sans-serif; font-stretch: condensed");

    private final MapRenderer renderer;

    public SvgExporter(MapRenderer renderer) {
        this.renderer = renderer;
    }

    public void export(RenderRequest request, Path out) throws IOException {
        byte[] svg = render(request).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, stream -> stream.write(svg));
    }

    /** The whole SVG document, for callers that write or copy it themselves. */
    public String render(RenderRequest request) {
        request = request.forExport();
        double width = request.viewport().width();
        double height = request.viewport().height();
        SVGGraphics2D svg = new SVGGraphics2D(width, height, SVGUnits.PX);
        svg.setGeomDoubleConverter(SvgExporter::twoDecimals);
        svg.setTransformDoubleConverter(SvgExporter::sixDecimals);
        svg.setFontFunction(fontFamilies());
        // The default prefix is a timestamp; a fixed one keeps the output identical from run to run.
        svg.setDefsKeyPrefix("redmap-");
        Graphics2D g = new SvgTextGraphics(svg);
        try {
            renderer.draw(g, request, Output.VECTOR);
        } finally {
            g.dispose();
        }
        String element = svg.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + withRootAdditions(SvgCompactor.compact(element), request.map().document().title()) + "\n";
    }

    static Function<String, String> fontFamilies() {
        return family -> {
            String mapped = FAMILIES.get(family);
            if (mapped != null) return mapped;
            return switch (family) {
                case "Serif" -> "serif";
                case "Monospaced", "DialogInput" -> "monospace";
                case "SansSerif", "Dialog" -> "sans-serif";
                default -> "\"" + family.replace("\"", "").replace("'", "") + "\", sans-serif";
            };
        };
    }

    /**
     * Two additions to the root element: {@code xml:space="preserve"}, because SVG otherwise
     * collapses the renderer's double spaces (the credits' "  ·  " separators), and a
     * {@code <title>} that names the document for viewers and screen readers.
     */
    private static String withRootAdditions(String svgElement, String title) {
        int end = svgElement.indexOf('>');
        if (!svgElement.startsWith("<svg ") || end < 0) return svgElement;
        String open = "<svg xml:space='preserve' " + svgElement.substring("<svg ".length(), end + 1);
        String name = title.isBlank() ? "" : "<title>" + escape(title) + "</title>";
        return open + name + svgElement.substring(end + 1);
    }

    /** XML-escaped, without the characters XML cannot hold at all (controls, lone surrogates). */
    static String escape(String text) {
        text = TextRules.withoutControls(text, false);
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String twoDecimals(double d) {
        return fixed(d, 100);
    }

    static String sixDecimals(double d) {
        return fixed(d, 1_000_000);
    }

    /** {@code d} rounded to 1/scale, without trailing zeros: 12.5, 3, -0.25. Non-finite values become 0. */
    private static String fixed(double d, long scale) {
        if (!Double.isFinite(d)) return "0";
        long units = Math.round(d * scale);
        if (units == 0) return "0";
        StringBuilder b = new StringBuilder(12);
        if (units < 0) {
            b.append('-');
            units = -units;
        }
        b.append(units / scale);
        long frac = units % scale;
        if (frac != 0) {
            String digits = Long.toString(frac + scale).substring(1);
            int len = digits.length();
            while (digits.charAt(len - 1) == '0') len--;
            b.append('.').append(digits, 0, len);
        }
        return b.toString();
    }
}
