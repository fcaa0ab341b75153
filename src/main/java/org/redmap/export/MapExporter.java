package org.redmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * One entry point for the window and the command line: exports a map to PNG, SVG or PDF, as the
 * file's extension says. Every format is drawn by the same renderer and written atomically.
 */
public final class MapExporter {

    private final PngExporter png;
    private final SvgExporter svg;
    private final PdfExporter pdf;

    public MapExporter(MapRenderer renderer) {
        this(renderer, Clock.systemDefaultZone());
    }

    /** With the clock that dates PDF files; a fixed clock makes them reproducible. */
    public MapExporter(MapRenderer renderer, Clock clock) {
        Objects.requireNonNull(renderer, "renderer");
        this.png = new PngExporter(renderer);
        this.svg = new SvgExporter(renderer);
        this.pdf = new PdfExporter(renderer, clock);
    }

    /**
     * Exports in the format of {@code out}'s extension and returns that format.
     *
     * @throws IllegalArgumentException if the extension is not .png, .svg or .pdf (nothing is written)
     * @throws IOException if the file cannot be written; an existing file is then left as it was
     */
    public ExportFormat export(RenderRequest request, Path out) throws IOException {
        ExportFormat format = ExportFormat.fromPath(out);
        export(request, out, format);
        return format;
    }

    /** Exports in the given format, whatever the file is called. */
    public void export(RenderRequest request, Path out, ExportFormat format) throws IOException {
        switch (format) {
            case PNG -> png.export(request, out);
            case SVG -> svg.export(request, out);
            case PDF -> pdf.export(request, out);
        }
    }
}
