package org.redmap.export;

import org.redmap.io.AtomicFiles;
import org.redmap.project.ExportFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.redmap.render.LegendReport;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * One entry point for the window and the command line: exports a map to PNG, SVG or PDF, as the
 * file's extension says. Every format is drawn by the same renderer and written atomically.
 */
public final class MapExporter {

    private final MapRenderer renderer;
    private final PngExporter png;
    private final SvgExporter svg;
    private final PdfExporter pdf;

    public MapExporter(MapRenderer renderer) {
        this(renderer, Clock.systemUTC());
    }

    /** With the clock that dates PDF files; a fixed clock makes them reproducible. */
    public MapExporter(MapRenderer renderer, Clock clock) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.png = new PngExporter(renderer);
        this.svg = new SvgExporter(renderer);
        this.pdf = new PdfExporter(renderer, clock);
    }

    /**
     * Exports in the format of {@code out}'s extension and returns that format.
     *
     * @throws IllegalArgumentException if the extension is not .png, .svg or .pdf (nothing is written)
     * @throws LegendOverflowException if the legend's box cannot hold every row (nothing is written)
     * @throws IOException if the file cannot be written; an existing file is then left as it was
     */
    public ExportFormat export(RenderRequest request, Path out) throws IOException {
        ExportFormat format = ExportFormat.fromPath(out);
        export(request, out, format);
        return format;
    }

    /** Exports in the given format, whatever the file is called. */
    public void export(RenderRequest request, Path out, ExportFormat format) throws IOException {
        AtomicFiles.write(out, render(request, format));
    }

    /**
     * Draws the map in the format and returns what writes its bytes, for a caller that publishes the
     * file together with another ({@link PairedFiles}). The drawing is done here; the writer only
     * encodes (PNG) or copies (SVG, PDF) what was drawn.
     *
     * @throws LegendOverflowException if the legend's box cannot hold every row
     */
    public AtomicFiles.Writer render(RenderRequest request, ExportFormat format) throws IOException {
        LegendReport legend = renderer.legend(request);
        if (legend.overflows()) throw new LegendOverflowException(legend.unfit());
        return switch (format) {
            case PNG -> png.render(request);
            case SVG -> {
                byte[] bytes = svg.render(request).getBytes(StandardCharsets.UTF_8);
                yield out -> out.write(bytes);
            }
            case PDF -> {
                byte[] bytes = pdf.render(request);
                yield out -> out.write(bytes);
            }
        };
    }
}
