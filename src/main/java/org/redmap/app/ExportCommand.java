package org.redmap.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.redmap.export.ExportFormat;
import org.redmap.export.MapExporter;
import org.redmap.export.PngExporter;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.MapDocument;
import org.redmap.render.Layer;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code redmap export}: the whole map, zoomed to fit, as a PNG, SVG or PDF. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = RedmapCommand.Version.class,
        description = {"Writes the map, zoomed to fit, as a PNG, SVG or PDF (by the file's extension). Runs without a display.",
                "A PNG is WIDTHxSCALE by HEIGHTxSCALE pixels at 96xSCALE DPI; SVG and PDF are vector, WIDTH by HEIGHT",
                "logical pixels (a PDF page is 0.75 pt per pixel), with text as text."})
final class ExportCommand implements Callable<Integer> {

    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 20_000;
    static final double MIN_SCALE = 1;
    static final double MAX_SCALE = 4;
    /** Device pixels in one image: 400 million is 1.6 GB of memory while it is drawn. */
    static final long MAX_PIXELS = 400_000_000L;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.png|svg|pdf",
            description = "The file to write; .png, .svg or .pdf. Its folder must exist; an existing file is replaced whole.")
    Path out;

    @Option(names = "--regions", paramLabel = "GEOJSON",
            description = "Regions to show instead of Mexico's states, tagged with the same vendor rules.")
    Path regions;

    @Option(names = {"-W", "--width"}, defaultValue = "1920", paramLabel = "PX",
            description = "Width in logical pixels, " + MIN_SIDE + " to " + MAX_SIDE + " (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = {"-H", "--height"}, defaultValue = "1080", paramLabel = "PX",
            description = "Height in logical pixels, " + MIN_SIDE + " to " + MAX_SIDE + " (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = {"-s", "--scale"}, defaultValue = "1", paramLabel = "N",
            description = "Device pixels per logical pixel, 1 to 4, e.g. 1, 1.5, 2, 3 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--layers", converter = LayersConverter.class, completionCandidates = LayersConverter.Ids.class,
            paramLabel = "a,b,c",
            description = "Layers to draw, comma-separated (default: all). Known: ${COMPLETION-CANDIDATES}")
    LayersConverter.Selection layers;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title printed on the map instead of the default.")
    String title;

    // Issue 5: briefing exports from a project file. The work is in ProjectExportCli; only the options live here.
    @Option(names = "--project", paramLabel = "FILE.redmap.json",
            description = "Export this project as its last export settings say (size, marking, footer...), and write"
                    + " its reproducibility sidecar FILE.png.json (or .svg.json, .pdf.json) beside the image;"
                    + " --title, --marking, --width, --height, --dpi and --scale override them.")
    Path project;

    @Option(names = "--marking", paramLabel = "TEXT",
            description = "Classification or handling marking printed in banners at top and bottom, e.g. UNCLASSIFIED,"
                    + " CUI, TLP:CLEAR, TLP:AMBER (conventional colours) or free text. \"\" removes a project's marking.")
    String marking;

    @Option(names = "--dpi", paramLabel = "N",
            description = "PNG resolution, 96 to 384 DPI: the same as --scale N/96 (300 DPI is --scale 3.125).")
    Double dpi;

    @Override
    public Integer call() throws Exception {
        if (dpi != null) scale = ProjectExportCli.scaleForDpi(spec, dpi);
        validate();
        if (project != null) return new ProjectExportCli(this).run();
        Set<Layer> shown = layers == null ? Layer.all() : layers.layers();

        MapDocument doc = Maps.load(regions);
        if (title != null) doc = doc.withTitle(title);
        ProjectedMap map = Maps.project(doc);
        Viewport viewport = Maps.home(map, width, height, shown);
        RenderRequest request = RenderRequest.of(map, viewport, scale, shown);

        if (marking != null) request = ProjectExportCli.withMarking(spec, request, marking);
        long start = System.nanoTime();
        ExportFormat format = new MapExporter(new MapRenderer()).export(request, out);
        long ms = (System.nanoTime() - start) / 1_000_000;

        if (format.isVector()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s: %s, %dx%d logical px, vector, %d regions, rendered and written in %d ms%n",
                    out.toAbsolutePath().normalize(), format, width, height, doc.regions().size(), ms);
        } else {
            spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s: %dx%d px (%dx%d at %sx, %d DPI), %d regions, rendered and written in %d ms%n",
                    out.toAbsolutePath().normalize(), request.pixelWidth(), request.pixelHeight(), width, height,
                    scaleText(scale), Math.round(PngExporter.LOGICAL_DPI * scale), doc.regions().size(), ms);
        }
        return Launcher.OK;
    }

    private void validate() {
        if (width < MIN_SIDE || width > MAX_SIDE) usage("--width must be from " + MIN_SIDE + " to " + MAX_SIDE + ", not " + width);
        if (height < MIN_SIDE || height > MAX_SIDE) usage("--height must be from " + MIN_SIDE + " to " + MAX_SIDE + ", not " + height);
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) usage("--scale must be from 1 to 4 (1, 1.5, 2, 3 ...), not " + scaleText(scale));
        long pixels = Math.round(width * scale) * Math.round(height * scale);
        if (pixels > MAX_PIXELS) {
            usage(String.format(Locale.ROOT, "the image would have %,d pixels (%dx%d at %sx); at most %,d are allowed",
                    pixels, width, height, scaleText(scale), MAX_PIXELS));
        }
        try {
            ExportFormat.fromPath(out);
        } catch (IllegalArgumentException e) {
            usage("--out: " + e.getMessage());
        }
        if (Files.isDirectory(out)) usage("--out names a folder, not a file: " + out.toAbsolutePath().normalize());
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) usage("the output folder does not exist: " + folder);
    }

    private void usage(String message) {
        throw new ParameterException(spec.commandLine(), message);
    }

    static String scaleText(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}
