package org.redmap.app;

import org.redmap.project.OverlayIds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.MapAnalysis;
import org.redmap.project.ExportFormat;
import org.redmap.export.MapExporter;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.MapDocument;
import org.redmap.model.TextRules;
import org.redmap.project.MapLayers;
import java.time.Clock;
import org.redmap.project.ExportOptions;
import org.redmap.project.Page;
import org.redmap.project.Project;
import org.redmap.render.Composer;
import org.redmap.render.MapRenderer;
import org.redmap.render.Marking;
import org.redmap.render.Overlay;
import org.redmap.project.OverlaySetting;
import org.redmap.analysis.PolygonCoverage;
import org.redmap.render.RenderRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code redmap export}: the whole map, zoomed to fit, as a PNG, SVG or PDF. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = RedmapCommand.Version.class,
        description = {"Writes the map, zoomed to fit, as a PNG, SVG or PDF (by the file's extension). Runs without a display.",
                "Everything is laid out on a page, in points: --page names it (slide, a4, letter...), or it is the"
                        + " shape of --width by --height, 960 pt on its longer side (16:9 is the slide). A PNG draws"
                        + " that page at --width by --height pixels (times --scale), or at --dpi; SVG and PDF are the"
                        + " page itself, vector, with text as text.",
                "Overlays (coverage, risk, footprint, bands) are drawn over the vendor map, each with its legend"
                        + " section; modelled ones are labelled MODELLED in the legend and the subtitle.",
                "--coverage-polygons draws imported polygons (coverage cells, footprints) by one numeric property,"
                        + " labelled IMPORTED with the property and the file."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.png|svg|pdf",
            description = "The file to write; .png, .svg or .pdf. Its folder must exist; an existing file is replaced whole.")
    Path out;

    @Option(names = "--regions", paramLabel = "GEOJSON",
            description = "Regions to show instead of Mexico's states, tagged with the same vendor rules.")
    Path regions;

    @Option(names = {"-W", "--width"}, paramLabel = "PX",
            description = "Pixels across, " + PageOptions.MIN_SIDE + " to " + PageOptions.MAX_SIDE + " (default: 1920;"
                    + " with --page, the pixels across that page).")
    Integer width;

    @Option(names = {"-H", "--height"}, paramLabel = "PX",
            description = "Pixels down, " + PageOptions.MIN_SIDE + " to " + PageOptions.MAX_SIDE + " (default: 1080;"
                    + " with --page, the pixels down that page).")
    Integer height;

    @Option(names = {"-s", "--scale"}, paramLabel = "N",
            description = "Device pixels per pixel of --width and --height, or with a page (--page, a project's) per"
                    + " point of it; 0.25 to 16, e.g. 1, 1.5, 2 (default: 1; with --page 2, that is 144 DPI).")
    Double scale;

    @Option(names = "--page", converter = PageConverter.class, paramLabel = "PAGE",
            description = "The page the map is laid out on: slide (16:9, 13.33 x 7.5 in), a4, a4-landscape, letter,"
                    + " letter-landscape, or a size such as 800x600 (points), 210x297mm, 11x8.5in. Its pixels come"
                    + " from one of --scale, --dpi, --width or --height.")
    Page page;

    @Option(names = "--layers", converter = LayersConverter.class, completionCandidates = LayersConverter.Ids.class,
            paramLabel = "a,b,c",
            description = "Layers to draw, comma-separated: base layers and overlays; overlays draw in the order given,"
                    + " first at the bottom (default: every base layer, no overlay; with --coverage, the coverage overlay)."
                    + " Known: ${COMPLETION-CANDIDATES}")
    MapLayers layers;

    @Option(names = "--preset", converter = LayersConverter.PresetConverter.class,
            completionCandidates = LayersConverter.Presets.class, paramLabel = "NAME",
            description = "A named set of layers, as in the window's layer panel: ${COMPLETION-CANDIDATES}. Every base"
                    + " layer, plus: vendor, no overlay; coverage, the coverage and footprint overlays; risk, the risk"
                    + " overlay; briefing, the footprint and the border bands. Not with --layers.")
    MapLayers.Preset preset;

    @Option(names = "--coverage", paramLabel = "FILE.csv",
            description = "A coverage table (CSV: region id, coverage, optional date and source) joined to the regions"
                    + " by id; it replaces the modelled coverage and feeds the risk score. The join's report goes to"
                    + " stderr. Shows the coverage overlay unless --layers or --preset choose the layers.")
    Path coverage;

    @Option(names = "--coverage-polygons", paramLabel = "FILE.geojson",
            description = "Imported coverage polygons (cells, footprints): a GeoJSON FeatureCollection of Polygon or"
                    + " MultiPolygon features in longitude/latitude, drawn as the graduated 'polygons' overlay on top"
                    + " (unless --layers leaves it out). Features without a value, not polygons or invalid are"
                    + " reported on stderr.")
    Path coveragePolygons;

    @Option(names = "--coverage-property", paramLabel = "NAME",
            description = "The numeric property of --coverage-polygons to draw; may be left out when the file has only"
                    + " one. A name the file does not have is an error listing the ones it has.")
    String coverageProperty;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title printed on the map instead of the default.")
    String title;

    // Issue 5: briefing exports from a project file. The work is in ProjectExportCli; only the options live here.
    @Option(names = "--project", paramLabel = "FILE.redmap.json",
            description = "Export this project as its last export settings say (size, marking, footer...), and write"
                    + " its reproducibility sidecar FILE.png.json (or .svg.json, .pdf.json) beside the image;"
                    + " --title, --marking, --width, --height, --dpi and --scale override them.")
    Path project;

    @Option(names = "--include-local-paths",
            description = "With --project: record the absolute paths of the project and its data files in the sidecar."
                    + " By default it names them relative to the project's folder (or by file name), so it can travel.")
    boolean includeLocalPaths;

    @Option(names = "--marking", paramLabel = "TEXT",
            description = "Classification or handling marking printed in banners at top and bottom, e.g. UNCLASSIFIED,"
                    + " CUI, TLP:CLEAR, TLP:AMBER (conventional colours) or free text. \"\" removes a project's marking.")
    String marking;

    @Option(names = "--allow-data-dir", paramLabel = "DIR",
            description = "With --project: a folder outside the project's own from which it may read data files;"
                    + " repeat for more. A project naming data elsewhere is refused (exit 3).")
    List<Path> allowDataDirs = List.of();

    @Option(names = "--strict", description = "Any problem in the --coverage join (an unknown id, a bad cell) is an"
            + " error, exit 3, and nothing is written.")
    boolean strict;

    @Option(names = "--dpi", paramLabel = "N",
            description = "PNG resolution of the page (--page, or a project's), " + (int) PageOptions.MIN_DPI + " to "
                    + (int) PageOptions.MAX_DPI + " DPI: an A4 page at 300 DPI is 2481x3508 pixels.")
    Double dpi;

    /** The page and pixels asked for, resolved in {@link #exportOptions}. */
    PageOptions pageOptions() {
        return new PageOptions(page, width, height, scale, dpi);
    }

    @Override
    public Integer call() throws Exception {
        validate();
        if (project != null) return new ProjectExportCli(this).run();
        MapLayers shown = chosenLayers();

        MapDocument doc = Maps.load(regions);
        if (title != null) doc = doc.withTitle(title);
        CoverageJoin join = coverage == null ? null : Maps.joinCoverage(coverage, doc);
        if (join != null) Maps.report(join, spec.commandLine().getErr(), strict);
        ProjectedMap map = Maps.project(doc);
        PolygonCoverage polygons = coveragePolygons == null ? null
                : Maps.coveragePolygons(coveragePolygons, coverageProperty, map.projection());
        if (polygons != null) Maps.report(polygons.data(), spec.commandLine().getErr());
        List<Overlay> overlays = List.of();
        long analysisMs = 0;
        Composer composer = new Composer();
        if (shown.overlays().stream().anyMatch(OverlaySetting::visible)) {
            long t0 = System.nanoTime();
            // Imported polygons need no analysis: skip its second or so when they are the only overlay.
            boolean analysed = shown.overlays().stream().anyMatch(o -> o.visible() && !o.id().equals(OverlayIds.POLYGONS));
            MapAnalysis analysis = analysed ? Maps.analyse(map, join) : null;
            overlays = composer.overlays(analysis, shown, polygons);
            analysisMs = (System.nanoTime() - t0) / 1_000_000;
        }
        ExportOptions options = exportOptions();
        RenderRequest request = composer.unsaved(map, Project.initial(doc.title()).withLayers(shown).withExport(options),
                overlays, Clock.systemUTC());
        long start = System.nanoTime();
        ExportFormat format;
        try {
            format = new MapExporter(new MapRenderer()).export(request, out);
        } catch (OutOfMemoryError e) {
            throw new OutOfMemory.WhileDrawing(request.pixelWidth(), request.pixelHeight(), e);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;

        String drawn = overlays.isEmpty() ? "" : ", overlays: " + overlays.stream()
                .map(o -> o.id() + (o.modelled() ? " (modelled)" : "")).collect(Collectors.joining(", "))
                + ", analysed in " + analysisMs + " ms";
        spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s: %s, %d regions%s, rendered and written in %d ms%n",
                out.toAbsolutePath().normalize(), describe(options, format), doc.regions().size(), drawn, ms);
        return Launcher.OK;
    }

    /** The plain export's settings: its page and pixels, its marking. */
    private ExportOptions exportOptions() {
        try {
            return pageOptions().apply(ExportOptions.DEFAULTS, false).withMarking(marking);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** "1920x1080 px, 16:9 slide · 13.33 × 7.5 in at 144 DPI" or "PDF, A4 portrait · 210 × 297 mm, vector". */
    static String describe(ExportOptions o, ExportFormat format) {
        if (format.isVector()) return format + ", " + o.page().describe() + ", vector";
        return String.format(Locale.ROOT, "%dx%d px, %s at %s DPI", o.pixelWidth(), o.pixelHeight(), o.page().describe(),
                PageOptions.text(Math.round(o.dpi() * 10) / 10.0));
    }

    /**
     * The layers to draw: --layers as given, or the --preset, or every base layer; with --coverage
     * and neither of the two, the coverage overlay too.
     */
    MapLayers chosenLayers() {
        if (layers != null) return layers;
        MapLayers chosen = preset != null ? MapLayers.preset(preset) : MapLayers.preset(MapLayers.Preset.VENDOR);
        if (coverage != null && preset == null) {
            chosen = chosen.withOverlay(chosen.overlay(OverlayIds.COVERAGE).orElseThrow().withVisible(true));
        }
        // Imported polygons go on top of whatever the preset shows: presets know nothing of imported files.
        if (coveragePolygons != null) {
            chosen = chosen.withOverlay(new OverlaySetting(OverlayIds.POLYGONS, true,
                    MapLayers.defaultOpacity(OverlayIds.POLYGONS)));
        }
        return chosen;
    }

    /** A typed text too long or with a control character is a usage error, before anything is read. */
    private void checkText(String option, String text, TextRules rules) {
        if (text != null) rules.problem(text).ifPresent(problem -> usage(option + ": " + problem));
    }

    private void validate() {
        if (layers != null && preset != null) {
            usage("--layers and --preset cannot be used together: a preset is a whole set of layers."
                    + " Use --preset alone, or name every layer you want with --layers");
        }
        checkText("--title", title, TextRules.TITLE);
        checkText("--marking", marking, TextRules.MARKING);
        if (marking != null && !marking.isBlank()) {
            try {
                Marking.of(marking);
            } catch (IllegalArgumentException e) {
                usage("--marking: " + e.getMessage());
            }
        }
        if (includeLocalPaths && project == null) usage("--include-local-paths is about the sidecar of a --project export");
        if (coverageProperty != null && coveragePolygons == null) {
            usage("--coverage-property names a property of --coverage-polygons FILE.geojson, which is missing");
        }
        boolean polygonsListed = layers != null && layers.overlay(OverlayIds.POLYGONS).map(OverlaySetting::visible).orElse(false);
        if (polygonsListed && coveragePolygons == null) {
            usage("--layers names the 'polygons' overlay: give its file with --coverage-polygons FILE.geojson");
        }
        try {
            pageOptions().apply(ExportOptions.DEFAULTS, project != null);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
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

    /** {@code --page} as typed: a preset's name or a size. */
    static final class PageConverter implements picocli.CommandLine.ITypeConverter<Page> {
        @Override
        public Page convert(String value) {
            try {
                return Page.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
